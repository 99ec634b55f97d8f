using Custos.Core.Configuration;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Mcp.Tests;

/// <summary>
/// The MCP settings in custos.yaml: <c>server.mcp_log_limit</c> (the log flood limit) and a system's <c>roots</c>.
/// Bad values are errors at their line and column that say what is allowed; the defaults hold when they are absent.
/// </summary>
public sealed class McpConfigTests
{
    private const string Head = """
        version: 1
        agents:
          - name: dev-agent
            owner: platform@example.com
            purpose: Tests.
            gdpr:
              lawful_basis: legitimate_interests
              processing_purpose: Tests.

        """;

    private static ConfigLoadResult Parse(string yaml) => ConfigLoader.Parse(Head + yaml, "custos.yaml", "/srv/acme/custos.yaml");

    private static string Server(string limit) => $"server:\n  mcp_log_limit:\n{limit}";

    [Fact]
    public void Without_settings_the_log_limit_is_20_a_second_burst_100_summarised_every_10_seconds_and_no_roots()
    {
        var config = Parse("systems:\n  - name: hostile\n    kind: mcp\n    command: [node, server.js]\n").GetConfigOrThrow();
        Assert.Equal(new McpLogLimit(20, 100, TimeSpan.FromSeconds(10)), config.Server.McpLogLimit);
        Assert.Equal(new McpLogLimit(1, 10, TimeSpan.FromSeconds(10)), config.Server.McpRootsLimit);
        Assert.Empty(config.FindSystem("hostile")!.Roots);
    }

    [Fact]
    public void The_log_limit_and_roots_are_read()
    {
        var config = Parse(Server("    per_second: 5\n    burst: 7\n    summary_interval: 2m\n")
            + "systems:\n  - name: hostile\n    kind: mcp\n    command: [node, server.js]\n    roots: [\"file:///srv/data\", \"file:///srv/shared%20docs\"]\n").GetConfigOrThrow();
        Assert.Equal(new McpLogLimit(5, 7, TimeSpan.FromMinutes(2)), config.Server.McpLogLimit);
        Assert.Equal(["file:///srv/data", "file:///srv/shared%20docs"], config.FindSystem("hostile")!.Roots);
    }

    [Fact]
    public void The_roots_limit_is_read_apart_from_the_log_limit()
    {
        var config = Parse("server:\n  mcp_roots_limit:\n    per_second: 2\n    burst: 4\n    summary_interval: 30s\n").GetConfigOrThrow();
        Assert.Equal(new McpLogLimit(2, 4, TimeSpan.FromSeconds(30)), config.Server.McpRootsLimit);
        Assert.Equal(McpLogLimit.Default, config.Server.McpLogLimit);
    }

    [Fact]
    public void Bad_values_are_errors_at_their_line_and_column()
    {
        // Head is 8 lines; "server:" is line 9, "mcp_log_limit:" line 10, its first key line 11.
        (string Yaml, int Line, int Column, string Message)[] cases =
        [
            (Server("    per_second: 0\n"), 11, 17, "server.mcp_log_limit.per_second must be between 1 and 100000"),
            (Server("    per_second: 100001\n"), 11, 17, "server.mcp_log_limit.per_second must be between 1 and 100000"),
            (Server("    per_second: fast\n"), 11, 17, "server.mcp_log_limit.per_second must be a whole number"),
            (Server("    per_second: -3\n"), 11, 17, "server.mcp_log_limit.per_second must be between 1"),
            (Server("    burst: 0\n"), 11, 12, "server.mcp_log_limit.burst must be between 1 and 1000000"),
            (Server("    burst: [1, 2]\n"), 11, 12, "server.mcp_log_limit.burst must be a single value"),
            (Server("    summary_interval: 0s\n"), 11, 23, "summary_interval must be a duration between 1s and 1h"),
            (Server("    summary_interval: 2h\n"), 11, 23, "summary_interval must be a duration between 1s and 1h"),
            (Server("    summary_interval: soon\n"), 11, 23, "summary_interval must be a duration between 1s and 1h"),
            (Server("    per_secnd: 5\n"), 11, 5, "unknown key 'per_secnd' in server.mcp_log_limit (did you mean 'per_second'?)"),
            ("server:\n  mcp_log_limit: 20\n", 10, 18, "server.mcp_log_limit must be a mapping"),
            ("server:\n  mcp_roots_limit:\n    per_second: 0\n", 11, 17, "server.mcp_roots_limit.per_second must be between 1 and 100000 roots/list requests a second per server (the default is 1)"),
            ("server:\n  mcp_roots_limit:\n    burst: many\n", 11, 12, "server.mcp_roots_limit.burst must be a whole number"),
            ("server:\n  mcp_roots_limit:\n    summary_interval: 3h\n", 11, 23, "server.mcp_roots_limit.summary_interval must be a duration between 1s and 1h such as 10s (how often refused roots/list requests are recorded)"),
            ("server:\n  mcp_roots_limit:\n    brust: 3\n", 11, 5, "unknown key 'brust' in server.mcp_roots_limit (did you mean 'burst'?)"),
            ("server:\n  mcp_roots_limit: [1]\n", 10, 20, "server.mcp_roots_limit must be a mapping"),
            ("server:\n  mcp_root_limit: 1\n", 10, 3, "did you mean 'mcp_roots_limit'?"),
            ("server:\n  mcp_log_limt: 20\n", 10, 3, "did you mean 'mcp_log_limit'?"),
            ("systems:\n  - name: hostile\n    kind: mcp\n    command: [node, s.js]\n    roots: [\"/srv/data\"]\n", 13, 13, "'/srv/data' is not a file:// URI"),
            ("systems:\n  - name: hostile\n    kind: mcp\n    command: [node, s.js]\n    roots: [\"https://example.com/x\"]\n", 13, 13, "is not a file:// URI"),
            ("systems:\n  - name: hostile\n    kind: mcp\n    command: [node, s.js]\n    roots: file:///srv\n", 13, 12, "systems[0].roots must be a list"),
            ("systems:\n  - name: db\n    kind: database\n    url: postgres://db/x\n    roots: [\"file:///srv\"]\n", 13, 12, "systems[0].roots is only for MCP servers (kind: mcp)"),
        ];
        foreach (var (yaml, line, column, message) in cases)
        {
            var diagnostics = Parse(yaml).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            var diagnostic = diagnostics.FirstOrDefault(d => d.Message.Contains(message, StringComparison.Ordinal));
            Assert.True(diagnostic is not null, $"no error '{message}' for:\n{yaml}\ngot: {string.Join(" | ", diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Message}"))}");
            Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        }
    }

    [Property(MaxTest = 200)]
    public Property Any_whole_number_is_taken_as_the_rate_when_in_range_and_is_an_error_at_its_line_otherwise() =>
        Prop.ForAll(Gen.OneOf(Gen.Choose(-10, 10), Gen.Choose(99_990, 100_010), ArbMap.Default.GeneratorFor<int>()).ToArbitrary(), rate =>
        {
            var result = Parse(Server($"    per_second: {rate}\n"));
            var inRange = rate is >= 1 and <= McpLogLimit.MaxPerSecond;
            return inRange
                ? result.Config?.Server.McpLogLimit.PerSecond == rate && !result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
                : result.Diagnostics.Any(d => d.Line == 11 && d.Message.Contains("per_second must be between", StringComparison.Ordinal));
        });
}
