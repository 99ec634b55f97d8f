using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Llm.Tests;
using Custos.Server.Hosting;
using Custos.Server.Workspaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Custos.Benchmarks;

/// <summary>
/// Added latency of the LLM gateway: the same stub provider called directly, through Custos, and through the
/// Portkey gateway (bench/peers/portkey, started with node), non-streamed p50/p99 at each concurrency and the
/// time to the first streamed event, in one run on one machine.
/// </summary>
internal static class LlmLatency
{
    private const string Body = """{"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "Say hello"}]}""";
    private const string StreamBody = """{"model": "gpt-4.1-mini", "stream": true, "messages": [{"role": "user", "content": "Say hello"}]}""";

    public static async Task<int> RunAsync(int[] concurrency, TimeSpan duration)
    {
        var key = "sk-bench-" + Guid.NewGuid().ToString("N");
        var variable = "CUSTOS_BENCH_PROVIDER_KEY";
        Environment.SetEnvironmentVariable(variable, key);
        await using var stub = await StubProvider.StartAsync(key);
        var directory = Directory.CreateTempSubdirectory("custos-llm-bench-").FullName;
        var yaml = StarterWorkspace.Yaml
            .Replace("    url: https://api.openai.com/v1\n", $"    url: {stub.BaseAddress}v1\n", StringComparison.Ordinal)
            .Replace("api_key: secret://env/OPENAI_API_KEY", $"api_key: secret://env/{variable}", StringComparison.Ordinal)
            .Replace("    daily_usd: 40\n    monthly_usd: 600\n", "    daily_usd: 100000\n    monthly_usd: 1000000\n", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(directory, CustosConfig.DefaultFileName), yaml);
        using var host = CustosHost.CreateBuilder(new CustosServerOptions
        {
            Config = ConfigLoader.LoadFile(Path.Combine(directory, CustosConfig.DefaultFileName)).GetConfigOrThrow(),
            Urls = "http://127.0.0.1:0",
            ConsoleLogs = false,
            MinimumLogLevel = LogLevel.Warning,
        }).Build();
        await host.StartAsync();
        var workspace = host.Services.GetRequiredService<Workspace>();
        var token = (await workspace.Tokens.IssueAsync(TokenKind.Agent, "dev-agent", TimeSpan.FromDays(1), "bench", ActionChannel.Cli, CancellationToken.None)).Token;
        var custos = host.ListeningAddress();

        using var portkey = await StartPortkeyAsync();
        var targets = new List<Target>
        {
            new("stub (direct)", new Uri(stub.BaseAddress, "v1/chat/completions"), [("Authorization", "Bearer " + key)]),
            new("custos", new Uri(custos, "v1/chat/completions"), [("Authorization", "Bearer " + token)]),
        };
        if (portkey is not null)
        {
            targets.Add(new("portkey", new Uri($"http://127.0.0.1:{portkey.Port}/v1/chat/completions"),
                [("Authorization", "Bearer " + key), ("x-portkey-provider", "openai"), ("x-portkey-custom-host", $"{stub.BaseAddress}v1")]));
        }
        else
        {
            Console.WriteLine("portkey: not installed (run 'npm ci' in bench/peers/portkey); measuring Custos alone");
        }

        Console.WriteLine($"LLM gateway latency, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {duration.TotalSeconds:0} s per cell");
        Console.WriteLine($"{"target",-16}{"conc",6}{"req/s",10}{"p50 ms",10}{"p99 ms",10}{"+p50 ms",10}{"+p99 ms",10}");
        foreach (var c in concurrency)
        {
            (double P50, double P99)? baseline = null;
            foreach (var target in targets)
            {
                var (count, p50, p99) = await MeasureAsync(target, Body, c, duration, firstEvent: false);
                baseline ??= (p50, p99);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{target.Name,-16}{c,6}{count / duration.TotalSeconds,10:0}{p50,10:0.000}{p99,10:0.000}{p50 - baseline.Value.P50,10:0.000}{p99 - baseline.Value.P99,10:0.000}"));
            }
        }

        Console.WriteLine($"{"stream: first event",-22}{"p50 ms",10}{"p99 ms",10}{"+p50 ms",10}");
        double? streamBase = null;
        foreach (var target in targets)
        {
            try
            {
                var (_, p50, p99) = await MeasureAsync(target, StreamBody, 1, duration, firstEvent: true);
                streamBase ??= p50;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target.Name,-22}{p50,10:0.000}{p99,10:0.000}{p50 - streamBase.Value,10:0.000}"));
            }
            catch (InvalidOperationException e)
            {
                Console.WriteLine($"{target.Name,-22}failed: {e.Message}");
            }
        }

        await host.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return 0;
    }

    private sealed record Target(string Name, Uri Url, (string Name, string Value)[] Headers);

    private static async Task<(int Count, double P50, double P99)> MeasureAsync(Target target, string body, int concurrency, TimeSpan duration, bool firstEvent)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan });
        async Task<double> OnceAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            foreach (var (name, value) in target.Headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            var started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{target.Name} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            double elapsed;
            if (firstEvent)
            {
                // Time to the first event carrying text: with Custos's stream screening this is when text is released.
                await using var stream = await response.Content.ReadAsStreamAsync();
                using var reader = new StreamReader(stream);
                elapsed = double.NaN;
                while (await reader.ReadLineAsync() is { } line)
                {
                    if (double.IsNaN(elapsed) && line.Contains("\"content\":\"", StringComparison.Ordinal) && !line.Contains("\"content\":\"\"", StringComparison.Ordinal))
                    {
                        elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    }
                }
            }
            else
            {
                await response.Content.LoadIntoBufferAsync();
                elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            return elapsed;
        }

        // Warm up connections and JIT.
        for (var i = 0; i < 20; i++)
        {
            await OnceAsync();
        }

        var samples = new List<double>[concurrency];
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async w =>
        {
            samples[w] = [];
            while (Stopwatch.GetTimestamp() < until)
            {
                samples[w].Add(await OnceAsync());
            }
        }));
        var all = samples.SelectMany(s => s).Where(s => !double.IsNaN(s)).Order().ToArray();
        return (all.Length, all[(int)(all.Length * 0.50)], all[Math.Min(all.Length - 1, (int)(all.Length * 0.99))]);
    }

    private sealed class Portkey(Process process, int port) : IDisposable
    {
        public int Port { get; } = port;

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }

            process.Dispose();
        }
    }

    private static async Task<Portkey?> StartPortkeyAsync()
    {
        string? folder = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null && folder is null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "peers", "portkey", "node_modules", "@portkey-ai", "gateway", "build", "start-server.js");
            folder = File.Exists(candidate) ? candidate : null;
        }

        if (folder is null)
        {
            return null;
        }

        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(folder);
        info.ArgumentList.Add($"--port={port}");
        info.ArgumentList.Add("--headless");
        info.Environment["NODE_ENV"] = "production";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/"));
                if (response.IsSuccessStatusCode)
                {
                    return new Portkey(process, port);
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        process.Kill(entireProcessTree: true);
        process.Dispose();
        throw new InvalidOperationException("the Portkey gateway did not start within 10 s");
    }
}
