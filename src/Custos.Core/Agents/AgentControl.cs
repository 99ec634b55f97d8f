using System.Text.Json;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;

namespace Custos.Core.Agents;

/// <summary>
/// The kill switch: halt, quarantine and resume agents. Operators' changes are recorded in the audit trail like
/// agents' actions. Restricting an agent takes effect even if the record then fails (the safe direction);
/// lifting a restriction is recorded first and does not happen if it cannot be recorded.
/// </summary>
public sealed class AgentControl(IAgentStateStore states, IActionRecorder recorder, TimeProvider clock)
{
    /// <summary>
    /// Raised in this process after an agent's state was stored, so gateways can act at once (cancel a halted
    /// agent's calls). Other processes' changes reach gateways by polling the state store.
    /// </summary>
    public event Action<AgentState>? Changed;

    public async Task<AgentState> ChangeAsync(AgentDefinition agent, AgentStatus status, string? reason, string changedBy, ActionChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var now = clock.GetUtcNow();
        var state = new AgentState(agent.Name, status, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), now, changedBy);
        var record = ToRecord(state, channel, now);
        if (status == AgentStatus.Active)
        {
            await recorder.RecordAsync(record, cancellationToken);
            await states.SetAsync(state, cancellationToken);
        }
        else
        {
            await states.SetAsync(state, cancellationToken);
            Changed?.Invoke(state);
            await recorder.RecordAsync(record, cancellationToken);
            return state;
        }

        Changed?.Invoke(state);
        return state;
    }

    public async Task<AgentState> GetAsync(string agent, CancellationToken cancellationToken) =>
        await states.GetAsync(agent, cancellationToken) ?? new AgentState(agent, AgentStatus.Active, null, DateTimeOffset.UnixEpoch, "custos");

    /// <summary>The action verb for a change of status, as recorded and as policy names it.</summary>
    public static string VerbFor(AgentStatus status) => status switch
    {
        AgentStatus.Halted => "halt",
        AgentStatus.Quarantined => "quarantine",
        _ => "resume",
    };

    private static ActionRecord ToRecord(AgentState state, ActionChannel channel, DateTimeOffset now)
    {
        var context = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string?> { ["target"] = state.Agent, ["reason"] = state.Reason });
        var description = $"{state.ChangedBy} set {state.Agent} to {state.Status.ToString().ToLowerInvariant()}{(state.Reason is null ? string.Empty : $": {state.Reason}")}";
        return ActionRecord.ForEvent(now, channel, state.ChangedBy, VerbFor(state.Status), $"{BuiltInSystem.Name}.{BuiltInSystem.AgentsTool}", description,
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(context)));
    }
}
