using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Custos.Core.Agents;
using Custos.Core.Pipeline;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Custos.Mcp.Tests;

/// <summary>
/// The MCP gateway end to end: the official C# SDK client talks to a real Custos over Streamable HTTP, and
/// Custos talks to real MCP servers from npm over stdio.
/// </summary>
public sealed class ToolCallTests : IAsyncLifetime
{
    private GatewayServer server = null!;

    public async ValueTask InitializeAsync()
    {
        Environment.SetEnvironmentVariable(GatewayServer.SecretVariable, "test-token-" + Guid.NewGuid().ToString("N"));
        server = await GatewayServer.StartAsync();
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private static string TextOf(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(b => b.Text));

    [Fact]
    public async Task Allowed_call_reaches_the_upstream_and_is_recorded()
    {
        await using var client = await server.ConnectAsAsync("dev-agent");
        var result = await client.CallToolAsync("files.read_text_file", new Dictionary<string, object?> { ["path"] = Path.Combine(server.Shared, "hello.txt") }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEqual(true, result.IsError);
        Assert.Contains("hello from the share", TextOf(result), StringComparison.Ordinal);
        var record = await server.RecordOfAsync("files.read_text_file");
        Assert.Equal(ActionChannel.Mcp, record.Channel);
        Assert.Equal("dev-agent", record.Principal);
        Assert.Equal("call", record.Action);
        Assert.Equal(ActionOutcome.Success, record.Outcome);
        Assert.Equal(Effect.Allow, record.Effect);
        Assert.Contains("dev-reads-share", record.Policies);
        Assert.NotNull(record.ContextSha256);
    }

    [Fact]
    public async Task Denied_call_is_a_tool_error_naming_the_stage_and_is_recorded_and_never_reaches_the_upstream()
    {
        await using var client = await server.ConnectAsAsync("dev-agent");
        var target = Path.Combine(server.Shared, "planted.txt");
        var result = await client.CallToolAsync("files.write_file", new Dictionary<string, object?> { ["path"] = target, ["content"] = "x" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.IsError);
        var text = TextOf(result);
        Assert.Contains("Custos denied files.write_file at the authorize stage", text, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
        var record = await server.RecordOfAsync("files.write_file");
        Assert.Equal(ActionOutcome.Denied, record.Outcome);
        Assert.Equal(StageName.Authorize, record.StoppedAt);
        Assert.Contains(record.Id.ToString(), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tools_list_shows_each_agent_only_the_tools_policy_lets_it_call()
    {
        await using var dev = await server.ConnectAsAsync("dev-agent");
        var devTools = (await dev.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken)).Select(t => t.Name).ToHashSet();
        Assert.Equal(
            ["everything.echo", "everything.get-env", "everything.trigger-long-running-operation", "files.list_allowed_directories", "files.list_directory", "files.read_text_file"],
            devTools.Order(StringComparer.Ordinal));

        await using var support = await server.ConnectAsAsync("support-agent");
        var supportTools = (await support.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken)).Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["memory.create_entities", "memory.read_graph", "memory.search_nodes"], supportTools);
    }

    [Fact]
    public async Task Listed_tools_keep_the_upstream_description_and_input_schema()
    {
        await using var dev = await server.ConnectAsAsync("dev-agent");
        var echo = (await dev.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken)).Single(t => t.Name == "everything.echo");
        Assert.False(string.IsNullOrEmpty(echo.Description));
        Assert.True(echo.ProtocolTool.InputSchema.GetProperty("properties").TryGetProperty("message", out _));
    }

    [Fact]
    public async Task Memory_server_remembers_for_the_support_agent()
    {
        await using var client = await server.ConnectAsAsync("support-agent");
        var ct = TestContext.Current.CancellationToken;
        var created = await client.CallToolAsync("memory.create_entities", new Dictionary<string, object?>
        {
            ["entities"] = new[] { new Dictionary<string, object?> { ["name"] = "Ada Example", ["entityType"] = "customer", ["observations"] = new[] { "prefers e-mail" } } },
        }, cancellationToken: ct);
        Assert.NotEqual(true, created.IsError);

        var found = await client.CallToolAsync("memory.search_nodes", new Dictionary<string, object?> { ["query"] = "Ada" }, cancellationToken: ct);
        Assert.Contains("prefers e-mail", TextOf(found), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stdio_server_gets_its_own_env_and_nothing_else_of_the_custos_environment()
    {
        Environment.SetEnvironmentVariable("CUSTOS_MCP_TEST_UNRELATED", "must-not-pass");
        // The same server without a credential, so its environment dump can come back to the agent.
        var credential = $"    credentials:\n      EVERYTHING_TOKEN: secret://env/{GatewayServer.SecretVariable}\n";
        await using var plain = await GatewayServer.StartAsync(dir =>
        {
            var yaml = GatewayServer.Yaml(dir);
            Assert.Contains(credential, yaml, StringComparison.Ordinal);
            return yaml.Replace(credential, string.Empty, StringComparison.Ordinal);
        });
        await using var client = await plain.ConnectAsAsync("dev-agent");
        var result = await client.CallToolAsync("everything.get-env", cancellationToken: TestContext.Current.CancellationToken);
        var text = TextOf(result);
        Assert.NotEqual(true, result.IsError);
        Assert.Contains("plain-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("must-not-pass", text, StringComparison.Ordinal);
        Assert.DoesNotContain("EVERYTHING_TOKEN", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stdio_server_gets_its_credential_and_a_result_quoting_it_is_withheld_and_raises_a_leak_alert()
    {
        Environment.SetEnvironmentVariable("CUSTOS_MCP_TEST_UNRELATED", "must-not-pass");
        await using var client = await server.ConnectAsAsync("dev-agent");
        var result = await client.CallToolAsync("everything.get-env", cancellationToken: TestContext.Current.CancellationToken);
        var text = TextOf(result);

        // The server got the credential in its environment and dumped it: the value is one Custos holds, so the
        // result never reaches the agent, and an alert with an incident says which secret to rotate.
        var value = Environment.GetEnvironmentVariable(GatewayServer.SecretVariable)!;
        Assert.True(result.IsError);
        Assert.Contains("holds a secret Custos keeps", text, StringComparison.Ordinal);
        Assert.DoesNotContain(value, text, StringComparison.Ordinal);
        Assert.DoesNotContain("must-not-pass", text, StringComparison.Ordinal);
        var records = await server.RecordsAsync();
        var record = await server.RecordOfAsync("everything.get-env");
        Assert.Equal(Core.Pipeline.StageName.ScreenOut, record.StoppedAt);
        Assert.Contains(record.Findings!, f => f.Type == Core.Screening.Screener.KnownSecret && f.Subtype == $"secret://env/{GatewayServer.SecretVariable}");
        Assert.Contains(records, r => r.Action == "alert" && r.Resource == $"secret.leak:secret://env/{GatewayServer.SecretVariable}");
        Assert.Contains(records, r => r.Action == "incident.open");

        // The credential's value never reaches Custos's own log.
        Assert.DoesNotContain(server.Logs, line => line.Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_token_is_refused_with_401_and_recorded()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint)
        {
            Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "cst_not_a_real_token");
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains("not a Custos token", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var record = await server.RecordOfAsync("custos.mcp");
        Assert.Equal(StageName.Authenticate, record.StoppedAt);
        Assert.Equal(ActionChannel.Mcp, record.Channel);

        // The SDK client fails to connect, with the status in its error.
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => server.ConnectAsync("cst_not_a_real_token", cancellationToken: TestContext.Current.CancellationToken));
        Assert.Contains("401", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_rpc_gets_a_clear_error_and_the_gateway_keeps_serving()
    {
        var token = await server.IssueAsync("dev-agent");
        using var http = new HttpClient();
        foreach (var body in new[] { "{not json", "[]", """{"jsonrpc":"2.0","id":1}""", "\"\"", """{"jsonrpc":"2.0","id":null,"method":"tools/list"}""" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Accept.ParseAdd("application/json, text/event-stream");
            using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("JSON-RPC", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        await using var client = await server.ConnectAsync(token, cancellationToken: TestContext.Current.CancellationToken);
        var echoed = await client.CallToolAsync("everything.echo", new Dictionary<string, object?> { ["message"] = "still here" }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains("still here", TextOf(echoed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_of_a_long_running_call_reaches_the_client()
    {
        // Regression: the last progress notification was sometimes lost. The SDK dispatches each incoming message
        // on its own task, so the upstream's answer could finish the call before the handler of its last progress
        // ran, and the per-call handler was gone by then. Custos now routes progress as the transport reads it.
        // The client here listens on its session, not per call: the same SDK race exists in any client that takes
        // progress through CallToolAsync's IProgress, and that is the client's to fix, not Custos's.
        await using var client = await server.ConnectAsAsync("dev-agent");
        var updates = new List<float>();
        var token = Guid.NewGuid().ToString("N");
        await using var handler = client.RegisterNotificationHandler(NotificationMethods.ProgressNotification, (notification, _) =>
        {
            var value = notification.Params.Deserialize<ProgressNotificationParams>(McpJsonUtilities.DefaultOptions)!;
            if (value.ProgressToken.ToString() == token)
            {
                lock (updates)
                {
                    updates.Add(value.Progress.Progress);
                }
            }

            return ValueTask.CompletedTask;
        });
        var request = new CallToolRequestParams
        {
            Name = "everything.trigger-long-running-operation",
            Arguments = new Dictionary<string, JsonElement> { ["duration"] = JsonSerializer.SerializeToElement(1), ["steps"] = JsonSerializer.SerializeToElement(3) },
            Meta = new JsonObject { ["progressToken"] = token },
        };
        var result = await client.CallToolAsync(request, TestContext.Current.CancellationToken);

        Assert.NotEqual(true, result.IsError);
        Assert.Contains("Long running operation completed", TextOf(result), StringComparison.Ordinal);

        // Custos sends all three before the answer; the client SDK may hand the last one over just after it returns.
        for (var waited = 0; waited < 40 && Count(updates) < 3; waited++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        lock (updates)
        {
            Assert.Equal([1f, 2f, 3f], updates);
        }
    }

    private static int Count(List<float> updates)
    {
        lock (updates)
        {
            return updates.Count;
        }
    }

    [Fact]
    public Task Halting_the_agent_cancels_its_in_flight_call_within_a_second() => HaltCancelsInFlightCallAsync(null);

    [Fact]
    public Task Halting_the_agent_cancels_its_in_flight_call_within_a_second_in_a_2025_session() => HaltCancelsInFlightCallAsync("2025-11-25");

    private async Task HaltCancelsInFlightCallAsync(string? protocolVersion)
    {
        await using var client = await server.ConnectAsync(await server.IssueAsync("dev-agent"), protocolVersion, TestContext.Current.CancellationToken);
        var started = new TaskCompletionSource();
        var progress = new SynchronousProgress(_ => started.TrySetResult());
        var call = client.CallToolAsync("everything.trigger-long-running-operation", new Dictionary<string, object?> { ["duration"] = 60, ["steps"] = 120 }, progress, cancellationToken: TestContext.Current.CancellationToken).AsTask();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        var agent = server.Workspace.Config.FindAgent("dev-agent")!;
        var clock = Stopwatch.StartNew();
        await server.Workspace.Control.ChangeAsync(agent, AgentStatus.Halted, "test", "test-operator", ActionChannel.Cli, TestContext.Current.CancellationToken);
        var result = await call.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        var elapsed = clock.Elapsed;

        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"the call ended {elapsed.TotalMilliseconds:N0} ms after the halt");
        Assert.True(result.IsError);
        Assert.Contains("halted", TextOf(result), StringComparison.Ordinal);
        var record = await server.RecordOfAsync("everything.trigger-long-running-operation");
        Assert.Equal(ActionOutcome.Failure, record.Outcome);

        // The halted agent's next request is refused before it reaches any tool.
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken).AsTask());
        Assert.NotNull(refused);
    }

    [Fact]
    public async Task A_halt_stored_by_another_process_reaches_in_flight_calls_within_a_second()
    {
        await using var client = await server.ConnectAsAsync("dev-agent");
        var started = new TaskCompletionSource();
        var progress = new SynchronousProgress(_ => started.TrySetResult());
        var call = client.CallToolAsync("everything.trigger-long-running-operation", new Dictionary<string, object?> { ["duration"] = 60, ["steps"] = 120 }, progress, cancellationToken: TestContext.Current.CancellationToken).AsTask();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        // As 'custos agent halt' does from its own process: the state is written to the store, no event here.
        var clock = Stopwatch.StartNew();
        await server.Workspace.Store.SetAsync(new AgentState("dev-agent", AgentStatus.Halted, "cli", DateTimeOffset.UtcNow, "test-operator"), TestContext.Current.CancellationToken);
        var result = await call.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"the call ended {clock.Elapsed.TotalMilliseconds:N0} ms after the halt");
        Assert.True(result.IsError);
        Assert.Contains("halted", TextOf(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_cancellation_cancels_the_upstream_call_and_is_recorded()
    {
        await using var client = await server.ConnectAsAsync("dev-agent");
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var started = new TaskCompletionSource();
        var progress = new SynchronousProgress(_ => started.TrySetResult());
        var call = client.CallToolAsync("everything.trigger-long-running-operation", new Dictionary<string, object?> { ["duration"] = 60, ["steps"] = 120 }, progress, cancellationToken: cancel.Token).AsTask();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var records = await server.RecordsAsync();
            if (records.FirstOrDefault(r => r.Resource == "everything.trigger-long-running-operation") is { } record)
            {
                Assert.Equal(ActionOutcome.Failure, record.Outcome);
                Assert.Contains(record.Reasons, r => r.Contains("cancelled", StringComparison.Ordinal));
                break;
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(5), "the cancelled call was not recorded");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Unknown_system_and_malformed_tool_names_are_refused_and_recorded()
    {
        await using var client = await server.ConnectAsAsync("dev-agent");
        var unknown = await client.CallToolAsync("nowhere.tool", cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(unknown.IsError);
        var bad = await client.CallToolAsync("files.read text file", cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(bad.IsError);
        Assert.Contains("resource may hold only", TextOf(bad), StringComparison.Ordinal);
        var records = await server.RecordsAsync();
        Assert.Contains(records, r => r.Resource == "nowhere.tool" && r.Outcome == ActionOutcome.Denied);
        Assert.Contains(records, r => r.Resource == "files.read text file" && r.Outcome == ActionOutcome.Denied);
    }

    private sealed class SynchronousProgress(Action<ProgressNotificationValue> report) : IProgress<ProgressNotificationValue>
    {
        public void Report(ProgressNotificationValue value) => report(value);
    }
}
