using Custos.Core.Configuration;

namespace Custos.Llm.Tests;

/// <summary><c>pricing:</c> in custos.yaml: contract prices override the shipped list prices, each with its date.</summary>
public sealed class PricingTests
{
    [Fact]
    public async Task A_pricing_override_is_what_a_call_is_metered_at()
    {
        await using var workspace = await LlmWorkspace.StartAsync(yaml => yaml + """

            pricing:
              - model: gpt-4.1-mini*
                input_per_million: 1000
                output_per_million: 2000
                as_of: 2026-11-01
              - model: llama3*
                input_per_million: 0
                output_per_million: 0
                as_of: 2026-11-01
            """);
        var token = await workspace.Server.IssueAsync("dev-agent");
        using var response = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, """{"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "hi"}]}""");
        Assert.True(response.IsSuccessStatusCode);

        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        // The stub answers 11 tokens in and 7 out, from model gpt-4.1-mini-2025-04-14 (the prefix entry).
        Assert.Equal(((11 * 1000m) + (7 * 2000m)) / 1_000_000m, record.Usage!.CostUsd);
        Assert.Equal("2026-11-01", workspace.Server.Workspace.Config.Prices.Find("gpt-4.1-mini-2025-04-14")!.AsOf);
        Assert.Null(workspace.Server.Workspace.Config.Prices.Find("gpt-4.1")!.AsOf);
    }

    [Fact]
    public void Bad_pricing_entries_are_reported_at_their_line_and_column()
    {
        var yaml = StarterWorkspace.Yaml + """

            pricing:
              - model: gpt-4.1
                input_per_million: -1
                output_per_million: 8
                as_of: yesterday
              - model: gpt-*-mini
                input_per_mllion: 1
              - model: gpt-4.1
                input_per_million: 2
                output_per_million: 8
                as_of: 2026-11-01
              - model: gpt-4.1
                input_per_million: 2
                output_per_million: 8
                as_of: 2026-11-01
            """;
        var result = ConfigLoader.Parse(yaml, "custos.yaml", Path.Combine(Path.GetTempPath(), "custos.yaml"));
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
        Assert.Contains(errors, e => e.Contains("pricing[0].input_per_million must be US dollars per million tokens", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("pricing[0].as_of must be a date written YYYY-MM-DD, found 'yesterday'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("pricing[1].model 'gpt-*-mini' is not a model name", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("unknown key 'input_per_mllion' in pricing[1] (did you mean 'input_per_million'?)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("pricing[3]: model 'gpt-4.1' is priced twice", StringComparison.Ordinal));
        var lines = yaml.Split('\n');
        var asOf = result.Diagnostics.First(d => d.Message.Contains("yesterday", StringComparison.Ordinal));
        Assert.Contains("as_of: yesterday", lines[asOf.Line - 1], StringComparison.Ordinal);
    }
}
