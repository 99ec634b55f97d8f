namespace Custos.Cli.Tests;

/// <summary><c>custos demo</c>: a scripted day of five agents through a real server, in a folder of its own.</summary>
public sealed class DemoTests
{
    private static readonly string Database = Path.Combine(".custos", "demo", ".custos", "custos.db");

    [Fact]
    public async Task Demo_in_an_empty_directory_prints_the_decisions_and_where_the_data_is()
    {
        using var workspace = new TempWorkspace();
        var result = (await workspace.RunAsync("demo")).Expect(0);
        Assert.Contains("asks to", result.StdOut);
        Assert.Contains("github.delete_repository", result.StdOut);
        Assert.Contains("halt marketing-agent", result.StdOut);

        // A real MCP tools/call through the gateway to the demo's built-in stdio server, and one refused by policy.
        Assert.Contains(result.StdOut.Split('\n'), line => line.Contains("MCP files.read_text_file", StringComparison.Ordinal) && line.Contains("got: # Engineering share", StringComparison.Ordinal));
        Assert.Contains(result.StdOut.Split('\n'), line => line.Contains("MCP files.write_file", StringComparison.Ordinal) && line.Contains("deny", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(workspace.Directory, ".custos", "demo", "shared", "planted")));
        Assert.Contains("19 requests: 11 allowed, 8 refused", result.StdOut);
        Assert.Contains($"Data:          {Database}", result.StdOut);
        Assert.True(File.Exists(Path.Combine(workspace.Directory, Database)), $"{Database} was not created");
        Assert.Contains("Audit ledger:  OK, 25 entries", result.StdOut);
        Assert.Empty(result.StdErr);

        // What the demo says about its ledger, an auditor's own verify confirms from the file.
        var verify = (await workspace.RunAsync("--config", Path.Combine(".custos", "demo", "custos.yaml"), "audit", "verify")).Expect(0);
        Assert.StartsWith("OK: 25 entries, root ", verify.StdOut);
    }

    [Fact]
    public async Task Demo_can_run_twice_in_the_same_directory()
    {
        using var workspace = new TempWorkspace();
        (await workspace.RunAsync("demo")).Expect(0);
        var second = (await workspace.RunAsync("demo")).Expect(0);
        Assert.Contains("19 requests: 11 allowed, 8 refused; 19 records", second.StdOut);
        Assert.Contains("Audit ledger:  OK, 25 entries", second.StdOut);
    }

    [Fact]
    public async Task Demo_refuses_to_recreate_a_folder_that_is_not_a_demo_workspace()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var before = workspace.ReadConfig();
        var result = (await workspace.RunAsync("demo", "--dir", ".")).Expect(1);
        Assert.Contains("is not a demo workspace; choose another --dir", result.StdErr);
        Assert.Equal(before, workspace.ReadConfig());
    }
}
