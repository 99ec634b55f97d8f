namespace Custos.Ledger.Verification;

/// <summary>
/// The first problem the verifier found: its kind, the entry index and/or the checkpoint index (in the order the
/// checkpoints were given) it concerns, and a sentence for the auditor.
/// </summary>
public sealed record LedgerProblem(LedgerProblemKind Kind, long? EntryIndex, int? CheckpointIndex, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
