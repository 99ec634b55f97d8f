using Custos.Core.Agents;
using Custos.Core.Authorization;
using Custos.Core.Storage;

namespace Custos.Core.Pipeline.Stages;

/// <summary>
/// Applies the kill switch before any policy: a halted agent gets nothing, a quarantined one only read-only
/// actions. The state is read from the store on every action, so a halt takes effect on the next request on
/// every node.
/// </summary>
public sealed class ContainStage(IAgentStateStore store) : IPipelineStage
{
    public StageName Stage => StageName.Contain;

    public async ValueTask InvokeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var agent = context.Agent ?? throw new InvalidOperationException("contain runs after authenticate");
        var state = await store.GetAsync(agent.Name, cancellationToken);
        context.State = state;
        if (state is null || state.Status == AgentStatus.Active)
        {
            return;
        }

        var why = state.Reason is null ? string.Empty : $" ({state.Reason})";
        var since = $"since {AuthenticateStage.Format(state.ChangedAt)} by {state.ChangedBy}{why}";
        if (state.Status == AgentStatus.Halted)
        {
            context.Deny(Stage, $"{agent.Name} is halted {since}; nothing passes until an operator resumes it");
        }
        else if (!ActionKinds.IsReadOnly(context.Action.Action))
        {
            context.Deny(Stage, $"{agent.Name} is quarantined {since}; only read-only actions ({string.Join(", ", ActionKinds.ReadOnly.Order(StringComparer.Ordinal))}) pass");
        }
    }
}
