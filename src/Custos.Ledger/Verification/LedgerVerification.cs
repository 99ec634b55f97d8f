namespace Custos.Ledger.Verification;

/// <summary>
/// The outcome of verifying a ledger: valid with its size, root and the size covered by signed checkpoints, or
/// the first problem found. <see cref="Size"/> and <see cref="RootHex"/> describe the entries read before it.
/// </summary>
public sealed record LedgerVerification(bool IsValid, long Size, string RootHex, long CheckpointedSize, LedgerProblem? Problem)
{
    /// <summary>Leaves whose entry was pruned by retention: only their stored leaf hash was verified, as part of the tree.</summary>
    public long EntriesPruned { get; init; }

    /// <summary>Leaves whose payload was present and matched the digest its entry commits to.</summary>
    public long PayloadsPresent { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        IsValid
            ? $"ledger verified: {Size} entries, root {RootHex}, {CheckpointedSize} covered by signed checkpoints"
                + (EntriesPruned > 0 ? $", {EntriesPruned} pruned by retention" : string.Empty)
            : $"ledger verification failed: {Problem}";
}
