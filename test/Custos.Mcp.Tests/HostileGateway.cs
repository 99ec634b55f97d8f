using ModelContextProtocol.Protocol;

namespace Custos.Mcp.Tests;

/// <summary>
/// The hostile test server over HTTP, its tool <c>shifty</c> described by a file the test rewrites, behind a
/// real Custos whose dev agent may call <see cref="Tools"/>. A test changes the description and restarts Custos
/// to play a server that changes between sessions.
/// </summary>
internal sealed class HostileGateway : IAsyncDisposable
{
    private readonly string descriptionFile;
    private readonly NodeProcess hostile;

    private HostileGateway(string descriptionFile, NodeProcess hostile, GatewayServer server)
    {
        this.descriptionFile = descriptionFile;
        this.hostile = hostile;
        Server = server;
    }

    public GatewayServer Server { get; }

    public static async Task<HostileGateway> StartAsync(string description, params string[] tools)
    {
        var descriptionFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(descriptionFile, description);
        var hostile = await NodeProcess.StartAsync([Path.Combine(McpPeers.Folder, "hostile-server.mjs"), "0"], new Dictionary<string, string> { ["DESCRIPTION_FILE"] = descriptionFile });
        var server = await GatewayServer.StartAsync(dir => $"""
            version: 1
            data_dir: .custos
            agents:
              - name: dev-agent
                owner: platform@example.com
                purpose: Uses a server that cannot be trusted.
                gdpr:
                  lawful_basis: legitimate_interests
                  processing_purpose: Software development.
            systems:
              - name: hostile
                kind: mcp
                url: http://127.0.0.1:{hostile.Port}/mcp
            grants:
              - id: dev-hostile
                agent: dev-agent
                system: hostile
                actions: [call]
                tools: [{string.Join(", ", tools)}]
            """);
        return new HostileGateway(descriptionFile, hostile, server);
    }

    /// <summary>Gives <c>shifty</c> a new description, seen from the next time Custos connects (after <see cref="GatewayServer.RestartAsync"/>).</summary>
    public Task DescribeAsync(string description) => File.WriteAllTextAsync(descriptionFile, description, TestContext.Current.CancellationToken);

    /// <summary>The tools the dev agent sees, in order, from a new client.</summary>
    public async Task<string[]> ToolNamesAsync()
    {
        await using var client = await Server.ConnectAsAsync("dev-agent");
        return [.. (await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken)).Select(t => t.Name).Order(StringComparer.Ordinal)];
    }

    /// <summary>Calls <paramref name="tool"/> as the dev agent from a new client, with one argument.</summary>
    public async Task<CallToolResult> CallAsync(string tool, string argument, string value)
    {
        await using var client = await Server.ConnectAsAsync("dev-agent");
        return await client.CallToolAsync(tool, new Dictionary<string, object?> { [argument] = value }, cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await hostile.DisposeAsync();
        File.Delete(descriptionFile);
    }
}
