using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using ModelContextProtocol.Client;

namespace Custos.Benchmarks;

/// <summary>
/// Bytes allocated per request, counted exactly (<see cref="GC.GetTotalAllocatedBytes(bool)"/> with
/// <c>precise: true</c>) over N sequential requests after a warm-up: each request sent straight to its upstream
/// (the local LLM stub, the MCP everything server over stdio) and through Custos with the whole pipeline and the
/// default screening. Client, stub and Custos share this process, so Custos's share is the gateway row minus the
/// direct row. Counting bytes instead of timing makes the figure repeatable on a busy machine.
/// With <c>CUSTOS_BENCH_ALLOCATIONS=1</c> it also samples by type where Custos's rows allocate.
/// </summary>
internal static class AllocationsPerRequest
{
    private const string Chat = """{"model":"gpt-4.1-mini","messages":[{"role":"system","content":"You are a concise assistant."},{"role":"user","content":"Summarize the quarterly figures for the board in one line."}]}""";
    private const string ChatStream = """{"model":"gpt-4.1-mini","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"Summarize the quarterly figures for the board in one line."}]}""";
    private const string Messages = """{"model":"claude-sonnet-4-5","max_tokens":256,"system":"You are a concise assistant.","messages":[{"role":"user","content":"Summarize the quarterly figures for the board in one line."}]}""";

