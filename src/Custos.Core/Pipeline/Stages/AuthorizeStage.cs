using Custos.Core.Authorization;
using Custos.Core.Screening;

namespace Custos.Core.Pipeline.Stages;

/// <summary>
/// Screens the arguments and asks the policy engine, which sees the findings (<c>context.findings</c>); deny by
/// default, and the decision names the policies behind it.
/// </summary>
public sealed class AuthorizeStage(IAuthorizer authorizer, Metering.SpendTracker? spend = null) : IPipelineStage
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
        var findings = Screener.For(context.Config).ScreenArguments(context.Arguments, agent.Name);
        context.Findings.AddRange(findings);
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
