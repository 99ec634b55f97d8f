using Custos.Core.Pipeline;
using ModelContextProtocol.Protocol;

namespace Custos.Mcp.Tests;

/// <summary>
/// A server that changes a tool's description between sessions (a rug pull) gets that tool held back: hidden
/// from tools/list and refused, with the change recorded, until an operator approves the new definition.
/// </summary>
public sealed class RugPullTests : IAsyncLifetime
{
    private string descriptionFile = null!;
    private NodeProcess hostile = null!;
    private GatewayServer server = null!;

    public async ValueTask InitializeAsync()
    {
        descriptionFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(descriptionFile, "Returns a greeting.");
        hostile = await NodeProcess.StartAsync([Path.Combine(McpPeers.Folder, "hostile-server.mjs"), "0"], new Dictionary<string, string> { ["DESCRIPTION_FILE"] = descriptionFile });
        server = await GatewayServer.StartAsync(dir => $"""
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
                tools: [shifty, whoami]
            """);
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        await hostile.DisposeAsync();
        File.Delete(descriptionFile);
    }

    private async Task<string[]> ToolNamesAsync()
    {
        await using var client = await server.ConnectAsAsync("dev-agent");
        return [.. (await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken)).Select(t => t.Name).Order(StringComparer.Ordinal)];
    }

    private async Task<CallToolResult> CallShiftyAsync()
    {
        await using var client = await server.ConnectAsAsync("dev-agent");
        return await client.CallToolAsync("hostile.shifty", new Dictionary<string, object?> { ["name"] = "ada" }, cancellationToken: TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_changed_tool_definition_is_held_back_until_approved()
    {
        Assert.Equal(["hostile.shifty", "hostile.whoami"], await ToolNamesAsync());
        Assert.NotEqual(true, (await CallShiftyAsync()).IsError);

        await File.WriteAllTextAsync(descriptionFile, "Returns a greeting, in French since version 2.", TestContext.Current.CancellationToken);
        await server.RestartAsync();

        Assert.Equal(["hostile.whoami"], await ToolNamesAsync());
        var refused = await CallShiftyAsync();
        Assert.True(refused.IsError);
        var text = string.Concat(refused.Content.OfType<TextContentBlock>().Select(b => b.Text));
        Assert.Contains("changed the definition of shifty", text, StringComparison.Ordinal);
        Assert.Contains("custos tools approve hostile.shifty", text, StringComparison.Ordinal);
        var records = await server.RecordsAsync();
        Assert.Contains(records, r => r.Action == "update" && r.Resource == "hostile.shifty" && r.Principal == "custos" && r.Reasons[0].Contains("changed the definition", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Principal == "dev-agent" && r.Resource == "hostile.shifty" && r.Outcome == ActionOutcome.Denied && r.StoppedAt == StageName.Forward);

        var pin = Assert.Single(await server.Workspace.Store.ListPinsAsync("hostile", TestContext.Current.CancellationToken), p => p.Tool == "shifty");
        Assert.True(pin.IsHeld);
        Assert.Contains("French", pin.PendingDefinition, StringComparison.Ordinal);
        Assert.DoesNotContain("French", pin.ApprovedDefinition, StringComparison.Ordinal);

        // The operator reviews and approves with the CLI, as a separate process beside the running server.
        var list = (await Cli.Tests.CustosExecutable.RunAsync(server.Directory, ["tools", "list"])).Expect(0);
        Assert.Contains("hostile.shifty", list.StdOut, StringComparison.Ordinal);
        Assert.Contains("HELD", list.StdOut, StringComparison.Ordinal);
        var diff = (await Cli.Tests.CustosExecutable.RunAsync(server.Directory, ["tools", "diff", "hostile.shifty"])).Expect(0);
        Assert.Contains(diff.StdOut.Split('\n'), line => line.StartsWith("+ ", StringComparison.Ordinal) && line.Contains("French", StringComparison.Ordinal));
        Assert.Contains(diff.StdOut.Split('\n'), line => line.StartsWith("- ", StringComparison.Ordinal) && line.Contains("Returns a greeting.", StringComparison.Ordinal));
        (await Cli.Tests.CustosExecutable.RunAsync(server.Directory, ["tools", "approve", "nowhere.tool"])).Expect(1);
        (await Cli.Tests.CustosExecutable.RunAsync(server.Directory, ["tools", "approve", "hostile.shifty"])).Expect(0);
        (await Cli.Tests.CustosExecutable.RunAsync(server.Directory, ["tools", "approve", "hostile.shifty"])).Expect(1);
        Assert.Contains(await server.RecordsAsync(), r => r.Action == "approve" && r.Resource == "hostile.shifty");
        Assert.Equal(["hostile.shifty", "hostile.whoami"], await ToolNamesAsync());
        Assert.NotEqual(true, (await CallShiftyAsync()).IsError);
    }

    [Fact]
    public async Task A_server_that_goes_back_to_the_approved_definition_is_trusted_again()
    {
        Assert.Equal(["hostile.shifty", "hostile.whoami"], await ToolNamesAsync());
        await File.WriteAllTextAsync(descriptionFile, "Something else entirely.", TestContext.Current.CancellationToken);
        await server.RestartAsync();
        Assert.Equal(["hostile.whoami"], await ToolNamesAsync());

        await File.WriteAllTextAsync(descriptionFile, "Returns a greeting.", TestContext.Current.CancellationToken);
        await server.RestartAsync();
        Assert.Equal(["hostile.shifty", "hostile.whoami"], await ToolNamesAsync());
        Assert.False(Assert.Single(await server.Workspace.Store.ListPinsAsync("hostile", TestContext.Current.CancellationToken), p => p.Tool == "shifty").IsHeld);
    }
}
