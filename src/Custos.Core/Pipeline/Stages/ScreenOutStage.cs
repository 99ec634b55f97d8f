using Custos.Core.Approvals;
using Custos.Core.Screening;

namespace Custos.Core.Pipeline.Stages;

/// <summary>
/// Screens what forwarding produced (<see cref="ActionContext.Output"/>) before the agent sees it: findings to
/// redact are rewritten in place; one to block withholds the whole result; one to escalate holds the result
/// until a person approves it. Each finding is added to the action's findings with the action taken.
/// </summary>
/// <remarks>
/// With <paramref name="known"/>, the output is also matched against the values Custos holds: a result quoting one
/// is withheld and raised as an alert (<c>secret.leak</c>, or <c>secret.honeytoken</c>) through <paramref name="alerts"/>.
/// </remarks>
public sealed class ScreenOutStage(ApprovalQueue? approvals = null, Secrets.IKnownSecretValues? known = null, Alerts.IAlertSink? alerts = null, TimeProvider? clock = null, Tokenization.TokenVault? tokens = null) : IPipelineStage
{
    public StageName Stage => StageName.ScreenOut;

    public async ValueTask InvokeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Output is not { Count: > 0 } output)
        {
            return;
        }

        var screener = Screener.For(context.Config);
        var agent = context.Agent?.Name;
        var held = known is null ? null : await known.GetAsync(cancellationToken);
        var findings = screener.ScreenOutput(output, agent, held);
        if (findings.Count == 0)
        {
            return;
        }

        context.Findings.AddRange(findings);
        await LeakAlerts.RaiseAsync(alerts, context, findings, (clock ?? TimeProvider.System).GetUtcNow(), cancellationToken);
        var leaked = findings.FindAll(f => f.Type == Screener.KnownSecret);
        if (leaked.Count > 0)
        {
            Withhold(context, $"the result was withheld: it holds a secret Custos keeps ({string.Join("; ", leaked.Take(5).Select(ScreenInStage.Describe))}); an alert was raised");
            return;
        }

        var blocked = findings.FindAll(f => f.Action == ScreeningAction.Block);
        if (blocked.Count > 0)
        {
            Withhold(context, $"the result was withheld: {string.Join("; ", blocked.Take(5).Select(ScreenInStage.Describe))} {(blocked.Count == 1 ? "is" : "are")} blocked by screening (screening.types.{blocked[0].Type}.out: block)");
            return;
        }

        Detection.Redaction.IReversibleTokenizer? tokenizer = null;
        if (tokens is not null && screener.UsesTokens(agent))
        {
            var batch = Tokenization.TokenBatch.Collecting();
            screener.RedactOutput(output, findings, agent, batch, dryRun: true);
            if (batch.Count > 0)
            {
                tokenizer = await batch.ResolveAsync(tokens, context.Action.DataSubjects, context.Config.Screening.TokenRetention, cancellationToken);
            }
        }

        screener.RedactOutput(output, findings, agent, tokenizer);
        var escalated = findings.FindAll(f => f.Action == ScreeningAction.Escalate);
        if (escalated.Count > 0)
        {
            if (approvals is null)
            {
                Withhold(context, "the result holds findings to escalate, and no approval queue is configured, so it was withheld (fail closed)");
                return;
            }

            var why = escalated.Select(f => $"screening escalates {ScreenInStage.Describe(f)} in the result").ToList();
            await ApproveStage.Decide(context, Stage, await approvals.RequestAndWaitAsync(context, why, cancellationToken));
            if (context.IsDenied)
            {
                context.Result = null;
                context.Output = null;
            }
        }
    }

    private void Withhold(ActionContext context, string reason)
    {
        context.Result = null;
        context.Output = null;
        context.Deny(Stage, reason);
    }
}
