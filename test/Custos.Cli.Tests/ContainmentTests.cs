using System.Text.Json;

namespace Custos.Cli.Tests;

/// <summary>The kill switch from the command line: halt, quarantine and resume, as authorize then sees them.</summary>
public sealed class ContainmentTests
{
    [Fact]
    public async Task A_halted_agent_shows_as_halted_and_is_denied_everything()
    {
        using var workspace = await TempWorkspace.InitAsync();
        (await Authorize(workspace, "marketing-agent", "call", "cms.create_draft")).Expect(0);

        var halt = (await workspace.RunAsync("agent", "halt", "marketing-agent", "--reason", "exported the customer list")).Expect(0);
        Assert.Contains("marketing-agent is halted", halt.StdOut);

        var show = (await workspace.RunAsync("agent", "show", "marketing-agent", "--json")).Expect(0);
        using (var document = JsonDocument.Parse(show.StdOut))
        {
            Assert.Equal("halted", document.RootElement.GetProperty("status").GetString());
            Assert.Equal("exported the customer list", document.RootElement.GetProperty("status_reason").GetString());
        }

        var denied = (await Authorize(workspace, "marketing-agent", "call", "cms.create_draft")).Expect(3);
        Assert.StartsWith("DENY", denied.StdOut);
        Assert.Contains("marketing-agent is halted", denied.StdOut);
        Assert.Contains("exported the customer list", denied.StdOut);

        // Only the halted agent is affected.
        (await Authorize(workspace, "dev-agent", "call", "github.create_pull_request")).Expect(0);
    }

    [Fact]
    public async Task Resume_restores_what_the_grants_allow()
    {
        using var workspace = await TempWorkspace.InitAsync();
        (await workspace.RunAsync("agent", "halt", "marketing-agent", "--reason", "x")).Expect(0);
        (await Authorize(workspace, "marketing-agent", "call", "cms.create_draft")).Expect(3);

        (await workspace.RunAsync("agent", "resume", "marketing-agent")).Expect(0);
        var allowed = (await Authorize(workspace, "marketing-agent", "call", "cms.create_draft")).Expect(0);
        Assert.StartsWith("ALLOW", allowed.StdOut);
        var list = (await workspace.RunAsync("agent", "list", "--json")).Expect(0);
        using var document = JsonDocument.Parse(list.StdOut);
        var agent = document.RootElement.EnumerateArray().Single(a => a.GetProperty("name").GetString() == "marketing-agent");
        Assert.Equal("active", agent.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_quarantined_agent_may_read_but_not_write()
    {
        using var workspace = await TempWorkspace.InitAsync();
        (await Authorize(workspace, "finance-agent", "create", "billing.invoices")).Expect(0);

        (await workspace.RunAsync("agent", "quarantine", "finance-agent", "--reason", "odd payment run")).Expect(0);
        (await Authorize(workspace, "finance-agent", "read", "billing.invoices")).Expect(0);
        var write = (await Authorize(workspace, "finance-agent", "create", "billing.invoices")).Expect(3);
        Assert.Contains("finance-agent is quarantined", write.StdOut);
        Assert.Contains("only read-only actions", write.StdOut);
    }

    [Fact]
    public async Task Containing_an_unknown_agent_fails_and_names_the_known_agents()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var result = (await workspace.RunAsync("agent", "halt", "ghost-agent")).Expect(1);
        Assert.Contains("no agent named 'ghost-agent'", result.StdErr);
        Assert.Contains("marketing-agent", result.StdErr);
    }

    private static Task<CliResult> Authorize(TempWorkspace workspace, string agent, string action, string resource) =>
        workspace.RunAsync("authorize", "--agent", agent, "--action", action, "--resource", resource);
}
