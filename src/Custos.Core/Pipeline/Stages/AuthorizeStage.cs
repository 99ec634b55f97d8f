using Custos.Core.Authorization;
using Custos.Core.Screening;

namespace Custos.Core.Pipeline.Stages;

/// <summary>
/// Screens the arguments and asks the policy engine, which sees the findings (<c>context.findings</c>); deny by
/// default, and the decision names the policies behind it.
/// </summary>
/// <remarks>
/// With <paramref name="known"/>, the arguments are also matched against the values Custos holds: one found is a
/// KNOWN_SECRET finding (policy sees it), always blocked, and raised as an alert through <paramref name="alerts"/>.
/// </remarks>
public sealed class AuthorizeStage(IAuthorizer authorizer, Metering.SpendTracker? spend = null, Secrets.IKnownSecretValues? known = null, Alerts.IAlertSink? alerts = null, TimeProvider? clock = null) : IPipelineStage
{
    public StageName Stage => StageName.Authorize;

    public async ValueTask InvokeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var agent = context.Agent ?? throw new InvalidOperationException("authorize runs after authenticate");
        if (!ResourceName.TryParse(context.Action.Resource, out var resource, out var error))
        {
            context.Decision = Decision.Deny(error);
            context.Deny(Stage, error);
            return;
        }

        context.Resource = resource;

        // Policy sees what the detectors found in the arguments; the screen-in stage then acts on the same findings.
        var held = known is null ? null : await known.GetAsync(cancellationToken);
        var findings = Screener.For(context.Config).ScreenArguments(context.Arguments, agent.Name, held);
        context.Findings.AddRange(findings);
        await LeakAlerts.RaiseAsync(alerts, context, findings, (clock ?? TimeProvider.System).GetUtcNow(), cancellationToken);
        var spentToday = spend is null ? 0m : (await spend.SpentAsync(agent.Name, cancellationToken)).Today;
        var decision = authorizer.Authorize(new AuthorizationRequest(agent, context.Action.Action, resource, context.Action.Context)
        {
            At = context.Action.ReceivedAt,
            Channel = context.Action.Channel,
            SpendTodayUsd = spentToday,
            Findings = findings,
        }, context.Config);
        context.Decision = decision;
        if (!decision.IsAllowed)
        {
            context.Outcome = ActionOutcome.Denied;
            foreach (var reason in decision.Reasons)
            {
                context.Deny(Stage, reason);
            }
        }
    }
}
