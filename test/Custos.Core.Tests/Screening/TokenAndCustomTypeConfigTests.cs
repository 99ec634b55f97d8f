using System.Text.Json;
using Custos.Core.Authorization;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Policies;
using Custos.Core.Screening;
using Custos.Detection.Redaction;

namespace Custos.Core.Tests.Screening;

/// <summary><c>redaction: token</c>, <c>screening.tokens.retention</c>, and types of one's own in policy's finding counts.</summary>
public sealed class TokenAndCustomTypeConfigTests
{
    private static ConfigLoadResult Parse(string extra) =>
        ConfigLoader.Parse(StarterWorkspace.Yaml + "\n" + extra, "custos.yaml", "/srv/custos.yaml");

    [Fact]
    public void Token_redaction_is_a_method_per_type_direction_and_agent_and_retention_defaults_to_90_days()
    {
        var screening = Parse("""
            screening:
              types:
                EMAIL_ADDRESS: {out: redact, redaction: token}
              agents:
                dev-agent: {EMAIL_ADDRESS: {redaction: mask}}
            """).GetConfigOrThrow().Screening;
        Assert.Equal(RedactionMethod.Token, screening.RuleFor(null, "EMAIL_ADDRESS").Redaction);
        Assert.Equal(RedactionMethod.Mask, screening.RuleFor("dev-agent", "EMAIL_ADDRESS").Redaction);
        Assert.Equal(TimeSpan.FromDays(90), screening.TokenRetention);
        Assert.True(new Screener(screening, Path.GetTempPath()).UsesTokens("support-agent"));
        Assert.False(new Screener(screening, Path.GetTempPath()).UsesTokens("dev-agent"));

        Assert.Equal(TimeSpan.FromHours(12), Parse("screening:\n  tokens: {retention: 12h}\n").GetConfigOrThrow().Screening.TokenRetention);
    }

    [Fact]
    public void Bad_token_settings_are_refused_at_their_line_with_the_fix()
    {
        foreach (var (yaml, expected) in new[]
        {
            ("screening:\n  tokens: {retention: forever}\n", "screening.tokens.retention must be a duration such as 12h, 30d or 365d"),
            ("screening:\n  tokens: {retention: 30s}\n", "between 1h and 3650d"),
            ("screening:\n  tokens: {retension: 30d}\n", "unknown key 'retension' in screening.tokens (did you mean 'retention'?)"),
            ("screening:\n  tokens: 30d\n", "screening.tokens must be a mapping such as {retention: 90d}"),
            ("screening:\n  tokenz: {retention: 30d}\n", "did you mean 'tokens'?"),
            ("screening:\n  types:\n    EMAIL_ADDRESS: {redaction: tokn}\n", "did you mean 'token'?"),
        })
        {
            var result = Parse(yaml);
            Assert.False(result.IsValid, yaml);
            var diagnostic = Assert.Single(result.Diagnostics, d => d.Message.Contains(expected, StringComparison.Ordinal));
            Assert.True(diagnostic.Line > 100, $"{yaml}: line {diagnostic.Line}");
        }
    }

    [Fact]
    public void Without_a_vault_token_redaction_writes_the_type_and_never_the_value()
    {
        var config = Parse("""
            screening:
              types:
                EMAIL_ADDRESS: {in: redact, redaction: token}
            """).GetConfigOrThrow();
        var screener = new Screener(config.Screening, Path.GetTempPath());
        var redacted = screener.RedactArguments(JsonSerializer.SerializeToElement(new { to = "ada@example.com" }), null);
        Assert.Equal("<EMAIL_ADDRESS>", redacted.GetProperty("to").GetString());
    }

    [Fact]
    public void Types_of_ones_own_are_counted_for_policy_and_typed_in_the_generated_schema()
    {
        var directory = Directory.CreateTempSubdirectory("custos-custom-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "custos.yaml"), StarterWorkspace.Yaml + """

                screening:
                  types:
                    EMPLOYEE_ID: {pattern: 'EMP-\d{6}', score: 0.9}
                """);
            Directory.CreateDirectory(Path.Combine(directory, "policies"));
            File.WriteAllText(Path.Combine(directory, "policies", "staff.cedar"), """
                @id("no-employee-ids-in-pull-requests")
                forbid (principal, action == Custos::Action::"call", resource == Custos::Tool::"github.create_pull_request")
                when { context.findingCounts.EMPLOYEE_ID >= 2 && context.findings.contains("EMPLOYEE_ID") };
                """);
            var result = ConfigLoader.LoadFile(Path.Combine(directory, "custos.yaml"));
            Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
            var config = result.GetConfigOrThrow();
            Assert.Contains("    EMPLOYEE_ID: Long,", config.Policies.SchemaText, StringComparison.Ordinal);

            var agent = config.FindAgent("dev-agent")!;
            Decision Decide(object arguments) => new CedarAuthorizer().Authorize(
                new AuthorizationRequest(agent, "call", new ResourceName("github", "create_pull_request"), JsonSerializer.SerializeToElement(arguments)), config);
            Assert.True(Decide(new { body = "fixes EMP-123456" }).IsAllowed);
            var denied = Decide(new { body = "EMP-123456 and EMP-654321" });
            Assert.False(denied.IsAllowed);
            Assert.Contains("no-employee-ids-in-pull-requests", denied.Policies);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_policy_on_an_undeclared_type_still_fails_validation()
    {
        var directory = Directory.CreateTempSubdirectory("custos-custom-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "custos.yaml"), StarterWorkspace.Yaml);
            Directory.CreateDirectory(Path.Combine(directory, "policies"));
            File.WriteAllText(Path.Combine(directory, "policies", "staff.cedar"), """
                forbid (principal, action, resource) when { context.findingCounts.EMPLOYEE_ID >= 1 };
                """);
            var result = ConfigLoader.LoadFile(Path.Combine(directory, "custos.yaml"));
            Assert.False(result.IsValid);
            Assert.Contains(result.Diagnostics, d => d.File.Contains("staff.cedar", StringComparison.Ordinal) && d.Message.Contains("EMPLOYEE_ID", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
