namespace Custos.Core.Agents;

/// <summary>What an agent may currently do, before any policy is consulted.</summary>
public enum AgentStatus
{
    /// <summary>Policy decides.</summary>
    Active,

    /// <summary>Only read-only actions may pass; everything else is refused.</summary>
    Quarantined,

    /// <summary>Nothing passes until a person resumes the agent.</summary>
    Halted,
}

/// <summary>An agent's containment state, kept in the store so it survives restarts and reaches every node.</summary>
public sealed record AgentState(string Agent, AgentStatus Status, string? Reason, DateTimeOffset ChangedAt, string ChangedBy)
{
    public static AgentState ActiveSince(string agent, DateTimeOffset at) => new(agent, AgentStatus.Active, null, at, "custos");
}
