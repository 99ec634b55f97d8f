namespace Custos.Benchmarks;

/// <summary>
/// Bytes allocated and gen-0 collections in this process during a measurement: the client, and the Custos server
/// when it runs in process (a peer in its own process shows only the client's share; compare with the direct row).
/// </summary>
internal readonly record struct ProcessMemory(long Allocated, int Gen0)
{
    public static ProcessMemory Start() => new(GC.GetTotalAllocatedBytes(precise: false), GC.CollectionCount(0));

    /// <summary>Kilobytes allocated per request and gen-0 collections per second since <see cref="Start"/>.</summary>
    public (double Kilobytes, double Gen0PerSecond) Per(int requests, TimeSpan elapsed) =>
        (requests == 0 ? 0 : (GC.GetTotalAllocatedBytes(precise: false) - Allocated) / 1024.0 / requests,
         (GC.CollectionCount(0) - Gen0) / elapsed.TotalSeconds);
}
