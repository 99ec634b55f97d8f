namespace Custos.Ledger.Storage;

/// <summary>
/// One leaf as a store keeps it: the leaf hash always, the canonical entry until <c>retention.audit</c> expires,
/// and the payload until its retention expires (or never, when the action had none).
/// </summary>
/// <param name="Index">The leaf index (the entry's sequence number).</param>
/// <param name="LeafHash">RFC 9162 leaf hash of <paramref name="Entry"/>, 32 bytes.</param>
/// <param name="Entry">The canonical entry bytes, or null when pruned by retention.</param>
/// <param name="Payload">The payload the entry commits to by digest, or null when pruned.</param>
public sealed record LedgerRecord(long Index, byte[] LeafHash, byte[]? Entry, byte[]? Payload);
