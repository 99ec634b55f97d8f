using Custos.Core.Pipeline;
using ModelContextProtocol.Protocol;

namespace Custos.Mcp.Tests;

/// <summary>
/// Upstream MCP servers Custos reaches over HTTP: a Streamable HTTP server of the tests' own (which echoes the
/// Authorization header it got, so the injected credential can be checked) and the npm everything server over
/// the legacy SSE transport.
/// </summary>
public sealed class HttpUpstreamTests : IAsyncLifetime
{
    private const string AuthorizationVariable = "CUSTOS_MCP_TEST_HOSTILE_AUTHORIZATION";

    private readonly string authorization = "Bearer upstream-" + Guid.NewGuid().ToString("N");
    private NodeProcess hostile = null!;
    private NodeProcess legacy = null!;
    private GatewayServer server = null!;

    public async ValueTask InitializeAsync()
    {
        Environment.SetEnvironmentVariable(AuthorizationVariable, authorization);
        hostile = await NodeProcess.StartAsync([Path.Combine(McpPeers.Folder, "hostile-server.mjs"), "0"]);
        legacy = await NodeProcess.StartAsync([McpPeers.Server("server-everything"), "sse"], new Dictionary<string, string> { ["PORT"] = NodeProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture) });
        server = await GatewayServer.StartAsync(dir => $"""
            version: 1
            data_dir: .custos
            agents:
              - name: dev-agent
                owner: platform@example.com
                purpose: Tries HTTP upstreams.
                gdpr:
                  lawful_basis: legitimate_interests
                  processing_purpose: Software development.
            systems:
              - name: hostile
                kind: mcp
                url: http://127.0.0.1:{hostile.Port}/mcp
                credentials:
                  Authorization: secret://env/{AuthorizationVariable}
              - name: legacy
                kind: mcp
                url: http://127.0.0.1:{legacy.Port}/sse
            grants:
              - id: dev-hostile
                agent: dev-agent
                system: hostile
                actions: [call]
                tools: [whoami, shifty]
              - id: dev-legacy
                agent: dev-agent
                system: legacy
                actions: [call]
                tools: [echo]
            """);
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        await hostile.DisposeAsync();
        await legacy.DisposeAsync();
    }

    private static string TextOf(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(b => b.Text));

    [Fact]
    public async Task Streamable_http_upstream_gets_its_credential_as_a_header()
    {
        await using var client = await server.ConnectAsAsync("dev-agent");
        var result = await client.CallToolAsync("hostile.whoami", cancellationToken: TestContext.Current.CancellationToken);
        var text = TextOf(result);

        // What arrived is proved by its hash; the value itself is a secret, which screen-out redacts on the way back.
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(authorization)));
        Assert.EndsWith(" sha256=" + sha, text, StringComparison.Ordinal);
        Assert.DoesNotContain(authorization, text, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Logs, line => line.Contains(authorization, StringComparison.Ordinal));
        var record = await server.RecordOfAsync("hostile.whoami");
        Assert.Equal(ActionOutcome.Success, record.Outcome);
    }

    [Fact]
    public async Task Each_call_to_an_http_upstream_carries_the_credential_resolved_for_it()
    {
        await using var client = await server.ConnectAsAsync("dev-agent");
        static string Sha(string value) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(value)));
        Assert.EndsWith(" sha256=" + Sha(authorization), TextOf(await client.CallToolAsync("hostile.whoami", cancellationToken: TestContext.Current.CancellationToken)), StringComparison.Ordinal);

        // The secret changes (a rotation): the next call carries the new value over the same upstream connection,
        // where a credential fixed at connect time would still send the old one.
        var rotated = "Bearer rotated-" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(AuthorizationVariable, rotated);
        server.Workspace.Secrets.Invalidate(new Core.Configuration.SecretReference("env", AuthorizationVariable, null));
        var text = TextOf(await client.CallToolAsync("hostile.whoami", cancellationToken: TestContext.Current.CancellationToken));
        Assert.EndsWith(" sha256=" + Sha(rotated), text, StringComparison.Ordinal);
        Assert.DoesNotContain(rotated, text, StringComparison.Ordinal);
        var pool = (Gateway.Mcp.Upstreams.UpstreamPool)server.Services.GetService(typeof(Gateway.Mcp.Upstreams.UpstreamPool))!;
        Assert.Equal(1, pool.Find(server.Workspace.Config, "hostile")!.Connections);
    }

    [Fact]
    public async Task Legacy_sse_upstream_works_and_lists_only_granted_tools()
    {
        await using var client = await server.ConnectAsAsync("dev-agent");
        var names = (await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken)).Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["hostile.shifty", "hostile.whoami", "legacy.echo"], names);
        var echoed = await client.CallToolAsync("legacy.echo", new Dictionary<string, object?> { ["message"] = "over sse" }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains("over sse", TextOf(echoed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_upstream_is_a_clear_tool_error_and_is_recorded()
    {
        await hostile.DisposeAsync();
        await using var client = await server.ConnectAsAsync("dev-agent");
        var result = await client.CallToolAsync("hostile.whoami", cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.IsError);
        Assert.Contains("Custos could not complete hostile.whoami at the forward stage", TextOf(result), StringComparison.Ordinal);
        var record = await server.RecordOfAsync("hostile.whoami");
        Assert.Equal(ActionOutcome.Failure, record.Outcome);
        Assert.Equal(StageName.Forward, record.StoppedAt);

        // The other upstream is unaffected.
        var echoed = await client.CallToolAsync("legacy.echo", new Dictionary<string, object?> { ["message"] = "still up" }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains("still up", TextOf(echoed), StringComparison.Ordinal);
    }
}
