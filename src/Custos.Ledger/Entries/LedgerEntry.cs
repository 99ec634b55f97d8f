using Custos.Ledger.Tree;

namespace Custos.Ledger.Entries;

/// <summary>
/// One recorded agent action, the data of one Merkle leaf. Its <see cref="Encode()"/> form is canonical: one
/// byte string per entry, so the leaf hash is a function of the entry. The payload (the sanitized or
/// per-data-subject encrypted input and output, and the action's details) is kept beside the entry and committed
/// to by its SHA-256 digest: the leaf hash covers the ciphertext through the digest, so erasing a subject's key
/// or dropping an expired payload leaves every leaf, root and checkpoint verifiable.
/// </summary>
public sealed record LedgerEntry(
    long Sequence,
    DateTimeOffset Timestamp,
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
    byte[] PayloadSha256)
{
    /// <summary>The encoding version this library writes.</summary>
    public const byte FormatVersion = 2;

    /// <summary>The longest string field, in UTF-8 bytes.</summary>
    public const int MaxStringBytes = 64 * 1024;

    /// <summary>The most items in a list field.</summary>
    public const int MaxListCount = 1024;

    /// <summary>The largest payload, in bytes.</summary>
    public const int MaxPayloadBytes = 16 * 1024 * 1024;

    /// <summary>The canonical bytes: a version byte, then every field in a fixed order, lengths as 32-bit big-endian prefixes.</summary>
    /// <remarks>
    /// Version 2, all integers big-endian; str = u32 byte length + UTF-8; list = u32 count + that many str:
    /// u8 version (2) · i64 sequence · i64 timestamp (UTC ticks of 100 ns since 0001-01-01) · str agent · str action ·
    /// list resources · u8 effect · list policy ids · str outcome · list reasons · i64 tokens in · i64 tokens out ·
    /// str amount · str trace id · list data subjects · 32 bytes SHA-256 of the payload.
    /// (Version 1 carried the payload itself; it was never written to a store.)
    /// A new field means a new version; a reader refuses versions it does not know.
    /// </remarks>
    public byte[] Encode()
    {
        var length = EntryWriter.Measure(this);
        var bytes = new byte[length];
        var writer = new EntryWriter(bytes);
        writer.Write(this);
        return bytes;
    }

    /// <summary>
    /// Writes <paramref name="sequence"/> and <paramref name="timestamp"/> into canonical bytes (they are the fields
    /// right after the version byte), so an entry can be encoded before it is numbered. The result is exactly
    /// <see cref="Encode()"/> of the entry with that sequence and timestamp.
    /// </summary>
    internal static void WriteSequenceAndTimestamp(Span<byte> encoded, long sequence, DateTimeOffset timestamp)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        if (encoded.Length < 17 || encoded[0] != FormatVersion)
        {
            throw new ArgumentException("These are not canonical entry bytes of this version.", nameof(encoded));
        }

        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(encoded[1..], sequence);
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(encoded[9..], timestamp.UtcTicks);
    }

    /// <summary>The Merkle leaf hash of the canonical bytes.</summary>
    public byte[] LeafHash() => MerkleHash.HashLeaf(Encode());

    /// <summary>The SHA-256 digest an entry carries for <paramref name="payload"/>.</summary>
    public static byte[] DigestPayload(ReadOnlySpan<byte> payload) => System.Security.Cryptography.SHA256.HashData(payload);

    /// <summary>True when <paramref name="payload"/> is the payload this entry commits to.</summary>
    public bool Matches(ReadOnlySpan<byte> payload)
    {
        Span<byte> digest = stackalloc byte[PayloadDigestSize];
        System.Security.Cryptography.SHA256.HashData(payload, digest);
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(digest, PayloadSha256);
    }

    /// <summary>The size of <see cref="PayloadSha256"/>.</summary>
    public const int PayloadDigestSize = 32;

    /// <summary>Reads canonical bytes; anything else (truncated, oversized, trailing bytes, another version) is an error value.</summary>
    public static ParseResult<LedgerEntry> Decode(ReadOnlySpan<byte> bytes) => EntryReader.Read(bytes);

    /// <inheritdoc />
    public bool Equals(LedgerEntry? other) =>
        other is not null
        && Sequence == other.Sequence
        && Timestamp.UtcTicks == other.Timestamp.UtcTicks
        && string.Equals(Agent, other.Agent, StringComparison.Ordinal)
        && string.Equals(Action, other.Action, StringComparison.Ordinal)
        && Resources.SequenceEqual(other.Resources, StringComparer.Ordinal)
        && Effect == other.Effect
        && PolicyIds.SequenceEqual(other.PolicyIds, StringComparer.Ordinal)
        && string.Equals(Outcome, other.Outcome, StringComparison.Ordinal)
        && Reasons.SequenceEqual(other.Reasons, StringComparer.Ordinal)
        && Cost == other.Cost
        && string.Equals(TraceId, other.TraceId, StringComparison.Ordinal)
        && DataSubjects.SequenceEqual(other.DataSubjects, StringComparer.Ordinal)
        && PayloadSha256.AsSpan().SequenceEqual(other.PayloadSha256);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sequence, Timestamp.UtcTicks, Agent, Action, TraceId);
}
