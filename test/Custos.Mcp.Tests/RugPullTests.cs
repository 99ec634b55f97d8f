using Custos.Core.Pipeline;
using ModelContextProtocol.Protocol;

namespace Custos.Mcp.Tests;

/// <summary>
/// A server that changes a tool's description between sessions (a rug pull) gets that tool held back: hidden
/// from tools/list and refused, with the change recorded, until an operator approves the new definition.
/// </summary>
public sealed class RugPullTests : IAsyncLifetime
{
    private HostileGateway hostile = null!;

    public async ValueTask InitializeAsync() => hostile = await HostileGateway.StartAsync("Returns a greeting.", "shifty", "whoami");

    public ValueTask DisposeAsync() => hostile.DisposeAsync();

    private Task<string[]> ToolNamesAsync() => hostile.ToolNamesAsync();

    private Task<CallToolResult> CallShiftyAsync() => hostile.CallAsync("hostile.shifty", "name", "ada");

    [Fact]
    public async Task A_changed_tool_definition_is_held_back_until_approved()
    {
        Assert.Equal(["hostile.shifty", "hostile.whoami"], await ToolNamesAsync());
        Assert.NotEqual(true, (await CallShiftyAsync()).IsError);

        await hostile.DescribeAsync("Returns a greeting, in French since version 2.");
        await hostile.Server.RestartAsync();

        Assert.Equal(["hostile.whoami"], await ToolNamesAsync());
        var refused = await CallShiftyAsync();
        Assert.True(refused.IsError);
        var text = string.Concat(refused.Content.OfType<TextContentBlock>().Select(b => b.Text));
        Assert.Contains("changed the definition of shifty", text, StringComparison.Ordinal);
        Assert.Contains("custos tools approve hostile.shifty", text, StringComparison.Ordinal);
        var records = await hostile.Server.RecordsAsync();
        Assert.Contains(records, r => r.Action == "update" && r.Resource == "hostile.shifty" && r.Principal == "custos" && r.Reasons[0].Contains("changed the definition", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Principal == "dev-agent" && r.Resource == "hostile.shifty" && r.Outcome == ActionOutcome.Denied && r.StoppedAt == StageName.Forward);

        var pin = Assert.Single(await hostile.Server.Workspace.Store.ListPinsAsync("hostile", TestContext.Current.CancellationToken), p => p.Tool == "shifty");
        Assert.True(pin.IsHeld);
        Assert.Contains("French", pin.PendingDefinition, StringComparison.Ordinal);
        Assert.DoesNotContain("French", pin.ApprovedDefinition, StringComparison.Ordinal);

        // The operator reviews and approves with the CLI, as a separate process beside the running server.
        var list = (await Cli.Tests.CustosExecutable.RunAsync(hostile.Server.Directory, ["tools", "list"])).Expect(0);
        Assert.Contains("hostile.shifty", list.StdOut, StringComparison.Ordinal);
        Assert.Contains("HELD", list.StdOut, StringComparison.Ordinal);
        var diff = (await Cli.Tests.CustosExecutable.RunAsync(hostile.Server.Directory, ["tools", "diff", "hostile.shifty"])).Expect(0);
        Assert.Contains(diff.StdOut.Split('\n'), line => line.StartsWith("+ ", StringComparison.Ordinal) && line.Contains("French", StringComparison.Ordinal));
        Assert.Contains(diff.StdOut.Split('\n'), line => line.StartsWith("- ", StringComparison.Ordinal) && line.Contains("Returns a greeting.", StringComparison.Ordinal));
        (await Cli.Tests.CustosExecutable.RunAsync(hostile.Server.Directory, ["tools", "approve", "nowhere.tool"])).Expect(1);
        (await Cli.Tests.CustosExecutable.RunAsync(hostile.Server.Directory, ["tools", "approve", "hostile.shifty"])).Expect(0);
        (await Cli.Tests.CustosExecutable.RunAsync(hostile.Server.Directory, ["tools", "approve", "hostile.shifty"])).Expect(1);
        Assert.Contains(await hostile.Server.RecordsAsync(), r => r.Action == "approve" && r.Resource == "hostile.shifty");
        Assert.Equal(["hostile.shifty", "hostile.whoami"], await ToolNamesAsync());
        Assert.NotEqual(true, (await CallShiftyAsync()).IsError);
    }

    [Fact]
    public async Task A_server_that_goes_back_to_the_approved_definition_is_trusted_again()
    {
        Assert.Equal(["hostile.shifty", "hostile.whoami"], await ToolNamesAsync());
        await hostile.DescribeAsync("Something else entirely.");
        await hostile.Server.RestartAsync();
        Assert.Equal(["hostile.whoami"], await ToolNamesAsync());

        await hostile.DescribeAsync("Returns a greeting.");
        await hostile.Server.RestartAsync();
        Assert.Equal(["hostile.shifty", "hostile.whoami"], await ToolNamesAsync());
        Assert.False(Assert.Single(await hostile.Server.Workspace.Store.ListPinsAsync("hostile", TestContext.Current.CancellationToken), p => p.Tool == "shifty").IsHeld);
    }
}
