using System.Text.Json;

namespace Custos.Cli.Tests;

/// <summary><c>custos agent add</c> edits custos.yaml in place, keeping what people wrote.</summary>
public sealed class AgentAddTests
{
    private const string StarterComment = "# Every agent that acts through Custos. GDPR: each names its lawful basis (Art. 6) and purpose (Art. 30).";

    [Fact]
    public async Task Add_appends_the_agent_keeps_the_comments_and_the_file_stays_valid()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var before = workspace.ReadConfig();
        Assert.Contains(StarterComment, before);

        var result = (await workspace.RunAsync("agent", "add", "research-agent", "--owner", "a@example.com", "--purpose", "Summarises papers: #1 \"quoted\"")).Expect(0);
        Assert.Contains("Added research-agent", result.StdOut);
        var after = workspace.ReadConfig();
        Assert.Contains(StarterComment, after);
        Assert.Contains("# What the agents reach.", after);
        foreach (var line in before.Split('\n'))
        {
            Assert.Contains(line, after);
        }

        (await workspace.RunAsync("validate")).Expect(0);
        var list = (await workspace.RunAsync("agent", "list", "--json")).Expect(0);
        using var document = JsonDocument.Parse(list.StdOut);
        var added = document.RootElement.EnumerateArray().Single(a => a.GetProperty("name").GetString() == "research-agent");
        Assert.Equal("a@example.com", added.GetProperty("owner").GetString());
        Assert.Equal("Summarises papers: #1 \"quoted\"", added.GetProperty("purpose").GetString());
        Assert.Equal("limited", added.GetProperty("risk_tier").GetString());
        Assert.Equal(6, document.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Adding_an_agent_that_exists_fails_and_leaves_the_file_alone()
    {
        using var workspace = await TempWorkspace.InitAsync();
        (await workspace.RunAsync("agent", "add", "research-agent", "--owner", "a@example.com", "--purpose", "Reads papers")).Expect(0);
        var before = workspace.ReadConfig();

        var again = (await workspace.RunAsync("agent", "add", "research-agent", "--owner", "b@example.com", "--purpose", "Other")).Expect(1);
        Assert.Contains("already defines an agent named 'research-agent'", again.StdErr);
        Assert.Equal(before, workspace.ReadConfig());
    }

    [Fact]
    public async Task Adding_an_agent_with_an_invalid_name_fails_and_leaves_the_file_alone()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var before = workspace.ReadConfig();

        var result = (await workspace.RunAsync("agent", "add", "Research Agent", "--owner", "a@example.com", "--purpose", "Reads papers")).Expect(2);
        Assert.Contains("'Research Agent' is not a valid name", result.StdErr);
        Assert.Equal(before, workspace.ReadConfig());
        Assert.False(File.Exists(workspace.ConfigPath + ".tmp"));
    }
}
