namespace Custos.Core.Storage;

/// <summary>
/// One upstream MCP tool's pinned definition (its name, description and schemas, hashed). The first definition
/// Custos sees is pinned as approved; a different one later is kept as pending and the tool is held back
/// (hidden and refused) until an operator approves it, so a server cannot change what a tool says it does
/// after it was trusted (a "rug pull").
/// </summary>
/// <param name="ApprovedSha256">SHA-256 (hex) of the approved definition.</param>
/// <param name="PendingSha256">SHA-256 of a changed definition waiting for approval, or null.</param>
public sealed record ToolPin(
    string System,
    string Tool,
    string ApprovedSha256,
    string ApprovedDefinition,
    string? PendingSha256,
    string? PendingDefinition,
    DateTimeOffset FirstSeen,
    DateTimeOffset? ChangedAt,
    DateTimeOffset? ApprovedAt,
    string? ApprovedBy)
{
    public bool IsHeld => PendingSha256 is not null;

    /// <summary>SHA-256 of the last definition the injection detector found poisoned (and an alert was raised for), or null.</summary>
    public string? PoisonedSha256 { get; init; }

    /// <summary>What made it poisoned: finding types and where in the definition (never the text).</summary>
    public string? PoisonedFindings { get; init; }

    /// <summary>SHA-256 of a poisoned definition an operator accepted explicitly (<c>custos tools approve --accept-poisoned</c>), or null.</summary>
    public string? AcceptedSha256 { get; init; }

    /// <summary>The definition the server offers now: the pending one when a change is held, else the approved one.</summary>
    public string CurrentSha256 => PendingSha256 ?? ApprovedSha256;

    /// <summary>True when the definition offered now is poisoned and no operator accepted it: the gateway blocks the tool.</summary>
    public bool IsPoisoned => PoisonedSha256 is { } poisoned && poisoned == CurrentSha256 && AcceptedSha256 != poisoned;
}

/// <summary>Where tool pins are kept (the store).</summary>
public interface IToolPinStore
{
    ValueTask<ToolPin?> FindPinAsync(string system, string tool, CancellationToken cancellationToken);

    Task<IReadOnlyList<ToolPin>> ListPinsAsync(string? system, CancellationToken cancellationToken);

    /// <summary>
    /// Compares a definition seen now with the pin: pins it when the tool is new; clears a pending change when the
    /// server went back to the approved definition; records it as pending when it differs. Returns the pin after.
    /// </summary>
    Task<ToolPin> ObservePinAsync(string system, string tool, string sha256, string definition, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Makes the pending definition the approved one; null when the tool has no pin or nothing pending.</summary>
    Task<ToolPin?> ApprovePinAsync(string system, string tool, string approvedBy, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the definition <paramref name="sha256"/> as found poisoned, with what was found; true when it was not
    /// marked already (so the alert for it is raised once per definition, across restarts).
    /// </summary>
    Task<bool> MarkPoisonedAsync(string system, string tool, string sha256, string findings, CancellationToken cancellationToken);

    /// <summary>
    /// Records that an operator accepted the poisoned, approved definition <paramref name="sha256"/> (a false
    /// positive, reviewed); null when it is not the approved and poisoned one.
    /// </summary>
    Task<ToolPin?> AcceptPoisonedAsync(string system, string tool, string sha256, string acceptedBy, DateTimeOffset at, CancellationToken cancellationToken);
}
