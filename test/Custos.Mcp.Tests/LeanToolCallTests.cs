using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Custos.Core.Agents;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Gateway.Mcp;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;

namespace Custos.Mcp.Tests;

/// <summary>
/// The lean path for stateless <c>tools/call</c> (<see cref="McpLeanToolCall"/>) against the SDK's own path: the
/// same request is sent with the lean path on and off, and the answers (status, headers, body) and the records
/// they left must be the same, modulo action ids and dates. Requests the lean path does not take must reach the
/// SDK whole (their body put back).
/// </summary>
public sealed partial class LeanToolCallTests : IAsyncLifetime
{
    private const string Version = McpLeanToolCall.ProtocolVersion;
    private const string Meta = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{},\"io.modelcontextprotocol/clientInfo\":{\"name\":\"lean-test\",\"version\":\"1.0\"}}";

    private GatewayServer server = null!;
    private HttpClient http = null!;
    private string token = null!;

    public async ValueTask InitializeAsync()
    {
        Environment.SetEnvironmentVariable(GatewayServer.SecretVariable, "test-token-" + Guid.NewGuid().ToString("N"));
        server = await GatewayServer.StartAsync();
        http = new HttpClient();
        token = await server.IssueAsync("dev-agent");
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    private McpLeanToolCall Lean => server.Services.GetRequiredService<McpLeanToolCall>();

    public static TheoryData<string, string> Served => new()
    {
        { "allowed", Call("everything.echo", """{"message":"hi from the lean path"}""") },
        { "string id", Call("everything.echo", """{"message":"hi"}""", id: "\"req-7\"") },
        { "large id", Call("everything.echo", """{"message":"hi"}""", id: "9007199254740993") },
        { "escaped and non-ASCII arguments", Call("everything.echo", """{ "message" : "caf\u00e9 \"quoted\" \n line, 日本語, emoji 😀" }""") },
        { "no arguments", Call("everything.echo", null) },
        { "denied by Cedar", Call("everything.get-tiny-image", "{}") },
        { "not a tool name", Call("nope", "{}") },
        { "unknown system", Call("nowhere.tool", "{}") },
        { "unknown tool on a known system", Call("everything.no-such-tool", "{}") },
        { "upstream error (arguments the tool rejects)", Call("everything.echo", """{"message":42}""") },
        { "screen-out (the upstream's answer carries a secret)", Call("everything.echo", """{"message":"ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef012345"}""") },
        { "the credential is never shown", Call("everything.get-env", "{}") },
        { "screen-in block (a secret in the arguments)", Call("everything.echo", """{"message":"key AKIAIOSFODNN7EXAMPLE secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}""") },
        { "members in another order", """{"params":{""" + Meta + ""","arguments":{"message":"x"},"name":"everything.echo"},"id":3,"method":"tools/call","jsonrpc":"2.0"}""" },
    };

    public static TheoryData<string, string> FallThrough => new()
    {
        { "progress token", Call("everything.echo", """{"message":"p"}""", meta: "\"_meta\":{\"progressToken\":\"t1\",\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{}}") },
        { "no _meta", Call("everything.echo", """{"message":"m"}""", meta: "\"other\":1") },
        { "_meta without capabilities", Call("everything.echo", """{"message":"m"}""", meta: "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"}") },
        { "_meta with another version", Call("everything.echo", """{"message":"m"}""", meta: "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2025-11-25\",\"io.modelcontextprotocol/clientCapabilities\":{}}") },
        { "capabilities that do not parse", Call("everything.echo", """{"message":"m"}""", meta: "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{\"sampling\":5}}") },
        { "duplicate name", """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"everything.echo","name":"everything.echo","arguments":{"message":"d"},""" + Meta + "}}" },
        { "duplicate argument", Call("everything.echo", """{"message":"a","message":"b"}""") },
        { "duplicate argument, one name escaped", Call("everything.echo", """{"message":"a","mess\u0061ge":"b"}""") },
        { "duplicate member of _meta, one name escaped", Call("everything.echo", """{"message":"m"}""", meta: "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{},\"io.modelcontextprotocol/protocolVersio\\u006e\":\"2026-07-28\"}") },
        { "unknown member", """{"jsonrpc":"2.0","id":1,"method":"tools/call","extra":true,"params":{"name":"everything.echo",""" + Meta + "}}" },
        { "fractional id", Call("everything.echo", """{"message":"f"}""", id: "1.5") },
        { "no id (a notification)", """{"jsonrpc":"2.0","method":"tools/call","params":{"name":"everything.echo",""" + Meta + "}}" },
        { "another method", """{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{""" + Meta + "}}" },
        { "a batch", "[" + Call("everything.echo", """{"message":"b"}""") + "]" },
        { "not JSON", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":" },
        { "empty body", string.Empty },
        { "comments", "/* c */" + Call("everything.echo", """{"message":"c"}""") },
        { "byte-order mark", "\uFEFF" + Call("everything.echo", """{"message":"bom"}""") },
        { "arguments not an object", Call("everything.echo", "[1,2]") },
        { "oversized", Call("everything.echo", "{\"message\":\"" + new string('x', McpLeanToolCall.MaxBodyBytes + 10) + "\"}") },
        { "deeply nested", Call("everything.echo", "{\"message\":\"n\",\"deep\":" + new string('[', 70) + new string(']', 70) + "}") },
    };

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(Served))]
    public async Task The_lean_path_answers_and_records_as_the_sdk_does(string why, string body)
    {
        var (lean, sdk) = await BothAsync(body, Headers(body), TestContext.Current.CancellationToken);
        Assert.True(lean.Served, $"{why}: the lean path did not serve it");
        Assert.False(sdk.Served);
        Assert.Equal(sdk.Text, lean.Text);
        Assert.Equal(sdk.Record, lean.Record);
        Assert.NotNull(lean.Record);
    }

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(FallThrough))]
    public async Task Requests_the_lean_path_does_not_take_reach_the_sdk_whole(string why, string body)
    {
        var (lean, sdk) = await BothAsync(body, Headers(body), TestContext.Current.CancellationToken);
        Assert.False(lean.Served, $"{why}: the lean path served it");
        Assert.True(sdk.Text == lean.Text, $"lean:\n{lean.Text}\n\nsdk:\n{sdk.Text}");
        Assert.Equal(sdk.Record, lean.Record);
    }

    public static TheoryData<string, string, string?> HeaderCases => new()
    {
        { "no Mcp-Method", "Mcp-Method", null },
        { "another Mcp-Method", "Mcp-Method", "tools/list" },
        { "no Mcp-Name", "Mcp-Name", null },
        { "Mcp-Name of another tool", "Mcp-Name", "everything.get-env" },
        { "Mcp-Name base64 of the tool", "Mcp-Name", "=?base64?" + Convert.ToBase64String(Encoding.UTF8.GetBytes("everything.echo")) + "?=" },
        { "Mcp-Name bad base64", "Mcp-Name", "=?base64?!!!?=" },
        { "no protocol header", "MCP-Protocol-Version", null },
        { "older protocol header", "MCP-Protocol-Version", "2025-11-25" },
        { "unknown protocol header", "MCP-Protocol-Version", "2099-01-01" },
        { "Accept json only", "Accept", "application/json" },
        { "Accept anything", "Accept", "*/*" },
        { "text/plain body", "Content-Type", "text/plain" },
        { "latin-1 body", "Content-Type", "application/json; charset=iso-8859-1" },
        { "a session id", "Mcp-Session-Id", "abc" },
    };

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(HeaderCases))]
    public async Task Headers_the_sdk_checks_give_the_same_answer(string why, string header, string? value)
    {
        var body = Call("everything.echo", """{"message":"h"}""");
        var headers = Headers(body);
        headers.Remove(header);
        if (value is not null)
        {
            headers[header] = value;
        }

        var (lean, sdk) = await BothAsync(body, headers, TestContext.Current.CancellationToken);
        Assert.Equal(sdk.Text, lean.Text);
        Assert.Equal(sdk.Record, lean.Record);
        Assert.True(lean.Served == (why == "Mcp-Name base64 of the tool" || why == "Accept anything"), $"{why}: served {lean.Served}");
    }

    [Fact(Timeout = 300_000)]
    public async Task A_ledger_that_cannot_write_closes_the_call_alike_on_both_paths()
    {
        // Another connection holds the database's write lock past the store's busy timeout: the record fails.
        var file = System.IO.Directory.GetFiles(server.Directory, Custos.Storage.Sqlite.SqliteStore.FileName, SearchOption.AllDirectories).Single();
        await using var blocker = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file}");
        await blocker.OpenAsync(TestContext.Current.CancellationToken);
        await using (var begin = blocker.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var body = Call("everything.echo", """{"message":"not recorded, not released"}""");
        var lean = await SendAsync(body, Headers(body), leanPath: true, TestContext.Current.CancellationToken, records: false);
        var sdk = await SendAsync(body, Headers(body), leanPath: false, TestContext.Current.CancellationToken, records: false);
        await using (var rollback = blocker.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        Assert.True(lean.Served);
        Assert.Equal(sdk.Text, lean.Text);
        Assert.Contains("fail closed", lean.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Echo: not recorded", lean.Text, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_halted_agent_is_refused_before_either_path_and_nothing_reaches_the_tool()
    {
        var cancel = TestContext.Current.CancellationToken;
        var body = Call("everything.echo", """{"message":"from a halted agent"}""");
        var running = await SendAsync(body, Headers(body), leanPath: true, cancel);
        Assert.True(running.Served);
        Assert.Contains("from a halted agent", running.Text, StringComparison.Ordinal);

        await server.Workspace.Control.ChangeAsync(server.Workspace.Config.FindAgent("dev-agent")!, AgentStatus.Halted, "test", "test-operator", ActionChannel.Cli, cancel);
        var (lean, sdk) = await BothAsync(body, Headers(body), cancel);
        Assert.False(lean.Served);
        Assert.False(sdk.Served);
        Assert.Equal(sdk.Text, lean.Text);
        Assert.Equal(sdk.Record, lean.Record);
        Assert.DoesNotContain("from a halted agent", lean.Text, StringComparison.Ordinal);
        Assert.False(lean.Text.StartsWith("200", StringComparison.Ordinal), lean.Text);
    }

    [Fact(Timeout = 120_000)]
    public async Task Bad_tokens_are_refused_before_either_path()
    {
        var body = Call("everything.echo", """{"message":"x"}""");
        var headers = Headers(body);
        headers["Authorization"] = "Bearer cst_not-a-token";
        var (lean, sdk) = await BothAsync(body, headers, TestContext.Current.CancellationToken);
        Assert.Equal(sdk.Text, lean.Text);
        Assert.StartsWith("401", lean.Text, StringComparison.Ordinal);
        Assert.False(lean.Served);
    }

    [Fact(Timeout = 120_000)]
    public async Task The_official_client_on_the_stateless_protocol_takes_the_lean_path()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var client = await server.ConnectAsync(token, cancellationToken: cancel);
        Assert.True(Lean.WritesDirectly, "the lean path writes its answers through a tree: its direct writer no longer matches the SDK's serializer");
        var before = Lean.Served;
        var result = await client.CallToolAsync("everything.echo", new Dictionary<string, object?> { ["message"] = "through the official client" }, cancellationToken: cancel);
        Assert.True(result.IsError != true, (result.Content[0] as ModelContextProtocol.Protocol.TextContentBlock)?.Text);
        Assert.Contains("through the official client", Assert.IsType<ModelContextProtocol.Protocol.TextContentBlock>(result.Content[0]).Text, StringComparison.Ordinal);
        Assert.Equal(before + 1, Lean.Served);

        var denied = await client.CallToolAsync("everything.get-tiny-image", cancellationToken: cancel);
        Assert.True(denied.IsError);
        Assert.Equal(before + 2, Lean.Served);
        var record = await server.RecordOfAsync("everything.get-tiny-image");
        Assert.Equal(ActionOutcome.Denied, record.Outcome);
    }

    private async Task<(Answer Lean, Answer Sdk)> BothAsync(string body, Dictionary<string, string> headers, CancellationToken cancellationToken)
    {
        var lean = await SendAsync(body, headers, leanPath: true, cancellationToken);
        var sdk = await SendAsync(body, headers, leanPath: false, cancellationToken);
        return (lean, sdk);
    }

    private async Task<Answer> SendAsync(string body, Dictionary<string, string> headers, bool leanPath, CancellationToken cancellationToken, bool records = true)
    {
        Lean.Enabled = leanPath;
        try
        {
            var before = Lean.Served;
            var recordsBefore = records ? (await CallRecordsAsync()).Count : 0;
            using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint);
            var bytes = Encoding.UTF8.GetBytes(body);
            request.Content = new ByteArrayContent(bytes);
            foreach (var (name, value) in headers)
            {
                if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    request.Content.Headers.TryAddWithoutValidation(name, value);
                }
                else
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }
            }

            using var response = await http.SendAsync(request, cancellationToken);
            var text = new StringBuilder().Append((int)response.StatusCode).Append('\n');
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers).OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
            {
                if (!name.Equals("Date", StringComparison.OrdinalIgnoreCase))
                {
                    text.Append(name).Append(": ").AppendJoin(",", values).Append('\n');
                }
            }

            text.Append('\n').Append(await response.Content.ReadAsStringAsync(cancellationToken));
            var after = records ? await CallRecordsAsync() : [];
            var added = after.Count - recordsBefore;
            var record = added <= 0 ? null : string.Join(" | ", after.OrderBy(r => r.Id).TakeLast(added).Select(Describe));
            return new Answer(Normalize(text.ToString()), Lean.Served > before, record is null ? null : Normalize(record));
        }
        finally
        {
            Lean.Enabled = true;
        }
    }

    /// <summary>The records of tool calls (not events such as an upstream asking for roots when it starts, or the incident a leak opens the first time only).</summary>
    private async Task<List<ActionRecord>> CallRecordsAsync() => [.. (await server.RecordsAsync()).Where(r => !r.IsEvent && r.Action == McpToolGateway.CallAction)];

    private static string Describe(ActionRecord r) =>
        $"{r.Principal} {r.Action} {r.Resource} {r.Effect} {r.Outcome} {r.StoppedAt} [{string.Join(";", r.Policies)}] [{string.Join(";", r.Reasons)}] {r.ContextSha256} {r.Origin} [{string.Join(";", r.Findings?.Select(f => f.ToString()) ?? [])}] [{string.Join(";", r.Secrets ?? [])}]";

    private static string Normalize(string text) => TraceIds().Replace(Guids().Replace(text, "<guid>"), "\"traceId\":\"<trace>\"");

    private static string Call(string name, string? arguments, string id = "1", string meta = Meta) =>
        "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + name + "\"" + (arguments is null ? string.Empty : ",\"arguments\":" + arguments) + "," + meta + "}}";

    private Dictionary<string, string> Headers(string body)
    {
        var name = Regex.Matches(body, "\"name\":\"([^\"]*)\"").Select(m => m.Groups[1].Value).FirstOrDefault(n => n != "lean-test") ?? "everything.echo";
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Authorization"] = "Bearer " + token,
            ["Accept"] = "application/json, text/event-stream",
            ["Content-Type"] = "application/json; charset=utf-8",
            ["MCP-Protocol-Version"] = Version,
            ["Mcp-Method"] = "tools/call",
            ["Mcp-Name"] = name,
        };
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guids();

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceIds();

    private sealed record Answer(string Text, bool Served, string? Record);
}
