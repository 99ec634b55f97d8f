using System.Text.Json;

namespace Custos.Cli.Tests;

/// <summary><c>custos init</c> and <c>custos validate</c>: the first two commands a new user runs.</summary>
public sealed class InitAndValidateTests
{
    private const string Config = "ws/custos.yaml";

    [Fact]
    public async Task Init_writes_custos_yaml_and_gitignore_that_validate_accepts()
    {
        using var workspace = new TempWorkspace();
        var init = (await workspace.RunAsync("init", "ws")).Expect(0);
        Assert.Contains("custos validate --config", init.StdOut);
        Assert.Contains("version: 1", File.ReadAllText(Path.Combine(workspace.Directory, Config)));
        Assert.Contains(".custos/", File.ReadAllText(Path.Combine(workspace.Directory, "ws", ".gitignore")));

        var validate = (await workspace.RunAsync("validate", "--config", Config)).Expect(0);
        Assert.Contains("valid (5 agents", validate.StdOut);
        Assert.Empty(validate.StdErr);
    }

    [Theory]
    [InlineData("ws")]
    [InlineData(".")]
    public async Task The_next_steps_init_prints_work_as_printed_from_where_init_ran(string directory)
    {
        using var workspace = new TempWorkspace();
        var init = (await workspace.RunAsync("init", directory)).Expect(0);
        var steps = init.StdOut.Split('\n')
            .Select(line => line.Split('#')[0].Trim())
            .Where(line => line.StartsWith("custos ", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(steps, step => step.StartsWith("custos agent token issue dev-agent", StringComparison.Ordinal));

        // serve would run until killed; the other steps must succeed exactly as printed.
        foreach (var step in steps.Where(step => !step.StartsWith("custos serve", StringComparison.Ordinal)))
        {
            (await workspace.RunAsync(step.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..])).Expect(0);
        }

        var serve = steps.Single(step => step.StartsWith("custos serve", StringComparison.Ordinal));
        Assert.Equal(directory == "." ? "custos serve" : $"custos serve --config {Path.Combine(directory, "custos.yaml")}", serve);
    }

    [Fact]
    public async Task Init_again_without_force_fails_and_leaves_the_file_alone()
    {
        using var workspace = new TempWorkspace();
        (await workspace.RunAsync("init", "ws")).Expect(0);
        var path = Path.Combine(workspace.Directory, Config);
        File.AppendAllText(path, "# my own edit\n");
        var edited = File.ReadAllText(path);

        var again = (await workspace.RunAsync("init", "ws")).Expect(1);
        Assert.Contains("already exists; pass --force", again.StdErr);
        Assert.Equal(edited, File.ReadAllText(path));

        (await workspace.RunAsync("init", "ws", "--force")).Expect(0);
        Assert.DoesNotContain("# my own edit", File.ReadAllText(path));
    }

    [Fact]
    public async Task Validate_reports_a_misspelt_key_at_its_line_and_column()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var lines = workspace.ReadConfig().Split('\n');
        var line = Enumerable.Range(0, lines.Length).Where(i => lines[i].TrimStart().StartsWith("owner:", StringComparison.Ordinal)).ElementAt(1);
        var column = lines[line].IndexOf("owner:", StringComparison.Ordinal) + 1;
        lines[line] = lines[line].Replace("owner:", "ownr:", StringComparison.Ordinal);
        workspace.WriteConfig(string.Join('\n', lines));

        var result = (await workspace.RunAsync("validate")).Expect(1);
        Assert.Contains($"custos.yaml:{line + 1}:{column}: error: unknown key 'ownr' in agents[1] (did you mean 'owner'?)", result.StdErr);
        Assert.Contains("is missing 'owner'", result.StdErr);

        // One mistake, reported once: the grants and budget that name the agent are not blamed for it.
        Assert.DoesNotContain("is not defined under agents", result.StdErr);
        Assert.Contains("custos.yaml: 2 errors", result.StdErr);
        Assert.DoesNotContain("valid (", result.StdOut);
    }

    [Fact]
    public async Task Validate_reports_a_literal_credential_by_position_and_never_prints_it()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var secret = "ghp_" + string.Concat(Enumerable.Range(0, 36).Select(i => "aB3dE5fG7hJ9kL1mN"[i % 17]));
        var lines = workspace.ReadConfig().Split('\n').ToList();
        var reference = lines.FindIndex(l => l.Contains("secret://env/GITHUB_MCP_AUTHORIZATION", StringComparison.Ordinal));
        lines.Insert(reference + 1, $"      api_key: {secret}");
        var column = lines[reference + 1].IndexOf(secret, StringComparison.Ordinal) + 1;
        workspace.WriteConfig(string.Join('\n', lines));

        var result = (await workspace.RunAsync("validate")).Expect(1);
        Assert.Contains($"custos.yaml:{reference + 2}:{column}: error: systems[0].credentials.api_key is a literal value", result.StdErr);
        Assert.DoesNotContain(secret, result.StdErr + result.StdOut);

        var json = (await workspace.RunAsync("validate", "--json")).Expect(1);
        Assert.DoesNotContain(secret, json.StdErr + json.StdOut);
    }

    [Fact]
    public async Task Validate_json_is_parseable_and_carries_every_diagnostic()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var text = workspace.ReadConfig().Replace("risk_tier: high", "risk_tier: extreme", StringComparison.Ordinal);
        workspace.WriteConfig(text);
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("extreme", StringComparison.Ordinal));

        var result = (await workspace.RunAsync("validate", "--json")).Expect(1);
        using var document = JsonDocument.Parse(result.StdOut);
        var root = document.RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("custos.yaml", diagnostic.GetProperty("file").GetString());
        Assert.Equal(line + 1, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(lines[line].IndexOf("extreme", StringComparison.Ordinal) + 1, diagnostic.GetProperty("column").GetInt32());
        Assert.Contains("agents[3].risk_tier must be one of: minimal, limited, high", diagnostic.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Validate_without_a_config_file_exits_1_and_says_how_to_create_one()
    {
        using var workspace = new TempWorkspace();
        var result = (await workspace.RunAsync("validate")).Expect(1);
        Assert.Contains("custos.yaml:1:1: error: file not found; run 'custos init'", result.StdErr);

        var elsewhere = (await workspace.RunAsync("validate", "--config", "missing/custos.yaml")).Expect(1);
        Assert.Contains("missing/custos.yaml", elsewhere.StdErr);
    }

    [Fact]
    public async Task The_config_option_works_before_the_command_too()
    {
        using var workspace = new TempWorkspace();
        (await workspace.RunAsync("init", "ws")).Expect(0);
        (await workspace.RunAsync("--config", Config, "validate")).Expect(0);
        (await workspace.RunAsync("-c", Config, "agent", "list")).Expect(0);
    }
}
