using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Custos.Detection;

namespace Custos.Benchmarks;

/// <summary>
/// Detection throughput that can be compared across builds on a noisy machine: every input is scanned once per round,
/// the inputs taking turns, and the best and the median round are printed per input. The best round is the figure
/// least disturbed by other processes; the median shows how far the noise reaches. On Linux the scanning thread's own
/// CPU time is printed beside the wall clock: it leaves out the time other processes hold the core, so it moves less
/// on a shared machine (it still counts the scan's own garbage collections only where they run on this thread). Same inputs as
/// <see cref="DetectionBenchmarks"/> and <c>detection-peers</c>, plus the mixed input in 4 KiB pieces, each its own scan.
/// <code>dotnet run -c Release --project bench/Custos.Benchmarks -- detection-best [--runs 25] [--only json,mixed] [--without PROMPT_INJECTION,EXFILTRATION] [--classifier]</code>
/// (<c>--classifier</c>: with the injection classifier on, <see cref="ScannerOptions.UseInjectionClassifier"/>).
/// </summary>
internal static class DetectionBestOf
{
    public static int Run(int runs, IReadOnlyCollection<string> only, IReadOnlyCollection<string> without, bool classifier = false)
    {
        if (runs < 1)
        {
            Console.Error.WriteLine("detection-best: --runs must be at least 1");
            return 2;
        }

        foreach (var type in without)
        {
            if (!EntityTypes.All.Contains(type))
            {
                Console.Error.WriteLine($"detection-best: unknown type '{type}' in --without; known types are {string.Join(", ", EntityTypes.All)}");
                return 2;
            }
        }

        var options = without.Count == 0 ? new ScannerOptions { UseInjectionClassifier = classifier } : new ScannerOptions { EnabledTypes = EntityTypes.All.Except(without).ToHashSet(StringComparer.Ordinal), UseInjectionClassifier = classifier };
        var scanner = new Scanner(options);
        var inputs = DetectionInputs.Create().Select(i => (i.Name, Pieces: new[] { i.Text })).ToList();
        var mixed = inputs.Single(i => i.Name == "mixed").Pieces[0];
        inputs.Add(("mixed-4k", Enumerable.Range(0, mixed.Length / 4096).Select(k => mixed.Substring(k * 4096, 4096)).ToArray()));
        foreach (var name in only)
        {
            if (!inputs.Exists(i => i.Name == name))
            {
                Console.Error.WriteLine($"detection-best: unknown input '{name}' in --only; inputs are {string.Join(", ", inputs.Select(i => i.Name))}");
                return 2;
            }
        }

        if (only.Count > 0)
        {
            inputs.RemoveAll(i => !only.Contains(i.Name));
        }

        // Warm up until the JIT's optimized code is in (tiered compilation promotes after a few calls and a delay).
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(2))
        {
            foreach (var (_, pieces) in inputs)
            {
                ScanAll(scanner, pieces);
            }
        }

        // Bytes allocated per scan, from one more round (the scanner's own; the runtime counts this thread's allocations).
        var allocated = inputs.Select(i =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            ScanAll(scanner, i.Pieces);
            return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)i.Pieces.Length;
        }).ToArray();
        var seconds = inputs.Select(_ => new double[runs]).ToArray();
        var cpuSeconds = inputs.Select(_ => new double[runs]).ToArray();
        for (var r = 0; r < runs; r++)
        {
            for (var n = 0; n < inputs.Count; n++)
            {
                var cpu = ThreadCpuSeconds();
                var watch = Stopwatch.StartNew();
                ScanAll(scanner, inputs[n].Pieces);
                seconds[n][r] = watch.Elapsed.TotalSeconds;
                cpuSeconds[n][r] = ThreadCpuSeconds() - cpu;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Detection, best and median of {runs} rounds (MB/s: million characters per second, one thread){(without.Count > 0 ? ", without " + string.Join(", ", without) : "")}{(classifier ? ", injection classifier on" : "")}:"));
        for (var n = 0; n < inputs.Count; n++)
        {
            var chars = inputs[n].Pieces.Sum(p => (long)p.Length);
            var sorted = seconds[n].Order().ToArray();
            var cpuSorted = cpuSeconds[n].Order().ToArray();
            var cpu = cpuSorted[0] > 0 ? string.Create(CultureInfo.InvariantCulture, $"   thread CPU: best {chars / cpuSorted[0] / 1e6,6:0.0}  median {chars / cpuSorted[runs / 2] / 1e6,6:0.0}") : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {inputs[n].Name,-9} best {chars / sorted[0] / 1e6,6:0.0}  median {chars / sorted[runs / 2] / 1e6,6:0.0}{cpu}   {allocated[n] / 1024,7:N1} KB allocated per scan"));
        }

        return 0;
    }

    /// <summary>The CPU time of the calling thread (Linux), or 0 where it cannot be read.</summary>
    private static double ThreadCpuSeconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        return ClockGetTime(ThreadCpuClock, out var time) == 0 ? time.Seconds + (time.Nanoseconds / 1e9) : 0;
    }

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static void ScanAll(Scanner scanner, string[] pieces)
    {
        foreach (var piece in pieces)
        {
            scanner.Scan(piece);
        }
    }
}
