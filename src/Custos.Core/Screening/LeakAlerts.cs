using Custos.Core.Alerts;
using Custos.Core.Pipeline;

namespace Custos.Core.Screening;

/// <summary>
/// Raises the alerts for <see cref="Screener.KnownSecret"/> findings: <c>secret.leak</c> (opens an incident and
/// offers rotation) for a secret Custos holds, <c>secret.honeytoken</c> for a honeytoken's value. One alert per
/// reference and action; the alert names the reference and the place, never the value.
/// </summary>
public static class LeakAlerts
{
    private const string HoneytokenPrefix = "honeytoken ";
    private const string BuiltinPrefix = "secret://builtin/";

    public static async ValueTask RaiseAsync(IAlertSink? alerts, ActionContext context, IEnumerable<ScreeningFinding> findings, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        if (alerts is null || findings is IReadOnlyCollection<ScreeningFinding> { Count: 0 })
        {
            return; // the usual action: nothing found, nothing to raise
        }

        HashSet<string>? seen = null;
        foreach (var finding in findings)
        {
            if (finding.Type != Screener.KnownSecret || finding.Subtype is not { } named || !(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(named))
            {
                continue;
            }

            var where = $"{(finding.Direction == ScreeningDirection.In ? "the arguments" : "the result")} of {context.Action.Action} on {context.Action.Resource} at {finding.Location}";
            var agent = context.Agent?.Name;
            var who = agent is null ? "an agent" : $"agent '{agent}'";
            Alert alert;
            if (named.StartsWith(HoneytokenPrefix, StringComparison.Ordinal))
            {
                var reference = named[HoneytokenPrefix.Length..];
                alert = new Alert("secret.honeytoken", AlertSeverity.Critical, reference,
                    $"the honeytoken {reference} appeared in {where} ({who}); it was blocked. A honeytoken is never used legitimately: investigate and consider halting the agent.",
                    at, agent, context.Action.Id, OpensIncident: true);
            }
            else
            {
                var rotate = named.StartsWith(BuiltinPrefix, StringComparison.Ordinal)
                    ? $"rotate it: custos secrets rotate {named[BuiltinPrefix.Length..]}"
                    : $"rotate it where it is kept ({named}) and restart Custos";
                alert = new Alert("secret.leak", AlertSeverity.Critical, named,
                    $"the secret {named} appeared in {where} ({who}); it was blocked and never reached the other side. Treat it as exposed and {rotate}",
                    at, agent, context.Action.Id, OpensIncident: true);
            }

            await alerts.RaiseAsync(alert, cancellationToken);
        }
    }
}
