using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Custos.Benchmarks;

/// <summary>
/// Added latency of an LLM gateway: the same OpenAI-style chat completion sent straight to a local stub
/// provider, through Custos (full pipeline: token, Cedar, screening of the prompt and the answer, metering, a
/// durable ledger entry before the answer is released) and through the Portkey gateway (npm
/// <c>@portkey-ai/gateway</c>, in <c>bench/peers/portkey</c>), closed loop at each concurrency, in one run.
/// Streams: time to the first content event.
/// </summary>
internal static class LlmLatency
{
    private const string Prompt = """{"model":"gpt-4.1-mini","messages":[{"role":"system","content":"You are a concise assistant."},{"role":"user","content":"Summarize the quarterly figures for the board in one line."}]}""";
    private const string StreamPrompt = """{"model":"gpt-4.1-mini","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"Summarize the quarterly figures for the board in one line."}]}""";

    public static async Task<int> RunAsync(int[] concurrencies, TimeSpan duration, TimeSpan warmup)
    {
        var key = "sk-bench-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var variable = "CUSTOS_BENCH_PROVIDER_KEY";
        Environment.SetEnvironmentVariable(variable, key);
        await using var stub = await StubLlm.StartAsync(key);
        string Edit(string yaml) => yaml
            .Replace("    url: https://api.openai.com/v1\n", $"    url: {stub.BaseAddress}v1\n    tools: [gpt-4.1, gpt-4.1-mini]\n", StringComparison.Ordinal)
            .Replace("api_key: secret://env/OPENAI_API_KEY", $"api_key: secret://env/{variable}", StringComparison.Ordinal);
        await using var custos = await BenchmarkServer.StartAsync(Edit);
        await using var custosOs = await BenchmarkServer.StartAsync(yaml => Edit(yaml) + "\nledger:\n  durability: os\n");
        var portkeyScript = Path.Combine(PeerProcess.Directory("portkey"), "node_modules", "@portkey-ai", "gateway", "build", "start-server.js");
        using var portkey = File.Exists(portkeyScript)
            ? await PeerProcess.StartAsync("portkey", port => [portkeyScript, $"--port={port}", "--headless"], new Dictionary<string, string> { ["NODE_ENV"] = "production" })
            : null;

        var targets = new List<Target>
        {
            new("direct (stub)", stub.BaseAddress, key, []),
            new("Custos", custos.Address, custos.Token, []),
            new("Custos, ledger os", custosOs.Address, custosOs.Token, []),
        };
        if (portkey is not null)
        {
            targets.Add(new("Portkey 1.15.2", portkey.Address, key, [("x-portkey-provider", "openai"), ("x-portkey-custom-host", $"{stub.BaseAddress}v1")]));
        }
        else
        {
            Console.WriteLine("Portkey is not installed: run (cd bench/peers/portkey && npm ci) to measure it beside Custos.");
        }

        Console.WriteLine($"POST /v1/chat/completions over loopback, keep-alive, closed loop; {duration.TotalSeconds:N0} s per row after at least {warmup.TotalSeconds:N0} s warm-up and until the JIT settles; added = gateway minus direct at the same percentile");
        Console.WriteLine($"{"target",-18} {"conc.",5} {"req/s",8} {"p50 ms",8} {"p99 ms",8} {"added p50",10} {"added p99",10} {"errors",7} {"KB/req",7} {"gen0/s",7}");
        using var stages = new StageTimes();
        using var sampler = Environment.GetEnvironmentVariable("CUSTOS_BENCH_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
        var sampled = 0;
        var calmRows = new List<(string Name, int Concurrency, LoopResult Result)>();
        var warmups = new List<string>();
        var collections = new List<string>();
        foreach (var concurrency in concurrencies)
        {
            (double P50, double P99)? direct = null;
            foreach (var target in targets)
            {
                using var client = target.CreateClient(concurrency);
                var (warmed, settled) = await ClosedLoop.WarmAsync(time => MeasureAsync(client, concurrency, time, Prompt, firstEvent: false), warmup);
                warmups.Add($"{target.Name} c={concurrency} {warmed.TotalSeconds:N0} s{(settled ? string.Empty : " (JIT still busy)")}");
                stages.Counting = target.Name == "Custos" && concurrency == concurrencies[0]; // after the warm-up, one concurrency's worth
                var memory = ProcessMemory.Start();
                var scheduling = Scheduling.Start();
                sampler?.Counting = stages.Counting;
                var measured = await MeasureAsync(client, concurrency, duration, Prompt, firstEvent: false);
                var (latencies, errors, elapsed, _) = measured;
                sampler?.Counting = false;
                sampled += stages.Counting ? latencies.Count : 0;
                var (kilobytes, gen0PerSecond) = memory.Per(latencies.Count, elapsed);
                collections.Add($"{target.Name,-18} c={concurrency,-3} {memory.GcPer1000(latencies.Count)}  {scheduling.Describe(latencies.Count)}");
                stages.Counting = false;
                latencies.Sort();
                var p50 = Latencies.Percentile(latencies, 50);
                var p99 = Latencies.Percentile(latencies, 99);
                direct ??= (p50, p99);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{target.Name,-18} {concurrency,5} {latencies.Count / elapsed.TotalSeconds,8:N0} {p50,8:N3} {p99,8:N3} {p50 - direct.Value.P50,10:N3} {p99 - direct.Value.P99,10:N3} {errors,7} {kilobytes,7:N1} {gen0PerSecond,7:N1}"));
                calmRows.Add((target.Name, concurrency, measured));
            }
        }

        Console.WriteLine($"Warm-up per row, until this process's JIT compiled fewer than {ClosedLoop.SettledMethodsPerSecond} methods in a second: {string.Join("; ", warmups)}");
        Console.WriteLine($"GC in this process per 1,000 requests ({ProcessMemory.Settings()}):");
        collections.ForEach(Console.WriteLine);
        Console.WriteLine();
        ClosedLoop.PrintCalm(calmRows);
        Console.WriteLine();
        Console.WriteLine($"Where Custos's time went at concurrency {concurrencies[0]} (per action after the warm-up, from the custos.stage.duration metric):");
        stages.Print();
        sampler?.Print(sampled);

        Console.WriteLine();
        Console.WriteLine($"Streamed completion (stream: true): time to the first content event, concurrency 1");
        Console.WriteLine($"{"target",-18} {"streams",8} {"p50 ms",8} {"p99 ms",8} {"added p50",10} {"added p99",10} {"errors",7}");
        (double P50, double P99)? directStream = null;
        foreach (var target in targets)
        {
            using var client = target.CreateClient(1);
            await ClosedLoop.WarmAsync(time => MeasureAsync(client, 1, time, StreamPrompt, firstEvent: true), warmup);
            var (latencies, errors, _, _) = await MeasureAsync(client, 1, duration, StreamPrompt, firstEvent: true);
            latencies.Sort();
            var p50 = Latencies.Percentile(latencies, 50);
            var p99 = Latencies.Percentile(latencies, 99);
            directStream ??= (p50, p99);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{target.Name,-18} {latencies.Count,8} {p50,8:N3} {p99,8:N3} {p50 - directStream.Value.P50,10:N3} {p99 - directStream.Value.P99,10:N3} {errors,7}"));
        }

        Environment.SetEnvironmentVariable(variable, null);
        return 0;
    }

    private sealed record Target(string Name, Uri Address, string Bearer, (string Name, string Value)[] Headers)
    {
        public HttpClient CreateClient(int connections)
        {
            var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false })
            {
                BaseAddress = Address,
                DefaultRequestVersion = HttpVersion.Version11,
            };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Bearer);
            foreach (var (name, value) in Headers)
            {
                client.DefaultRequestHeaders.Add(name, value);
            }

