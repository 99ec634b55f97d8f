using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ModelContextProtocol.Client;

namespace Custos.Benchmarks;

/// <summary>
/// Overhead of an MCP <c>tools/call</c> through a gateway: the everything server's <c>echo</c> called straight
/// over stdio, through Custos (<c>/mcp</c>, full pipeline: token, Cedar, screening of arguments and result,
/// a durable ledger entry before the result is released) and through <c>mcp-proxy</c> (npm, in
/// <c>bench/peers/mcp-proxy</c>) in front of the same server, with the official MCP C# SDK client, one session
/// per target and N calls in flight on it, in one run.
/// </summary>
internal static class McpOverhead
{
    public static async Task<int> RunAsync(int[] concurrencies, TimeSpan duration, TimeSpan warmup)
    {
        var peers = PeerProcess.Directory("mcp-proxy");
        var everything = Path.Combine(peers, "node_modules", "@modelcontextprotocol", "server-everything", "dist", "index.js");
        var proxyScript = Path.Combine(peers, "node_modules", "mcp-proxy", "dist", "bin", "mcp-proxy.mjs");
        if (!File.Exists(everything) || !File.Exists(proxyScript))
        {
            Console.Error.WriteLine($"the MCP peers are not installed: run (cd {peers} && npm ci)");
            return 2;
        }

        var yaml = EchoWorkspace(everything);
        await using var custos = await BenchmarkServer.StartAsync(_ => yaml);
        await using var custosOs = await BenchmarkServer.StartAsync(_ => yaml + "\nledger:\n  durability: os\n");
        using var proxy = await PeerProcess.StartAsync("mcp-proxy", port => [proxyScript, "--port", port.ToString(CultureInfo.InvariantCulture), "--host", "127.0.0.1", "--server", "stream", "--", "node", everything, "stdio"]);

        var targets = new (string Name, string Tool, Func<Task<McpClient>> Connect)[]
        {
            ("direct (stdio)", "echo", async () => await McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions { Command = "node", Arguments = [everything, "stdio"], Name = "everything" }))),
            ("Custos", "everything.echo", async () => await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
            {
                Endpoint = new Uri(custos.Address, "/mcp"),
                TransportMode = HttpTransportMode.StreamableHttp,
                AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + custos.Token },
            }))),
            ("Custos, ledger os", "everything.echo", async () => await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
            {
                Endpoint = new Uri(custosOs.Address, "/mcp"),
                TransportMode = HttpTransportMode.StreamableHttp,
                AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + custosOs.Token },
            }))),
            ("mcp-proxy 6.7.19", "echo", async () => await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
            {
                Endpoint = new Uri(proxy.Address, "/mcp"),
                TransportMode = HttpTransportMode.StreamableHttp,
            }))),
        };

        using var stages = new StageTimes();
        using var sampler = Environment.GetEnvironmentVariable("CUSTOS_BENCH_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
        var sampled = 0;
        Console.WriteLine($"tools/call echo, one session per target, N calls in flight; {duration.TotalSeconds:N0} s per row after at least {warmup.TotalSeconds:N0} s warm-up and until the JIT settles; overhead = target minus direct at the same percentile");
        Console.WriteLine($"{"target",-18} {"conc.",5} {"calls/s",8} {"p50 ms",8} {"p99 ms",8} {"over p50",9} {"over p99",9} {"errors",7} {"KB/call",7} {"gen0/s",7}");
        var calmRows = new List<(string Name, int Concurrency, LoopResult Result)>();
        var warmups = new List<string>();
        var collections = new List<string>();
        foreach (var concurrency in concurrencies)
        {
            (double P50, double P99)? direct = null;
            foreach (var (name, tool, connect) in targets)
            {
                await using var client = await connect();
                var (warmed, settled) = await ClosedLoop.WarmAsync(time => MeasureAsync(client, tool, concurrency, time), warmup);
                warmups.Add($"{name} c={concurrency} {warmed.TotalSeconds:N0} s{(settled ? string.Empty : " (JIT still busy)")}");
                stages.Counting = name == "Custos" && concurrency == concurrencies[0];
                var memory = ProcessMemory.Start();
                var scheduling = Scheduling.Start();
                sampler?.Counting = stages.Counting;
                var measured = await MeasureAsync(client, tool, concurrency, duration);
                var (latencies, errors, elapsed, _) = measured;
                sampler?.Counting = false;
                sampled += stages.Counting ? latencies.Count : 0;
                calmRows.Add((name, concurrency, measured));
                var (kilobytes, gen0PerSecond) = memory.Per(latencies.Count, elapsed);
                collections.Add($"{name,-18} c={concurrency,-3} {memory.GcPer1000(latencies.Count)}  {scheduling.Describe(latencies.Count)}");
                stages.Counting = false;
                latencies.Sort();
                var p50 = Latencies.Percentile(latencies, 50);
                var p99 = Latencies.Percentile(latencies, 99);
                direct ??= (p50, p99);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-18} {concurrency,5} {latencies.Count / elapsed.TotalSeconds,8:N0} {p50,8:N3} {p99,8:N3} {p50 - direct.Value.P50,9:N3} {p99 - direct.Value.P99,9:N3} {errors,7} {kilobytes,7:N1} {gen0PerSecond,7:N1}"));
            }
        }

        Console.WriteLine($"Warm-up per row, until this process's JIT compiled fewer than {ClosedLoop.SettledMethodsPerSecond} methods in a second: {string.Join("; ", warmups)}");
        Console.WriteLine($"GC in this process per 1,000 requests ({ProcessMemory.Settings()}):");
        collections.ForEach(Console.WriteLine);
        Console.WriteLine();
        ClosedLoop.PrintCalm(calmRows);
        Console.WriteLine();
        Console.WriteLine($"Where Custos's time went at concurrency {concurrencies[0]} (per tools/call, from the custos.stage.duration metric):");
        stages.Print();
        sampler?.Print(sampled);
        return 0;
    }

    private static Task<LoopResult> MeasureAsync(McpClient client, string tool, int concurrency, TimeSpan duration) =>
        ClosedLoop.RunAsync(concurrency, duration, w =>
        {
            var arguments = new Dictionary<string, object?> { ["message"] = $"hello from worker {w}" };
            return async started =>
            {
                var result = await client.CallToolAsync(tool, arguments);
                return result.IsError == true
                    ? Sample.Failed($"{tool}: {string.Join(" ", result.Content.OfType<ModelContextProtocol.Protocol.TextContentBlock>().Select(t => t.Text))}")
                    : new Sample(Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
            };
        });

    /// <summary>custos.yaml for the benchmarks that call the everything server's echo: one agent granted that one tool.</summary>
    internal static string EchoWorkspace(string everything) => $"""
        version: 1
        data_dir: .custos
        agents:
          - name: dev-agent
            owner: platform@example.com
            purpose: Calls tools in the benchmarks.
            gdpr:
              lawful_basis: legitimate_interests
              processing_purpose: Software development.
        systems:
          - name: everything
            kind: mcp
            command: ["node", "{everything.Replace("\\", "\\\\", StringComparison.Ordinal)}", "stdio"]
        grants:
          - id: dev-echoes
            agent: dev-agent
            system: everything
            actions: [call]
            tools: [echo]
        """;
}