    public static async Task<int> RunAsync(int requests, int warmup, string only)
    {
        var key = "sk-bench-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        const string variable = "CUSTOS_BENCH_PROVIDER_KEY";
        Environment.SetEnvironmentVariable(variable, key);
        using var sampler = Environment.GetEnvironmentVariable("CUSTOS_BENCH_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
        Console.WriteLine($"bytes allocated per request in this process (client, upstream and Custos), {requests} sequential requests after {warmup} warm-up; Custos's share = via Custos minus direct");
        if (System.Runtime.GCSettings.IsServerGC)
        {
            Console.WriteLine("(server GC: the total can jump when its heaps rebalance; DOTNET_gcServer=0 counts repeatably)");
        }

        Console.WriteLine($"GC: {ProcessMemory.Settings()}");
        Console.WriteLine($"{"request",-34} {"direct B",10} {"via Custos B",13} {"Custos's B",11}  {"Custos's pool items",19} {"switches vol",12} {"invol",6}");
        if (only is "all" or "llm" or "chat" or "stream" or "messages")
        {
            await using var stub = await LlmLatency.StubLlm.StartAsync(key);
            await using var custos = await BenchmarkServer.StartAsync(yaml => LlmYaml(yaml, stub.BaseAddress, variable));
            using var direct = Client(stub.BaseAddress, new AuthenticationHeaderValue("Bearer", key));
            using var through = Client(custos.Address, new AuthenticationHeaderValue("Bearer", custos.Token));
            if (only is "all" or "llm" or "chat")
            {
                await RowAsync("chat completion", sampler, requests, warmup, () => PostAsync(direct, "v1/chat/completions", Chat, null), () => PostAsync(through, "v1/chat/completions", Chat, null));
            }

            if (only is "all" or "llm" or "stream")
            {
                await RowAsync("chat completion, streamed", sampler, requests, warmup, () => PostAsync(direct, "v1/chat/completions", ChatStream, null), () => PostAsync(through, "v1/chat/completions", ChatStream, null));
            }

            using var directAnthropic = Client(stub.BaseAddress, null);
            using var throughAnthropic = Client(custos.Address, null);
            if (only is "all" or "llm" or "messages")
            {
                await RowAsync("messages (Anthropic)", sampler, requests, warmup, () => PostAsync(directAnthropic, "v1/messages", Messages, key), () => PostAsync(throughAnthropic, "v1/messages", Messages, custos.Token));
            }
        }

        if (only is "all" or "mcp")
        {
            var everything = Path.Combine(PeerProcess.Directory("mcp-proxy"), "node_modules", "@modelcontextprotocol", "server-everything", "dist", "index.js");
            if (!File.Exists(everything))
            {
                Console.Error.WriteLine($"the MCP everything server is not installed: run (cd {PeerProcess.Directory("mcp-proxy")} && npm ci)");
                return 2;
            }

            await using var custos = await BenchmarkServer.StartAsync(_ => McpOverhead.EchoWorkspace(everything));
            await using var direct = await McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions { Command = "node", Arguments = [everything, "stdio"], Name = "everything" }));
            await using var through = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
            {
                Endpoint = new Uri(custos.Address, "/mcp"),
                TransportMode = HttpTransportMode.StreamableHttp,
                AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + custos.Token },
            }));
            var arguments = new Dictionary<string, object?> { ["message"] = "hello from the allocation count" };
            await RowAsync("MCP tools/call (echo)", sampler, requests, warmup, () => CallAsync(direct, "echo", arguments), () => CallAsync(through, "everything.echo", arguments));
        }

        Environment.SetEnvironmentVariable(variable, null);
        return 0;
    }

    private static async Task RowAsync(string name, AllocationSampler? sampler, int requests, int warmup, Func<Task> direct, Func<Task> through)
    {
        var (directBytes, directHops, directGc) = await CountAsync(direct, requests, warmup, null);
        var (throughBytes, throughHops, throughGc) = await CountAsync(through, requests, warmup, sampler);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-34} {directBytes,10:N0} {throughBytes,13:N0} {throughBytes - directBytes,11:N0}  {throughHops.PoolItems - directHops.PoolItems,19:N2} {throughHops.Voluntary - directHops.Voluntary,12:N2} {throughHops.Involuntary - directHops.Involuntary,6:N2}"));
        Console.WriteLine($"  GC per 1,000 requests, direct:     {directGc}");
        Console.WriteLine($"  GC per 1,000 requests, via Custos: {throughGc}");
        if (sampler is not null)
        {
            sampler.Print(requests, top: 30);
            sampler.Clear();
        }
    }

    private static async Task<(double Bytes, (double PoolItems, double Voluntary, double Involuntary) Hops, string Gc)> CountAsync(Func<Task> send, int requests, int warmup, AllocationSampler? sampler)
    {
        for (var i = 0; i < warmup; i++)
        {
            await send();
        }

        sampler?.Counting = true;
        var scheduling = Scheduling.Start();
        var memory = ProcessMemory.Start();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < requests; i++)
        {
            await send();
        }

        var after = GC.GetTotalAllocatedBytes(precise: true);
        var hops = scheduling.Per(requests);
        var gc = memory.GcPer1000(requests);
        sampler?.Counting = false;
        return ((after - before) / (double)requests, hops, gc);
    }

    private static HttpClient Client(Uri address, AuthenticationHeaderValue? authorization)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false })
        {
            BaseAddress = address,
            DefaultRequestVersion = HttpVersion.Version11,
        };
        client.DefaultRequestHeaders.Authorization = authorization;
        return client;
    }

    private static async Task PostAsync(HttpClient client, string path, string body, string? anthropicKey)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (anthropicKey is not null)
        {
            request.Headers.TryAddWithoutValidation("x-api-key", anthropicKey);
            request.Headers.TryAddWithoutValidation("anthropic-version", "2023-06-01");
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var answer = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK || answer.AsSpan().IndexOf("\"error\""u8) >= 0)
        {
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {Encoding.UTF8.GetString(answer)}");
        }
    }

    private static async Task CallAsync(McpClient client, string tool, Dictionary<string, object?> arguments)
    {
        var result = await client.CallToolAsync(tool, arguments);
        if (result.IsError == true)
        {
            throw new InvalidOperationException($"{tool}: {string.Join(" ", result.Content.OfType<ModelContextProtocol.Protocol.TextContentBlock>().Select(t => t.Text))}");
        }
    }

    internal static string LlmYaml(string yaml, Uri stub, string variable)
    {
        yaml = yaml
            .Replace("    url: https://api.openai.com/v1\n", $"    url: {stub}v1\n    tools: [gpt-4.1, gpt-4.1-mini]\n", StringComparison.Ordinal)
            .Replace("api_key: secret://env/OPENAI_API_KEY", $"api_key: secret://env/{variable}", StringComparison.Ordinal);
        var systemsEnd = yaml.IndexOf("# Least privilege:", StringComparison.Ordinal);
        yaml = yaml[..systemsEnd] + $"""
              - name: anthropic
                kind: llm
                provider: anthropic
                url: {stub}v1
                dpa: Anthropic Ireland data processing addendum, signed 2026-05-01
                tools: [claude-sonnet-4-5]
                credentials:
                  api_key: secret://env/{variable}


            """ + yaml[systemsEnd..];
        var grantsAt = yaml.IndexOf("  - id: marketing-drafts", StringComparison.Ordinal);
        return yaml[..grantsAt] + """
              - id: dev-completes-claude
                agent: dev-agent
                system: anthropic
                actions: [complete]
                tools: [claude-sonnet-4*]

            """ + yaml[grantsAt..];
    }
}
