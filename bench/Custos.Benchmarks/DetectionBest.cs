using System.Diagnostics;
using System.Globalization;
using Custos.Detection;

namespace Custos.Benchmarks;

/// <summary>
/// In-process throughput of the default scanner on the shared inputs, best and median of N timed scans each, printed
/// with the command that produced them. A best-of-N figure is what this two-core VM can reproduce from run to run
/// (the closed-loop peer comparison swings by half when a neighbour wakes up); the median says how noisy the run was.
/// With <c>--types</c> only the listed entity types are on, to find where the time goes.
/// </summary>
internal static class DetectionBest
{
    public static int Run(int runs, string? types)
    {
        var options = types is null
            ? new ScannerOptions()
            : new ScannerOptions { EnabledTypes = new HashSet<string>(types.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal) };
        var scanner = new Scanner(options);
        var inputs = DetectionInputs.Create();
        var mixed = inputs.Single(i => i.Name == "mixed").Text;
        var pieces = Enumerable.Range(0, mixed.Length / 4096).Select(i => mixed.Substring(i * 4096, 4096)).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"detection-best --runs {runs}{(types is null ? "" : " --types " + types)}: MB/s of UTF-16 input scanned by one thread, best / median of {runs}"));
        foreach (var (name, text) in inputs)
        {
            Print(name, Measure(runs, () => scanner.Scan(text).Count, text.Length));
        }

        Print("mixed in 4 KiB pieces", Measure(runs, () => pieces.Sum(p => scanner.Scan(p).Count), pieces.Length * 4096));
        return 0;
    }

    private static void Print(string name, (double Best, double Median) result) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-22} {result.Best,7:0.0} / {result.Median,7:0.0}"));

    private static (double Best, double Median) Measure(int runs, Func<int> scan, int chars)
    {
        // A second and a half of warm-up, not a count of scans: tiered JIT has the optimized code in by then.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(1.5))
        {
            scan();
        }

        var rates = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            scan();
            rates[i] = chars / 1e6 / watch.Elapsed.TotalSeconds;
        }

        Array.Sort(rates);
        return (rates[^1], rates[runs / 2]);
    }
}