            return client;
        }
    }

    private static Task<LoopResult> MeasureAsync(HttpClient client, int concurrency, TimeSpan duration, string body, bool firstEvent) =>
        ClosedLoop.RunAsync(concurrency, duration, _ => async started =>
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions") { Content = content };
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            double? latency = null;
            var seen = new StringBuilder();
            if (!firstEvent)
            {
                await response.Content.LoadIntoBufferAsync();
                latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
            else
            {
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
                while (await reader.ReadLineAsync() is { } line)
                {
                    if (seen.Length < 600)
                    {
                        seen.Append(line).Append('\n');
                    }

                    if (latency is null && line.StartsWith("data:", StringComparison.Ordinal) && line.Contains("\"content\":\"", StringComparison.Ordinal) && !line.Contains("\"content\":\"\"", StringComparison.Ordinal))
                    {
                        latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    }
                }
            }

            if (response.StatusCode != HttpStatusCode.OK || latency is null)
            {
                var text = firstEvent ? seen.ToString() : await response.Content.ReadAsStringAsync();
                return Sample.Failed($"{(int)response.StatusCode} {text[..Math.Min(600, text.Length)]}");
            }

            return new Sample(latency, null);
        });

    /// <summary>A provider stand-in speaking OpenAI's chat completions (JSON and SSE) and Anthropic's messages (JSON), answering at once.</summary>
    internal sealed class StubLlm : IAsyncDisposable
    {
        private const string Reply = "Revenue rose 12% while costs held flat, so margins reached a record.";
        private readonly WebApplication app;

        private StubLlm(WebApplication app) => this.app = app;

        public Uri BaseAddress { get; private set; } = null!;

        public static async Task<StubLlm> StartAsync(string key)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            app.MapPost("/v1/chat/completions", async (HttpContext http) =>
            {
                if (http.Request.Headers.Authorization.ToString() != "Bearer " + key)
                {
                    http.Response.StatusCode = 401;
                    await http.Response.WriteAsync("""{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}}""");
                    return;
                }

                using var document = await System.Text.Json.JsonDocument.ParseAsync(http.Request.Body);
                var stream = document.RootElement.TryGetProperty("stream", out var s) && s.ValueKind == System.Text.Json.JsonValueKind.True;
                if (!stream)
                {
                    http.Response.ContentType = "application/json";
                    await http.Response.WriteAsync($$$"""{"id":"chatcmpl-bench","object":"chat.completion","created":1764288000,"model":"gpt-4.1-mini-2025-04-14","choices":[{"index":0,"message":{"role":"assistant","content":"{{{Reply}}}","refusal":null},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":24,"completion_tokens":16,"total_tokens":40}}""");
                    return;
                }

                http.Response.ContentType = "text/event-stream";
                await http.Response.WriteAsync("""data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1764288000,"model":"gpt-4.1-mini-2025-04-14","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}""" + "\n\n");
                foreach (var word in Reply.Split(' '))
                {
                    await http.Response.WriteAsync($$"""data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1764288000,"model":"gpt-4.1-mini-2025-04-14","choices":[{"index":0,"delta":{"content":"{{word}} "},"finish_reason":null}]}""" + "\n\n");
                    await http.Response.Body.FlushAsync();
                }

                await http.Response.WriteAsync("""data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1764288000,"model":"gpt-4.1-mini-2025-04-14","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}""" + "\n\n");
                await http.Response.WriteAsync("""data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1764288000,"model":"gpt-4.1-mini-2025-04-14","choices":[],"usage":{"prompt_tokens":24,"completion_tokens":16,"total_tokens":40}}""" + "\n\ndata: [DONE]\n\n");
            });
            app.MapPost("/v1/messages", async (HttpContext http) =>
            {
                if (http.Request.Headers["x-api-key"].ToString() != key)
                {
                    http.Response.StatusCode = 401;
                    await http.Response.WriteAsync("""{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}""");
                    return;
                }

                using var document = await System.Text.Json.JsonDocument.ParseAsync(http.Request.Body);
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync($$$"""{"id":"msg_bench","type":"message","role":"assistant","model":"claude-sonnet-4-5-20250929","content":[{"type":"text","text":"{{{Reply}}}"}],"stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":24,"output_tokens":16}}""");
            });
            await app.StartAsync();
            var stub = new StubLlm(app);
            stub.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
            return stub;
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
