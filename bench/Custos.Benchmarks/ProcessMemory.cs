using System.Globalization;

namespace Custos.Benchmarks;

/// <summary>
/// Bytes allocated, collections and GC pause time in this process during a measurement: the client, and the Custos
/// server when it runs in process (a peer in its own process shows only the client's share; compare with the direct row).
/// </summary>
internal readonly record struct ProcessMemory(long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static ProcessMemory Start() => new(
        GC.GetTotalAllocatedBytes(precise: false), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    /// <summary>Kilobytes allocated per request and gen-0 collections per second since <see cref="Start"/>.</summary>
    public (double Kilobytes, double Gen0PerSecond) Per(int requests, TimeSpan elapsed) =>
        (requests == 0 ? 0 : (GC.GetTotalAllocatedBytes(precise: false) - Allocated) / 1024.0 / requests,
         (GC.CollectionCount(0) - Gen0) / elapsed.TotalSeconds);

    /// <summary>The collector's kind and whether DATAS sizes its gen 0 (as the GC read its settings), and the memory it holds.</summary>
    public static string Settings()
    {
        var variables = GC.GetConfigurationVariables();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        string Variable(string name) => variables.TryGetValue(name, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?" : "unset";
        return string.Create(CultureInfo.InvariantCulture,
            $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, {System.Runtime.GCSettings.LatencyMode}, {Variable("HeapCount")} heaps, System.GC.DynamicAdaptationMode {AppContext.GetData("System.GC.DynamicAdaptationMode") ?? "default"}, GC committed {GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576.0:N0} MB, working set {Environment.WorkingSet / 1048576.0:N0} MB, peak {process.PeakWorkingSet64 / 1048576.0:N0} MB");
    }

    /// <summary>
    /// Collections of each generation and the time the runtime was paused for them, per 1,000 requests since
    /// <see cref="Start"/> (a gen-1 collection also counts as a gen-0 one, as <see cref="GC.CollectionCount"/> does).
    /// </summary>
    public string GcPer1000(int requests)
    {
        var per = requests == 0 ? 0 : 1000.0 / requests;
        var paused = GC.GetTotalPauseDuration() - Paused;
        var gen0 = GC.CollectionCount(0) - Gen0;
        return string.Create(CultureInfo.InvariantCulture,
            $"gen0 {gen0 * per,6:N2}  gen1 {(GC.CollectionCount(1) - Gen1) * per,6:N2}  gen2 {(GC.CollectionCount(2) - Gen2) * per,6:N2}  pause {paused.TotalMilliseconds * per,7:N3} ms  (mean pause {(gen0 == 0 ? 0 : paused.TotalMilliseconds / gen0),6:N3} ms over {gen0} GCs)");
    }
}
