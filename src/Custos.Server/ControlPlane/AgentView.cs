using Custos.Core.Agents;
using Custos.Core.Configuration;

namespace Custos.Server.ControlPlane;

/// <summary>An agent as the control-plane API and <c>custos agent show --json</c> present it.</summary>
public sealed record AgentView(
    string Name,
    string Owner,
    string Team,
    string Purpose,
    string RiskTier,
    string LawfulBasis,
    string ProcessingPurpose,
    string Status,
    string? StatusReason,
    DateTimeOffset? StatusChangedAt,
    string? StatusChangedBy)
{
    public static AgentView From(AgentDefinition agent, AgentState? state)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var changed = state is not null && state.ChangedAt > DateTimeOffset.UnixEpoch;
        return new AgentView(
            agent.Name,
            agent.Owner,
            agent.Team,
            agent.Purpose,
            ConfigLoader.SnakeCase(agent.RiskTier.ToString()),
            ConfigLoader.SnakeCase(agent.Gdpr.LawfulBasis.ToString()),
            agent.Gdpr.ProcessingPurpose,
            (state?.Status ?? AgentStatus.Active).ToString().ToLowerInvariant(),
            state?.Reason,
            changed ? state!.ChangedAt : null,
            changed ? state!.ChangedBy : null);
    }
}
