using System.Diagnostics;
using System.Globalization;
using Custos.Core.Agents;
using Custos.Core.Pipeline;
using ModelContextProtocol.Protocol;

namespace Custos.Mcp.Tests;

/// <summary>Upstream stdio servers are restarted after a crash and stopped with the host; halts close sessions.</summary>
public sealed class UpstreamLifecycleTests : IAsyncLifetime
{
    private GatewayServer server = null!;

    public async ValueTask InitializeAsync()
    {
        Environment.SetEnvironmentVariable(GatewayServer.SecretVariable, "test-token-" + Guid.NewGuid().ToString("N"));
        server = await GatewayServer.StartAsync();
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private static string TextOf(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(b => b.Text));

    /// <summary>The node processes this test's Custos started (children of this process) for <paramref name="package"/>.</summary>
    private List<int> ChildrenRunning(string package)
    {
        // Other test classes run their own servers in this process at the same time: match this workspace's.
        var marker = "CUSTOS_MCP_TEST_WORKSPACE=" + server.Directory + "\0";
        var self = Environment.ProcessId;
        var script = McpPeers.Server(package);
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                var state = fields[0];
                if (parent == self && state != "Z" && File.ReadAllText(Path.Combine(dir, "cmdline")).Contains(script, StringComparison.Ordinal)
                    && File.ReadAllText(Path.Combine(dir, "environ")).Contains(marker, StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

        return found;
    }

    [Fact]
    public async Task A_crashed_stdio_server_is_started_again_on_next_use()
    {
        await using var client = await server.ConnectAsAsync("dev-agent");
        var ct = TestContext.Current.CancellationToken;
        var first = await client.CallToolAsync("everything.echo", new Dictionary<string, object?> { ["message"] = "before" }, cancellationToken: ct);
        Assert.Contains("before", TextOf(first), StringComparison.Ordinal);

        var pids = ChildrenRunning("server-everything");
        var pid = Assert.Single(pids);
        using (var crashed = Process.GetProcessById(pid))
        {
            crashed.Kill();
            await crashed.WaitForExitAsync(ct);
        }

        var deadline = Stopwatch.StartNew();
        CallToolResult after;
        do
        {
            // A call that raced the crash is a clear, recorded failure; the server comes back on the next use.
            after = await client.CallToolAsync("everything.echo", new Dictionary<string, object?> { ["message"] = "after" }, cancellationToken: ct);
            if (after.IsError == true)
            {
                Assert.Contains("everything", TextOf(after), StringComparison.Ordinal);
                await Task.Delay(100, ct);
            }
        }
        while (after.IsError == true && deadline.Elapsed < TimeSpan.FromSeconds(10));

        Assert.Contains("after", TextOf(after), StringComparison.Ordinal);
        Assert.NotEqual(pid, Assert.Single(ChildrenRunning("server-everything")));
    }

    [Fact]
    public async Task Stopping_the_host_stops_the_stdio_servers_it_started()
    {
        await using var client = await server.ConnectAsAsync("dev-agent");
        await client.CallToolAsync("everything.echo", new Dictionary<string, object?> { ["message"] = "x" }, cancellationToken: TestContext.Current.CancellationToken);
        using var process = Process.GetProcessById(Assert.Single(ChildrenRunning("server-everything")));
        await server.DisposeAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(5)), "the upstream kept running after the host stopped");
    }

    [Fact]
    public async Task A_halted_agent_s_session_is_closed_and_cannot_be_resumed()
    {
        var token = await server.IssueAsync("dev-agent");
        await using var client = await server.ConnectAsync(token, "2025-11-25", TestContext.Current.CancellationToken);
        await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var session = client.SessionId;
        Assert.False(string.IsNullOrEmpty(session));

        var agent = server.Workspace.Config.FindAgent("dev-agent")!;
        await server.Workspace.Control.ChangeAsync(agent, AgentStatus.Halted, "test", "test-operator", ActionChannel.Cli, TestContext.Current.CancellationToken);
        await server.Workspace.Control.ChangeAsync(agent, AgentStatus.Active, "test", "test-operator", ActionChannel.Cli, TestContext.Current.CancellationToken);

        // After the resume, the old session stays closed; a new one works.
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint)
        {
            Content = new StringContent("""{"jsonrpc":"2.0","id":7,"method":"tools/list"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");
        request.Headers.Add("Mcp-Session-Id", session);
        request.Headers.Add("MCP-Protocol-Version", client.NegotiatedProtocolVersion);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);

        await using var fresh = await server.ConnectAsync(token, "2025-11-25", TestContext.Current.CancellationToken);
        Assert.NotEqual(session, fresh.SessionId);
        Assert.NotEmpty(await fresh.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken));
    }
}
