using Custos.Core.Agents;

namespace Custos.Core.Storage;

/// <summary>Agents' containment states. An agent with no stored state is active.</summary>
public interface IAgentStateStore
{
    ValueTask<AgentState?> GetAsync(string agent, CancellationToken cancellationToken);

    Task SetAsync(AgentState state, CancellationToken cancellationToken);

    Task<IReadOnlyList<AgentState>> ListAsync(CancellationToken cancellationToken);
}
