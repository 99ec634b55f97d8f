using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace Custos.Benchmarks;

/// <summary>
/// Two builds of Custos.Detection side by side in one process, each loaded from its own folder into its own load
/// context: every 4 KiB piece of each input (and each whole input) is scanned by A then B, or B then A, round after
/// round, and each keeps its fastest time per piece. A busy machine slows a scan, never speeds it, and both sides meet
/// the same load, so the ratio holds where separate runs of <c>detection-best</c> swing by half. Also prints the bytes
/// each side allocates per scan (exact) and its finding count (a quick check that both report the same).
/// <code>dotnet run -c Release --project bench/Custos.Benchmarks -- detection-ab A_DIR B_DIR [--runs 20] [--only english,mixed]</code>
/// (a folder holding a Custos.Detection.dll: a worktree's src/Custos.Detection/bin/Release/net10.0, built with
/// <c>dotnet build -c Release src/Custos.Detection</c>).
/// </summary>
internal static class DetectionAb
{
    private const int Piece = 4096;

    public static int Run(string dirA, string dirB, int runs, IReadOnlyCollection<string> only)
    {
        if (runs < 1)
        {
            Console.Error.WriteLine("detection-ab: --runs must be at least 1");
            return 2;
        }

        foreach (var dir in (string[])[dirA, dirB])
        {
            if (!File.Exists(Path.Combine(dir, "Custos.Detection.dll")))
            {
                Console.Error.WriteLine($"detection-ab: no Custos.Detection.dll in '{dir}'; build one with 'dotnet build -c Release src/Custos.Detection' and pass its bin/Release/net10.0 folder");
                return 2;
            }
        }

        var scans = new[] { Load(dirA, "a"), Load(dirB, "b") };
        var inputs = DetectionInputs.Create().Where(i => only.Count == 0 || only.Contains(i.Name)).ToList();
        var sets = new List<(string Name, string[] Texts)>();
        foreach (var (name, text) in inputs)
        {
            sets.Add((name + "-4k", [.. Enumerable.Range(0, text.Length / Piece).Select(k => text.Substring(k * Piece, Piece))]));
        }

        foreach (var (name, text) in inputs)
        {
            sets.Add((name, [text]));
        }

        // Warm up both sides on everything until the JIT's optimized code is in.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(6))
        {
            foreach (var (_, texts) in sets)
            {
                foreach (var text in texts)
                {
                    scans[0](text);
                    scans[1](text);
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Detection A/B, fastest of {runs} rounds per piece, sides alternating (MB/s: million characters per second, one thread):\n  A {dirA}\n  B {dirB}"));
        foreach (var (name, texts) in sets)
        {
            var bytes = new double[2];
            var findings = new int[2];
            for (var s = 0; s < 2; s++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                foreach (var text in texts)
                {
                    findings[s] += scans[s](text);
                }

                bytes[s] = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)texts.Length;
            }

            var fastest = new[] { Enumerable.Repeat(long.MaxValue, texts.Length).ToArray(), Enumerable.Repeat(long.MaxValue, texts.Length).ToArray() };
            for (var r = 0; r < runs; r++)
            {
                for (var k = 0; k < texts.Length; k++)
                {
                    for (var turn = 0; turn < 2; turn++)
                    {
                        var s = turn ^ (r & 1);
                        var t0 = Stopwatch.GetTimestamp();
                        scans[s](texts[k]);
                        fastest[s][k] = Math.Min(fastest[s][k], Stopwatch.GetTimestamp() - t0);
                    }
                }
            }

            var chars = texts.Sum(t => (long)t.Length);
            var a = chars / (fastest[0].Sum() / (double)Stopwatch.Frequency) / 1e6;
            var b = chars / (fastest[1].Sum() / (double)Stopwatch.Frequency) / 1e6;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-9} A {a,6:0.0}  B {b,6:0.0}  B/A {b / a:0.00}   KB per scan A {bytes[0] / 1024,6:0.0}  B {bytes[1] / 1024,6:0.0}   findings A {findings[0]}  B {findings[1]}"));
        }

        return 0;
    }

    /// <summary>The default scanner of the build in <paramref name="dir"/>, as a function returning its finding count.</summary>
    private static Func<string, int> Load(string dir, string name)
    {
        var context = new BuildContext(Path.GetFullPath(dir), name);
        var assembly = context.LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(dir), "Custos.Detection.dll"));
        var scannerType = assembly.GetType("Custos.Detection.Scanner", throwOnError: true)!;
        var scanner = Activator.CreateInstance(scannerType, [null])!;
        var scan = (Func<string, object>)Delegate.CreateDelegate(typeof(Func<string, object>), scanner, scannerType.GetMethod("Scan", [typeof(string)])!);
        return text => ((IReadOnlyCollection<object>)scan(text)).Count;
    }

    /// <summary>Loads Custos.Detection from one build's folder; everything else (libphonenumber, the framework) is shared.</summary>
    private sealed class BuildContext(string dir, string name) : AssemblyLoadContext("detection-" + name)
    {
        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name == "Custos.Detection" ? LoadFromAssemblyPath(Path.Combine(dir, "Custos.Detection.dll")) : null;
    }
}
