namespace Custos.Ledger.Sequencing;

/// <summary>
/// Storage holds entries the sequencer has not seen (another process appended to the same ledger): the sequencer
/// catches up from storage and numbers the batch again.
/// </summary>
public sealed class LedgerConflictException(long expected, long stored)
    : Exception($"the batch starts at entry {expected} but storage already holds {stored} entries")
{
    public long Expected { get; } = expected;

    public long Stored { get; } = stored;
}
