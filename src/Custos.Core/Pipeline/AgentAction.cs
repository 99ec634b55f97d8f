using System.Text.Json;

namespace Custos.Core.Pipeline;

/// <summary>
/// One thing an agent asks to do, whatever protocol it came by. Adapters build it; the pipeline decides.
/// </summary>
/// <param name="Id">A time-ordered id (UUID v7) that the answer and the audit record both carry.</param>
/// <param name="Credential">The bearer credential presented, or null when none was.</param>
/// <param name="Action">The verb, one of <see cref="Authorization.ActionKinds"/>.</param>
/// <param name="Resource">The system or tool acted on, as <c>system</c> or <c>system.tool</c>.</param>
/// <param name="Context">Arguments and other facts for policy, a JSON object or null.</param>
/// <param name="Origin">Where the request came from (the client's IP address), for the audit trail; null when local.</param>
/// <param name="DataSubjects">The people the action concerns, as the agent named them (<c>customer:42</c>); null when none.</param>
/// <param name="Payload">What is forwarded upstream when it is more than the policy context (an LLM request's whole body, prompts included); null when the context is the payload. Screen-in reads it; it is not given to Cedar whole.</param>
public sealed record AgentAction(
    Guid Id,
    DateTimeOffset ReceivedAt,
    ActionChannel Channel,
    AgentCredential? Credential,
    string Action,
    string Resource,
    JsonElement? Context,
    string? Origin = null,
    IReadOnlyList<string>? DataSubjects = null,
    JsonElement? Payload = null)
{
    public static AgentAction Create(ActionChannel channel, AgentCredential? credential, string action, string resource, JsonElement? context, TimeProvider clock, string? origin = null, IReadOnlyList<string>? dataSubjects = null, JsonElement? payload = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        return new AgentAction(Guid.CreateVersion7(now), now, channel, credential, action, resource, context, origin, dataSubjects, payload);
    }
}
