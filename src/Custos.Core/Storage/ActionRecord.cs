using Custos.Core.Pipeline;

namespace Custos.Core.Storage;

/// <summary>
/// What the audit trail keeps of one action. It holds no credential and no raw context: the context is kept
/// as a SHA-256 digest until the screening stages can say what in it is safe to keep.
/// </summary>
/// <param name="Origin">The client address the action came from, when it came over the network.</param>
/// <param name="Principal">The agent's name, <c>operator:TOKEN_ID</c>, <c>cli:USER</c>, or <c>unauthenticated</c>.</param>
/// <param name="DataSubjects">The data subjects the action concerns, as the agent named them (<c>customer:42</c>); the ledger keeps only pseudonymous references.</param>
/// <param name="IsEvent">True for something Custos or an operator did (no authorization decision applied), false for an agent's action.</param>
/// <param name="Usage">Tokens and cost of an LLM call; null for actions that consume none.</param>
/// <param name="Secrets">The credentials injected into the upstream call, as <c>NAME=secret://…</c> references (never values).</param>
/// <param name="Findings">What the detectors found in the action's input and output, with the action taken: type, place, offsets, detector and score, never the text.</param>
/// <param name="PersonalData">UTF-8 JSON holding personal data about <paramref name="DataSubjects"/>, sealed under their keys before it is stored; null when none.</param>
public sealed record ActionRecord(
    Guid Id,
    DateTimeOffset At,
    ActionChannel Channel,
    string Principal,
    string? CredentialId,
    string Action,
    string Resource,
    Effect Effect,
    ActionOutcome Outcome,
    StageName? StoppedAt,
    IReadOnlyList<string> Policies,
    IReadOnlyList<string> Reasons,
    string? ContextSha256,
    long DurationMicroseconds,
    string? Origin = null,
    IReadOnlyList<string>? DataSubjects = null,
    string? PersonalData = null,
    bool IsEvent = false,
    Metering.TokenUsage? Usage = null,
    IReadOnlyList<string>? Secrets = null,
    IReadOnlyList<Screening.ScreeningFinding>? Findings = null)
{
    public const string Unauthenticated = "unauthenticated";

    /// <summary>
    /// A record of something Custos itself did or an operator did through it (a halt, a token issued, a
    /// configuration reload), which the audit trail keeps beside agents' actions.
    /// </summary>
    public static ActionRecord ForEvent(DateTimeOffset at, ActionChannel channel, string principal, string action, string resource, string description, string? contextSha256 = null, bool denied = false) =>
        new(Guid.CreateVersion7(at), at, channel, principal, null, action, resource, denied ? Effect.Deny : Effect.Allow, denied ? ActionOutcome.Denied : ActionOutcome.Success, null, [], [description], contextSha256, 0, IsEvent: true);
}
