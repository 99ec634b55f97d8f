using BenchmarkDotNet.Attributes;

namespace Custos.Benchmarks;

/// <summary>
/// One <c>POST /v1/authorize</c> over loopback with keep-alive, the full pipeline on: authenticate (SQLite),
/// contain (SQLite), authorize (grants), record (SQLite, group commit, synchronous=FULL) before the answer.
/// </summary>
[MemoryDiagnoser]
public class AuthorizeBenchmarks
{
    private BenchmarkServer server = null!;
    private HttpClient client = null!;

    [GlobalSetup]
    public void Setup()
    {
        server = BenchmarkServer.StartAsync().GetAwaiter().GetResult();
        client = server.CreateClient(connections: 1);
        if (!BenchmarkServer.PostAsync(client, BenchmarkServer.AllowedBody).GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("the warm-up request failed");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "authorize: allowed")]
    public Task<bool> Allowed() => BenchmarkServer.PostAsync(client, BenchmarkServer.AllowedBody);

    [Benchmark(Description = "authorize: denied")]
    public Task<bool> Denied() => BenchmarkServer.PostAsync(client, BenchmarkServer.DeniedBody);
}
