using System.Diagnostics;

namespace Custos.Benchmarks;

/// <summary>One request's outcome: its latency in milliseconds, or why it failed.</summary>
internal readonly record struct Sample(double? Milliseconds, string? Error)
{
    public static Sample Failed(string error) => new(null, error);
}

/// <summary>What a closed loop measured: every latency, the failures, the time taken, and the latencies of the requests during which this process did not collect garbage.</summary>
internal sealed record LoopResult(List<double> Latencies, int Errors, TimeSpan Elapsed, List<double> Calm);

/// <summary>
/// A closed-loop load, as the gateway benchmarks run it: N workers each send a request, wait for its answer, and send
/// the next, for a fixed time. Each request notes whether a gen-0 collection ran while it was in flight (the client,
/// the stub and Custos share this process), so a row can be read with and without the collector's pauses.
/// </summary>
internal static class ClosedLoop
{
    /// <summary>The JIT is taken as settled when it compiles fewer methods than this in a second of load.</summary>
    public const int SettledMethodsPerSecond = 25;

    /// <summary>The longest a target is warmed while the JIT still compiles.</summary>
    public static readonly TimeSpan MaxWarmup = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Runs <paramref name="load"/> for at least <paramref name="minimum"/>, then one second at a time until this process's
    /// JIT has settled (tiered compilation recompiles a path's hot methods seconds after it first runs: on two cores,
    /// ten thousand methods of a gateway's path took over ten seconds, competing with the load being measured).
    /// Returns how long the warm-up took and whether the JIT settled within <see cref="MaxWarmup"/>.
    /// </summary>
    public static async Task<(TimeSpan Took, bool Settled)> WarmAsync(Func<TimeSpan, Task> load, TimeSpan minimum)
    {
        ArgumentNullException.ThrowIfNull(load);
        var took = Stopwatch.StartNew();
        await load(minimum);
        while (took.Elapsed < MaxWarmup)
        {
            var before = System.Runtime.JitInfo.GetCompiledMethodCount();
            await load(TimeSpan.FromSeconds(1));
            if (System.Runtime.JitInfo.GetCompiledMethodCount() - before < SettledMethodsPerSecond)
            {
                return (took.Elapsed, true);
            }
        }

        return (took.Elapsed, false);
    }

    /// <param name="worker">Makes worker w's request function: given the timestamp it started at, one request's <see cref="Sample"/>.</param>
    public static async Task<LoopResult> RunAsync(int concurrency, TimeSpan duration, Func<int, Func<long, Task<Sample>>> worker)
    {
        var stop = Stopwatch.StartNew();
        var errors = 0;
        var perWorker = new List<double>[concurrency];
        var calmPerWorker = new List<double>[concurrency];
        var workers = new Task[concurrency];
        for (var w = 0; w < concurrency; w++)
        {
            var mine = perWorker[w] = new List<double>(50_000);
            var calm = calmPerWorker[w] = new List<double>(50_000);
            var once = worker(w);
            workers[w] = Task.Run(async () =>
            {
                while (stop.Elapsed < duration)
                {
                    var collections = GC.CollectionCount(0);
                    var started = Stopwatch.GetTimestamp();
                    Sample sample;
                    try
                    {
                        sample = await once(started);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        sample = Sample.Failed($"{e.GetType().Name}: {e.Message}");
                    }

                    if (sample.Milliseconds is not { } milliseconds)
                    {
                        if (Interlocked.Increment(ref errors) == 1)
                        {
                            Console.Error.WriteLine($"first error: {sample.Error}");
                        }

                        continue;
                    }

                    mine.Add(milliseconds);
                    if (GC.CollectionCount(0) == collections)
                    {
                        calm.Add(milliseconds);
                    }
                }
            });
        }

        await Task.WhenAll(workers);
        return new LoopResult([.. perWorker.SelectMany(l => l)], errors, stop.Elapsed, [.. calmPerWorker.SelectMany(l => l)]);
    }

    /// <summary>Prints each row's share of requests that saw a collection, and its percentiles without them.</summary>
    public static void PrintCalm(IEnumerable<(string Name, int Concurrency, LoopResult Result)> rows)
    {
        Console.WriteLine("The same rows without the requests during which this process collected garbage (the client, the stub and Custos share it):");
        Console.WriteLine($"{"target",-18} {"conc.",5} {"with GC",8} {"p50 ms",8} {"p99 ms",8}");
        foreach (var (name, concurrency, result) in rows)
        {
            var calm = result.Calm.Order().ToList();
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{name,-18} {concurrency,5} {1 - ((double)calm.Count / Math.Max(1, result.Latencies.Count)),8:P1} {Latencies.Percentile(calm, 50),8:N3} {Latencies.Percentile(calm, 99),8:N3}"));
        }
    }
}
