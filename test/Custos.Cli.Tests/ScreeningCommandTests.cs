namespace Custos.Cli.Tests;

/// <summary>Screening as the CLI shows it: <c>custos authorize</c> previews screen-in, and validate reports screening mistakes.</summary>
public sealed class ScreeningCommandTests
{
    [Fact]
    public async Task Authorize_denies_a_secret_in_the_context_naming_its_place_but_not_its_value()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var result = (await workspace.RunAsync("authorize", "--agent", "dev-agent", "--action", "call", "--resource", "github.create_pull_request",
            "--context", """{"notes": ["ok", "password=Tr0ub4dor3x"]}""")).Expect(3);
        Assert.StartsWith("DENY", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("SECRET", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("/notes/1", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("Tr0ub4dor3x", result.StdOut + result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_reports_a_misspelt_screening_action_with_its_line_and_a_suggestion()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var yaml = workspace.ReadConfig() + "\nscreening:\n  types:\n    SECRET: {in: blok}\n";
        workspace.WriteConfig(yaml);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("blok", StringComparison.Ordinal)) + 1;
        var result = (await workspace.RunAsync("validate")).Expect(1);
        Assert.Contains($"custos.yaml:{line}:", result.StdErr + result.StdOut, StringComparison.Ordinal);
        Assert.Contains("did you mean 'block'?", result.StdErr + result.StdOut, StringComparison.Ordinal);
    }
}
