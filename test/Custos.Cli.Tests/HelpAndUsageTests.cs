namespace Custos.Cli.Tests;

/// <summary>Every command explains itself with --help; a wrong command line exits 2 and says what was wrong.</summary>
public sealed class HelpAndUsageTests
{
    /// <summary>The whole command tree: each command with the subcommands its help must list.</summary>
    public static TheoryData<string, string[]> Commands => new()
    {
        { "init", [] },
        { "validate", [] },
        { "serve", [] },
        { "authorize", [] },
        { "demo", [] },
        { "agent", ["add", "list", "show", "halt", "quarantine", "resume", "token"] },
        { "agent add", [] },
        { "agent list", [] },
        { "agent show", [] },
        { "agent halt", [] },
        { "agent quarantine", [] },
        { "agent resume", [] },
        { "agent token", ["issue", "list", "revoke"] },
        { "agent token issue", [] },
        { "agent token list", [] },
        { "agent token revoke", [] },
        { "tools", ["list", "diff", "approve"] },
        { "tools list", [] },
        { "tools diff", [] },
        { "tools approve", [] },
        { "admin", ["token"] },
        { "admin token", ["issue", "list", "revoke"] },
        { "admin token issue", [] },
        { "admin token list", [] },
        { "admin token revoke", [] },
        { "audit", ["verify", "prove", "export", "query"] },
        { "audit verify", [] },
        { "audit prove", [] },
        { "audit export", [] },
        { "audit query", [] },
    };

    [Fact]
    public async Task Root_help_exits_0_and_lists_every_command()
    {
        using var workspace = new TempWorkspace();
        var result = (await workspace.RunAsync("--help")).Expect(0);
        Assert.Contains("Usage:", result.StdOut);
        Assert.Contains("--config", result.StdOut);
        foreach (var command in new[] { "init", "validate", "serve", "authorize", "demo", "agent", "admin", "audit" })
        {
            Assert.Matches($@"(?m)^\s+{command}\b", result.StdOut);
        }

        Assert.Empty(result.StdErr);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_on_a_command_exits_0_and_prints_its_usage(string command, string[] subcommands)
    {
        using var workspace = new TempWorkspace();
        var result = (await workspace.RunAsync([.. command.Split(' '), "--help"])).Expect(0);
        Assert.Contains("Usage:", result.StdOut);
        Assert.Contains($"custos {command}", result.StdOut);
        foreach (var subcommand in subcommands)
        {
            Assert.Matches($@"(?m)^\s+{subcommand}\b", result.StdOut);
        }

        Assert.Empty(result.StdErr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(workspace.Directory));
    }

    [Theory]
    [InlineData("Unrecognized command or argument 'nope'", "nope")]
    [InlineData("Required command was not provided", "agent")]
    [InlineData("name a command", new string[0])]
    [InlineData("Unrecognized command or argument '--bogus'", "validate", "--bogus")]
    [InlineData("Option '--agent' is required", "authorize", "--action", "call", "--resource", "github")]
    [InlineData("Option '--owner' is required", "agent", "add", "research-agent", "--purpose", "Reads papers")]
    [InlineData("Required argument missing", "agent", "halt")]
    [InlineData("--ttl '5x' is not a lifetime", "agent", "token", "issue", "dev-agent", "--ttl", "5x")]
    [InlineData("--ttl '400d' is not a lifetime", "admin", "token", "issue", "--ttl", "400d")]
    [InlineData("--context is not valid JSON", "authorize", "--agent", "dev-agent", "--action", "call", "--resource", "github", "--context", "{not json")]
    [InlineData("--context must be a JSON object", "authorize", "--agent", "dev-agent", "--action", "call", "--resource", "github", "--context", "[1, 2]")]
    [InlineData("--urls 'not-a-url' is not a URL", "serve", "--urls", "not-a-url")]
    [InlineData("'sometimes'", "agent", "add", "x", "--owner", "o", "--purpose", "p", "--risk-tier", "sometimes")]
    public async Task A_wrong_command_line_exits_2_with_a_message_on_stderr(string message, params string[] args)
    {
        using var workspace = await TempWorkspace.InitAsync();
        var result = (await workspace.RunAsync(args)).Expect(2);
        Assert.Contains(message, result.StdErr);
        Assert.StartsWith("custos: ", result.StdErr);
        Assert.Empty(result.StdOut);
    }
}
