namespace Custos.Ledger.Verification;

/// <summary>
/// The outcome of verifying a ledger: valid with its size, root and the size covered by signed checkpoints, or
/// the first problem found. <see cref="Size"/> and <see cref="RootHex"/> describe the entries read before it.
/// </summary>
public sealed record LedgerVerification(bool IsValid, long Size, string RootHex, long CheckpointedSize, LedgerProblem? Problem)
{
    /// <inheritdoc />
    public override string ToString() =>
        IsValid
            ? $"ledger verified: {Size} entries, root {RootHex}, {CheckpointedSize} covered by signed checkpoints"
            : $"ledger verification failed: {Problem}";
}
