using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Custos.Ledger.Notes;
using Custos.Ledger.Verification;

namespace Custos.Benchmarks;

/// <summary>
/// Offline verification of a whole ledger (the target is a million entries in under five seconds): decode every
/// entry, check sequence and time, rebuild the tree, and match 100 signed checkpoints. Each invocation takes
/// seconds, so it is measured cold, a few times, instead of in the usual warmed-up loop.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LedgerVerifyBenchmarks
{
    private const int EntryCount = 1_000_000;
    private const int CheckpointCount = 100;

    private NoteSigner signer = null!;
    private byte[][] entries = null!;
    private string[] checkpoints = null!;
    private LedgerVerifier verifier = null!;

    [GlobalSetup]
    public void Setup()
    {
        signer = LedgerData.Signer();
        (entries, checkpoints) = LedgerData.Ledger(EntryCount, EntryCount / CheckpointCount, signer);
        verifier = new LedgerVerifier(LedgerData.LogName, [signer.Verifier]);
        var result = Verify();
        if (!result.IsValid || result.CheckpointedSize != EntryCount || checkpoints.Length != CheckpointCount)
        {
            throw new InvalidOperationException($"The benchmark ledger does not verify: {result}");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => signer.Dispose();

    [Benchmark(Description = "verify 1,000,000 entries (300-byte payloads) with 100 signed checkpoints")]
    public LedgerVerification Verify() => verifier.Verify(entries, checkpoints);
}
