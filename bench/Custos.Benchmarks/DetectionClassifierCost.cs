using System.Diagnostics;
using System.Globalization;
using Custos.Detection;
using Custos.Detection.Injection;

namespace Custos.Benchmarks;

/// <summary>
/// What the injection classifier costs, measured so that a crowded machine disturbs both sides alike: the same 4 KiB
/// piece is scanned with the classifier off, then on, then the next piece, round after round, and each piece keeps
/// its fastest time on each side (a preempted scan is slow, never fast). The sums of those minimums give each side's
/// throughput and their ratio.
/// <code>dotnet run -c Release --project bench/Custos.Benchmarks -- detection-classifier [--runs 20] [--text FILE]</code>
/// (--text: the 4 KiB pieces of a file of one's own too, such as real prose, which the generated English is not).
/// </summary>
internal static class DetectionClassifierCost
{
    private const int Piece = 4096;

    public static int Run(int runs, string? file = null)
    {
        if (runs < 1)
        {
            Console.Error.WriteLine("detection-classifier: --runs must be at least 1");
            return 2;
        }

        var off = new Scanner(new ScannerOptions { UseInjectionClassifier = false });
        var on = new Scanner(new ScannerOptions { UseInjectionClassifier = true });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Detection in {Piece}-character pieces, classifier off and on piece by piece, fastest of {runs} rounds per piece (MB/s: million characters per second, one thread):"));
        foreach (var (name, text) in file is null ? DetectionInputs.Create() : [.. DetectionInputs.Create(), (Path.GetFileNameWithoutExtension(file), File.ReadAllText(file))])
        {
            var pieces = Enumerable.Range(0, text.Length / Piece).Select(k => text.Substring(k * Piece, Piece)).ToArray();
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed < TimeSpan.FromSeconds(2))
            {
                foreach (var p in pieces)
                {
                    off.Scan(p);
                    on.Scan(p);
                }
            }

            var fastestOff = Enumerable.Repeat(long.MaxValue, pieces.Length).ToArray();
            var fastestOn = Enumerable.Repeat(long.MaxValue, pieces.Length).ToArray();
            for (var r = 0; r < runs; r++)
            {
                for (var k = 0; k < pieces.Length; k++)
                {
                    // Which side goes first alternates, so neither always finds the piece warm in the cache.
                    var (first, second) = (r & 1) == 0 ? (off, on) : (on, off);
                    var t0 = Stopwatch.GetTimestamp();
                    first.Scan(pieces[k]);
                    var t1 = Stopwatch.GetTimestamp();
                    second.Scan(pieces[k]);
                    var t2 = Stopwatch.GetTimestamp();
                    var (a, b) = (r & 1) == 0 ? (t1 - t0, t2 - t1) : (t2 - t1, t1 - t0);
                    fastestOff[k] = Math.Min(fastestOff[k], a);
                    fastestOn[k] = Math.Min(fastestOn[k], b);
                }
            }

            double chars = pieces.Length * (long)Piece;
            var secondsOff = fastestOff.Sum() / (double)Stopwatch.Frequency;
            var secondsOn = fastestOn.Sum() / (double)Stopwatch.Frequency;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name + "-4k",-11} off {chars / secondsOff / 1e6,6:0.0}  on {chars / secondsOn / 1e6,6:0.0}  on/off {secondsOff / secondsOn:0.00}  classifier {(secondsOn - secondsOff) * 1e3 / (chars / 1e6):0.00} ms/MB{Phases(pieces, runs)}"));
        }

        return 0;
    }

    /// <summary>The classifier's own parts on the same pieces, fastest of the rounds: cutting words alone, and the whole score.</summary>
    private static string Phases(string[] pieces, int runs)
    {
        var model = InjectionClassifier.Embedded;
        if (model is null)
        {
            return "";
        }

        var scratch = new InjectionClassifier.Scratch();
        var words = Enumerable.Repeat(long.MaxValue, pieces.Length).ToArray();
        var scores = Enumerable.Repeat(long.MaxValue, pieces.Length).ToArray();
        for (var r = 0; r < runs; r++)
        {
            for (var k = 0; k < pieces.Length; k++)
            {
                var t0 = Stopwatch.GetTimestamp();
                ClassifierFeatures.Words(pieces[k], scratch.Words, scratch.Folded);
                var t1 = Stopwatch.GetTimestamp();
                model.Score(pieces[k], scratch);
                var t2 = Stopwatch.GetTimestamp();
                words[k] = Math.Min(words[k], t1 - t0);
                scores[k] = Math.Min(scores[k], t2 - t1);
            }
        }

        double megachars = pieces.Length * (long)Piece / 1e6;
        return string.Create(CultureInfo.InvariantCulture, $"  (words {words.Sum() * 1e3 / Stopwatch.Frequency / megachars:0.00}, score {scores.Sum() * 1e3 / Stopwatch.Frequency / megachars:0.00} ms/MB)");
    }
}
