using Custos.Ledger.Entries;

namespace Custos.Ledger.Sequencing;

/// <summary>
/// An entry before the sequencer numbers and time-stamps it: everything but the sequence number and timestamp
/// (the time it is sequenced, never earlier than the previous entry's), the payload itself, and its retention
/// category.
/// </summary>
/// <param name="OccurredAt">When the action happened, which a store indexes queries by (the entry's timestamp is when it was recorded).</param>
/// <param name="Category">The retention category of the payload (<c>payloads</c> or <c>personal_data</c>).</param>
public sealed record LedgerEntryDraft(
    DateTimeOffset OccurredAt,
    string Agent,
    string Action,
    IReadOnlyList<string> Resources,
    DecisionEffect Effect,
    IReadOnlyList<string> PolicyIds,
    string Outcome,
    IReadOnlyList<string> Reasons,
    LedgerCost Cost,
    string TraceId,
    IReadOnlyList<string> DataSubjects,
    byte[] Payload,
    string Category)
{
    /// <summary>The entry this draft becomes at <paramref name="sequence"/> and <paramref name="timestamp"/>.</summary>
    public LedgerEntry ToEntry(long sequence, DateTimeOffset timestamp) => new(
        sequence, timestamp, Agent, Action, Resources, Effect, PolicyIds, Outcome, Reasons, Cost, TraceId, DataSubjects,
        LedgerEntry.DigestPayload(Payload));

    /// <summary>The same, with the payload's digest already computed.</summary>
    internal LedgerEntry ToEntry(long sequence, DateTimeOffset timestamp, byte[] payloadSha256) => new(
        sequence, timestamp, Agent, Action, Resources, Effect, PolicyIds, Outcome, Reasons, Cost, TraceId, DataSubjects,
        payloadSha256);
}
