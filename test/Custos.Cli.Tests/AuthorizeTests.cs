using System.Text.Json;

namespace Custos.Cli.Tests;

/// <summary><c>custos authorize</c>: a decision against the local workspace; exit 0 allow, 3 deny.</summary>
public sealed class AuthorizeTests
{
    [Fact]
    public async Task A_granted_tool_is_allowed_with_exit_0_and_names_the_grant()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var result = (await workspace.RunAsync("authorize", "--agent", "dev-agent", "--action", "call", "--resource", "github.create_pull_request")).Expect(0);
        Assert.StartsWith("ALLOW", result.StdOut);
        Assert.Contains("dev-proposes-changes", result.StdOut);
    }

    [Fact]
    public async Task A_tool_no_grant_covers_is_denied_with_exit_3_and_a_reason()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var result = (await workspace.RunAsync("authorize", "--agent", "dev-agent", "--action", "call", "--resource", "github.delete_repository")).Expect(3);
        Assert.StartsWith("DENY", result.StdOut);
        Assert.Contains("no grant lets dev-agent call github.delete_repository", result.StdOut);
    }

    [Fact]
    public async Task Json_output_parses_and_carries_decision_reasons_and_policies()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var allow = (await workspace.RunAsync("authorize", "--agent", "dev-agent", "--action", "call", "--resource", "github.create_pull_request", "--context", """{"repo": "acme/api"}""", "--json")).Expect(0);
        using (var document = JsonDocument.Parse(allow.StdOut))
        {
            Assert.Equal("allow", document.RootElement.GetProperty("decision").GetString());
            Assert.Equal("dev-agent", document.RootElement.GetProperty("agent").GetString());
            Assert.Contains("dev-proposes-changes", document.RootElement.GetProperty("policies").EnumerateArray().Select(p => p.GetString()));
            Assert.False(document.RootElement.GetProperty("recorded").GetBoolean());
        }

        var deny = (await workspace.RunAsync("authorize", "--agent", "dev-agent", "--action", "call", "--resource", "github.delete_repository", "--json")).Expect(3);
        using (var document = JsonDocument.Parse(deny.StdOut))
        {
            Assert.Equal("deny", document.RootElement.GetProperty("decision").GetString());
            Assert.NotEmpty(document.RootElement.GetProperty("reasons").EnumerateArray());
        }
    }

    [Fact]
    public async Task An_unknown_agent_is_denied()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var result = (await workspace.RunAsync("authorize", "--agent", "ghost-agent", "--action", "call", "--resource", "github.create_pull_request")).Expect(3);
        Assert.StartsWith("DENY", result.StdOut);
        Assert.Contains("'ghost-agent' is not defined", result.StdOut);
    }

    [Fact]
    public async Task An_invalid_config_stops_authorize_with_exit_1_not_a_decision()
    {
        using var workspace = await TempWorkspace.InitAsync();
        workspace.WriteConfig(workspace.ReadConfig().Replace("version: 1", "version: 1\nbogus: true", StringComparison.Ordinal));
        var result = (await workspace.RunAsync("authorize", "--agent", "dev-agent", "--action", "call", "--resource", "github.create_pull_request")).Expect(1);
        Assert.Contains("custos.yaml:4:1: error: unknown key 'bogus'", result.StdErr);
        Assert.DoesNotContain("ALLOW", result.StdOut);
    }
}
