using System.Diagnostics;
using System.Globalization;

namespace Custos.Benchmarks;

/// <summary>
/// Closed-loop load on <c>POST /v1/authorize</c>: N concurrent clients over keep-alive connections, each
/// sending its next request when the last is answered, for a fixed time. Prints p50, p99 and requests/s.
/// </summary>
internal static class LoadGenerator
{
    public static async Task RunAsync(int[] concurrencies, TimeSpan duration, TimeSpan warmup)
    {
        await using var server = await BenchmarkServer.StartAsync();
        Console.WriteLine($"POST /v1/authorize over loopback, keep-alive, full pipeline (SQLite, synchronous=FULL); {duration.TotalSeconds:N0} s per row after {warmup.TotalSeconds:N0} s warm-up");
        Console.WriteLine($"{"concurrency",12} {"requests",10} {"req/s",10} {"p50 (ms)",10} {"p99 (ms)",10} {"max (ms)",10} {"errors",8}");
        foreach (var concurrency in concurrencies)
        {
            using var client = server.CreateClient(concurrency);
            await MeasureAsync(client, concurrency, warmup);
            var (latencies, errors, elapsed) = await MeasureAsync(client, concurrency, duration);
            latencies.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{concurrency,12} {latencies.Count,10} {latencies.Count / elapsed.TotalSeconds,10:N0} {Latencies.Percentile(latencies, 50),10:N3} {Latencies.Percentile(latencies, 99),10:N3} {latencies[^1],10:N3} {errors,8}"));
        }
    }

    private static async Task<(List<double> Latencies, int Errors, TimeSpan Elapsed)> MeasureAsync(HttpClient client, int concurrency, TimeSpan duration)
    {
        var stop = Stopwatch.StartNew();
        var errors = 0;
        var perWorker = new List<double>[concurrency];
        var workers = new Task[concurrency];
        for (var w = 0; w < concurrency; w++)
        {
            var mine = perWorker[w] = new List<double>(100_000);
            var body = w % 2 == 0 ? BenchmarkServer.AllowedBody : BenchmarkServer.DeniedBody;
            workers[w] = Task.Run(async () =>
            {
                while (stop.Elapsed < duration)
                {
                    var started = Stopwatch.GetTimestamp();
                    var ok = await BenchmarkServer.PostAsync(client, body);
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (!ok)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
            });
        }

        await Task.WhenAll(workers);
        var elapsed = stop.Elapsed;
        return (perWorker.SelectMany(l => l).ToList(), errors, elapsed);
    }
}
