namespace Custos.Ledger.Sequencing;

/// <summary>How the sequencer batches writes and how often it signs a checkpoint.</summary>
public sealed record LedgerSequencerOptions
{
    /// <summary>Sign a checkpoint once this many entries have been appended since the last one.</summary>
    public int CheckpointEvery { get; init; } = 1000;

    /// <summary>Sign a checkpoint this long after the last one when entries are waiting for one.</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The most entries committed in one transaction.</summary>
    public int MaxBatch { get; init; } = 4096;
}
