using Custos.Ledger.Storage;

namespace Custos.Ledger.Sequencing;

/// <summary>
/// Where the sequencer keeps the ledger. Only the sequencer's one writer calls the write methods, one at a time.
/// </summary>
public interface ILedgerStorage
{
    /// <summary>
    /// Writes <paramref name="batch"/> (consecutive indices, continuing the stored ones) in one transaction that is
    /// durable when this returns. Throws if anything could not be written; then nothing of the batch is kept.
    /// </summary>
    void Append(IReadOnlyList<SequencedEntry> batch);

    /// <summary>Stores a signed checkpoint, durably.</summary>
    void AppendCheckpoint(StoredCheckpoint checkpoint);

    /// <summary>The stored leaf hashes from <paramref name="from"/> on, in index order, checking that no index is missing.</summary>
    IEnumerable<byte[]> ReadLeafHashes(long from);

    /// <summary>The newest stored checkpoint, or null when there is none.</summary>
    StoredCheckpoint? LatestCheckpoint();

    /// <summary>The timestamp of the newest stored entry, or null when the ledger is empty.</summary>
    DateTimeOffset? LatestTimestamp();
}

/// <summary>One entry as the sequencer hands it to storage: numbered, encoded and hashed.</summary>
/// <param name="Encoded">The canonical bytes of <paramref name="Entry"/>.</param>
/// <param name="LeafHash">SHA-256(0x00 || Encoded).</param>
/// <param name="Payload">The bytes <paramref name="Entry"/> commits to by digest.</param>
public sealed record SequencedEntry(LedgerEntryDraft Draft, Entries.LedgerEntry Entry, byte[] Encoded, byte[] LeafHash, byte[] Payload);
