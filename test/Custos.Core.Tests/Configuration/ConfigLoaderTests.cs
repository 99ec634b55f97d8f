using System.Text;
using Custos.Core.Configuration;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Core.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    private const string Minimal = """
        version: 1
        agents:
          - name: dev-agent
            owner: a@example.com
            purpose: Writes code.
            gdpr:
              lawful_basis: contract
              processing_purpose: Development.
        systems:
          - name: github
            kind: http
            url: https://api.github.com
        grants:
          - agent: dev-agent
            system: github
            actions: [read]
        """;

    [Fact]
    public void The_starter_workspace_is_valid_as_written()
    {
        var result = Parse(StarterWorkspace.Yaml);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.IsValid);
        Assert.Equal(StarterWorkspace.AgentNames, result.Config!.Agents.Select(a => a.Name));
        Assert.Equal(TimeSpan.FromDays(7 * 365), result.Config.Retention["audit"]);
    }

    [Fact]
    public void Data_directory_is_resolved_against_the_file_and_server_defaults_apply()
    {
        var config = Parse(Minimal).GetConfigOrThrow();
        Assert.Equal(Path.GetFullPath("/srv/acme/.custos"), config.DataDirectory);
        Assert.Equal(ServerSettings.DefaultUrls, config.Server.Urls);
        Assert.Equal("grants[0]", Assert.Single(config.Grants).Id);
    }

    [Theory]
    [InlineData("    ownr: a@example.com", 4, 5, "unknown key 'ownr' in agents[0] (did you mean 'owner'?)")]
    [InlineData("    purpose: [a, b]", 5, 14, "agents[0].purpose must be a single value, found a list")]
    [InlineData("      lawful_basis: consnt", 7, 21, "agents[0].gdpr.lawful_basis must be one of: consent, contract")]
    [InlineData("    url: ftp//nowhere", 12, 10, "systems[0].url is not an absolute URL")]
    [InlineData("    actions: [raed]", 16, 15, "'raed' is not an action (did you mean 'read'?)")]
    public void A_mistake_is_reported_once_at_its_line_and_column(string replacement, int line, int column, string message)
    {
        var lines = Minimal.Split('\n');
        var key = replacement.TrimStart().Split(':')[0] switch
        {
            "ownr" => "owner",
            var k => k,
        };
        var index = Array.FindIndex(lines, l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal));
        lines[index] = replacement;
        var result = Parse(string.Join('\n', lines));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith($"custos.yaml:{line}:{column}: error: ", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void References_to_undefined_agents_and_systems_are_errors_with_suggestions()
    {
        var result = Parse(Minimal.Replace("  - agent: dev-agent", "  - agent: dev-agnet", StringComparison.Ordinal).Replace("    system: github", "    system: gihtub", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'dev-agnet' is not defined under agents (did you mean 'dev-agent'?)", StringComparison.Ordinal) && d.Line == 14);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'gihtub' is not defined under systems (did you mean 'github'?)", StringComparison.Ordinal) && d.Line == 15);
    }

    [Fact]
    public void Broad_grants_agents_without_grants_and_llms_without_a_dpa_are_warnings_not_errors()
    {
        var yaml = Minimal.Replace("systems:", "  - name: idle-agent\n    owner: b\n    purpose: c\n    gdpr: {lawful_basis: consent, processing_purpose: d}\nsystems:\n  - name: openai\n    kind: llm\n    provider: openai", StringComparison.Ordinal);
        var result = Parse(yaml);
        Assert.True(result.IsValid);
        var warnings = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.Message).ToList();
        Assert.Contains(warnings, m => m.Contains("agent 'idle-agent' has no grants", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.Contains("grant grants[0] lets dev-agent use every tool of github", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.Contains("LLM system 'openai' names no data processing agreement", StringComparison.Ordinal));
        Assert.Equal(3, warnings.Count);
        Assert.All(result.Diagnostics, d => Assert.Contains(": warning: ", d.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_names_and_duplicate_keys_are_errors()
    {
        var duplicateAgent = Minimal.Replace("systems:", "  - name: dev-agent\n    owner: b\n    purpose: c\n    gdpr: {lawful_basis: consent, processing_purpose: d}\nsystems:", StringComparison.Ordinal);
        Assert.Contains(Parse(duplicateAgent).Diagnostics, d => d.Message.Contains("duplicate agent 'dev-agent' (first defined at line 3)", StringComparison.Ordinal));
        var duplicateKey = Minimal.Replace("version: 1", "version: 1\nversion: 1", StringComparison.Ordinal);
        var diagnostic = Assert.Single(Parse(duplicateKey).Diagnostics);
        Assert.Equal((2, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("duplicate key 'version'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_literal_credential_is_refused_without_being_repeated()
    {
        const string secret = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789";
        var yaml = Minimal.Replace("    url: https://api.github.com", $"    url: https://api.github.com\n    credentials:\n      api_key: {secret}", StringComparison.Ordinal);
        var result = Parse(yaml);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(14, diagnostic.Line);
        Assert.Contains("is a literal value; credentials never go in custos.yaml", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("secret://env/API_KEY", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    purpose: Uses ghp_0123456789abcdefghijklmnopqrstuvwxyzAB daily.", "a GitHub token")]
    [InlineData("    url: https://admin:hunter2hunter2@api.github.com", "a URL with a password in it")]
    [InlineData("    purpose: AKIAZ7Q2EXAMPLEKEY12", "an AWS access key id")]
    public void Credential_looking_literals_anywhere_are_refused(string line, string kind)
    {
        var key = line.TrimStart().Split(':')[0];
        var lines = Minimal.Split('\n');
        lines[Array.FindIndex(lines, l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal))] = line;
        var result = Parse(string.Join('\n', lines));
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Message.Contains(kind, StringComparison.Ordinal));
        Assert.DoesNotContain("hunter2", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ghp_", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_are_refused_so_a_billion_laughs_cannot_expand()
    {
        var laughs = new StringBuilder("version: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            laughs.Append(CultureInfo($"b{i}: &b{i} [*{(i == 1 ? "a" : "b" + (i - 1))}, *{(i == 1 ? "a" : "b" + (i - 1))}, *{(i == 1 ? "a" : "b" + (i - 1))}]\n"));
        }

        var diagnostic = Assert.Single(Parse(laughs.ToString()).Diagnostics);
        Assert.Equal(3, diagnostic.Line);
        Assert.Contains("alias '*a' is not allowed", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var deep = "version: 1\nagents: " + new string('[', 500) + new string(']', 500);
        Assert.Contains("nesting is deeper than 64 levels", Assert.Single(Parse(deep).Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_and_non_utf8_files_are_refused_before_parsing()
    {
        var directory = Directory.CreateTempSubdirectory("custos-config-").FullName;
        try
        {
            var big = Path.Combine(directory, "big.yaml");
            File.WriteAllText(big, "version: 1\n# " + new string('x', (int)ConfigLoader.MaxFileBytes));
            Assert.Contains("Custos reads at most", Assert.Single(ConfigLoader.LoadFile(big).Diagnostics).Message, StringComparison.Ordinal);

            var binary = Path.Combine(directory, "binary.yaml");
            File.WriteAllBytes(binary, [.. "version: 1\n"u8, 0xC3, 0x28]);
            Assert.Contains("not valid UTF-8 (bad byte at offset 11)", Assert.Single(ConfigLoader.LoadFile(binary).Diagnostics).Message, StringComparison.Ordinal);

            Assert.Contains("file not found", Assert.Single(ConfigLoader.LoadFile(Path.Combine(directory, "none.yaml")).Diagnostics).Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("just text", "the top level must be a mapping")]
    [InlineData("version: 1\n---\nversion: 1\n", "more than one YAML document")]
    [InlineData("version: 2\n", "version 2 is not supported")]
    [InlineData("version: 1\nagents:\n\t- name: x\n", "invalid YAML")]
    public void Files_that_are_not_a_configuration_say_so(string yaml, string message) =>
        Assert.Contains(Parse(yaml).Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal) && d.Line >= 1 && d.Column >= 1);

    [Fact]
    public void A_stray_quote_that_crashes_the_yaml_scanner_is_a_located_diagnostic()
    {
        // Found by the single-character-edit property: YamlDotNet throws InvalidOperationException on a quote
        // right after a quoted item of a flow list.
        const string item = "\"@modelcontextprotocol/server-filesystem\"";
        var at = StarterWorkspace.Yaml.IndexOf(item, StringComparison.Ordinal) + item.Length;
        var result = Parse(StarterWorkspace.Yaml.Insert(at, "'"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("invalid YAML", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(StarterWorkspace.Yaml[..at].Count(c => c == '\n') + 1, diagnostic.Line);
    }

    [Fact]
    public void Truncating_the_starter_anywhere_never_throws_and_always_locates_problems()
    {
        var text = StarterWorkspace.Yaml;
        for (var length = 0; length < text.Length; length += 7)
        {
            var result = Parse(text[..length]);
            Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString()));
            Assert.True(result.IsValid || result.Diagnostics.Count > 0);
        }
    }

    [Fact]
    public void Ledger_durability_is_disk_unless_os_is_asked_for_and_anything_else_is_named()
    {
        Assert.Equal(LedgerDurability.Disk, Parse(Minimal).GetConfigOrThrow().Ledger.Durability);
        Assert.Equal(LedgerDurability.Os, Parse(Minimal + "\nledger:\n  durability: os\n").GetConfigOrThrow().Ledger.Durability);
        Assert.Equal(LedgerDurability.Disk, Parse(Minimal + "\nledger:\n  durability: disk\n  checkpoint_every: 10\n").GetConfigOrThrow().Ledger.Durability);

        var result = Parse(Minimal + "\nledger:\n  durability: fast\n");
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((18, 15), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("ledger.durability must be 'disk' (every entry synced to the disk before the action is released; the default) or 'os'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 500)]
    public bool Arbitrary_text_never_throws(string? text)
    {
        var result = Parse(text ?? string.Empty);
        return result.IsValid || result.Diagnostics.Count > 0;
    }

    [Property(MaxTest = 300)]
    public Property Single_character_edits_of_the_starter_never_throw() =>
        Prop.ForAll(
            Gen.Choose(0, StarterWorkspace.Yaml.Length - 1).ToArbitrary(),
            Gen.Elements(':', '-', ' ', '\n', '[', '{', '"', '\'', '#', '&', '*', '!', '|', '>', '\t', 'x').ToArbitrary(),
            (position, c) =>
            {
                var edited = StarterWorkspace.Yaml.Insert(position, c.ToString());
                var removed = StarterWorkspace.Yaml.Remove(position, 1);
                return Parse(edited).Diagnostics.All(d => d.Line >= 1) && Parse(removed).Diagnostics.All(d => d.Line >= 1);
            });

    private static string CultureInfo(FormattableString text) => FormattableString.Invariant(text);

    private static ConfigLoadResult Parse(string yaml) => ConfigLoader.Parse(yaml, "custos.yaml", "/srv/acme/custos.yaml");
}
