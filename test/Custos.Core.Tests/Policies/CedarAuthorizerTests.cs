using System.Text;
using System.Text.Json;
using Custos.Core.Authorization;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Policies;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Core.Tests.Policies;

public sealed class CedarAuthorizerTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("custos-policies-").FullName;
    private readonly CedarAuthorizer authorizer = new();

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private CustosConfig Load(string yaml, params (string File, string Text)[] files)
    {
        var path = Path.Combine(directory, "custos.yaml");
        File.WriteAllText(path, yaml);
        var policies = Path.Combine(directory, "policies");
        if (Directory.Exists(policies))
            Directory.Delete(policies, recursive: true);
        if (files.Length > 0)
        {
            Directory.CreateDirectory(policies);
            foreach (var (file, text) in files)
                File.WriteAllText(Path.Combine(policies, file), text);
        }
        return ConfigLoader.LoadFile(path, "custos.yaml").GetConfigOrThrow();
    }

    private static Decision Decide(IAuthorizer authorizer, CustosConfig config, string agent, string action, string resource, string? arguments = null, DateTimeOffset? at = null)
    {
        Assert.True(ResourceName.TryParse(resource, out var name, out _));
        using var document = arguments is null ? null : JsonDocument.Parse(arguments);
        return authorizer.Authorize(new AuthorizationRequest(config.FindAgent(agent)!, action, name, document?.RootElement.Clone())
        {
            At = at ?? new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero),
        }, config);
    }

    [Property(MaxTest = 60)]
    public Property Compiled_grants_decide_exactly_as_the_grants_do() =>
        Prop.ForAll(Grants().ToArbitrary(), Requests().ToArbitrary(), (grants, requests) =>
        {
            var config = ConfigLoader.Parse(Yaml(grants), "custos.yaml", Path.Combine(directory, "nowhere", "custos.yaml")).GetConfigOrThrow();
            var grantAuthorizer = new GrantAuthorizer();
            foreach (var (agent, action, resource) in requests)
            {
                var byGrants = Decide(grantAuthorizer, config, agent, action, resource);
                var byCedar = Decide(authorizer, config, agent, action, resource);
                if (byGrants.IsAllowed != byCedar.IsAllowed)
                    return false.Label($"{agent} {action} {resource}: grants say {byGrants.Effect}, Cedar says {byCedar.Effect}\n{Yaml(grants)}");
                if (byGrants.IsAllowed && !byCedar.Policies.Contains(byGrants.Policies[0]))
                    return false.Label($"{agent} {action} {resource}: decided by {string.Join(",", byCedar.Policies)}, expected {byGrants.Policies[0]} among them");
            }
            return true.ToProperty();
        });

    [Fact]
    public void A_forbid_in_a_policy_file_overrides_a_grant_and_is_named()
    {
        var config = Load(StarterWorkspace.Yaml, ("guard.cedar", """
            @id("no-night-invoices")
            forbid (principal, action == Custos::Action::"create", resource == Custos::Tool::"billing.invoices")
            when { context.hour >= 22 };
            """));
        Assert.True(Decide(authorizer, config, "finance-agent", "create", "billing.invoices").IsAllowed);
        var night = Decide(authorizer, config, "finance-agent", "create", "billing.invoices", at: new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.Zero));
        Assert.False(night.IsAllowed);
        Assert.Equal(["no-night-invoices"], night.Policies);
        Assert.Contains("policy no-night-invoices (policies/guard.cedar:1) forbids finance-agent create billing.invoices", night.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_allow_names_each_permitting_policy_in_its_reasons_when_they_are_read()
    {
        var config = Load(StarterWorkspace.Yaml, ("extra.cedar", """
            @id("invoices-by-day")
            permit (principal == Custos::Agent::"finance-agent", action == Custos::Action::"create", resource == Custos::Tool::"billing.invoices")
            when { context.hour < 22 };
            """));
        var decision = Decide(authorizer, config, "finance-agent", "create", "billing.invoices");
        Assert.True(decision.IsAllowed);
        Assert.Contains("invoices-by-day", decision.Policies);
        Assert.Equal(decision.Policies.Count, decision.Reasons.Count);
        var reason = Assert.Single(decision.Reasons, r => r.Contains("invoices-by-day", StringComparison.Ordinal));
        Assert.Equal("policy invoices-by-day (policies/extra.cedar:1) permits finance-agent create billing.invoices", reason);
        Assert.Equal(decision.Reasons, decision.Reasons.ToArray()); // read twice, the same texts in the same order
        Assert.All(decision.Reasons, r => Assert.EndsWith(" permits finance-agent create billing.invoices", r, StringComparison.Ordinal));
    }

    [Fact]
    public void Arguments_declared_in_a_workspace_schema_are_typed_and_usable()
    {
        var config = Load(StarterWorkspace.Yaml,
            ("arguments.cedarschema", "namespace Custos { type Arguments = { amount?: Long, currency?: String }; }"),
            ("limits.cedar", """
                @id("big-invoices-need-a-person")
                forbid (principal, action == Custos::Action::"create", resource == Custos::Tool::"billing.invoices")
                when { context.arguments has amount && context.arguments.amount > 10000 };
                """));
        Assert.True(Decide(authorizer, config, "finance-agent", "create", "billing.invoices", """{"amount": 500}""").IsAllowed);
        Assert.False(Decide(authorizer, config, "finance-agent", "create", "billing.invoices", """{"amount": 50000}""").IsAllowed);
        Assert.True(Decide(authorizer, config, "finance-agent", "create", "billing.invoices").IsAllowed);
    }

    [Fact]
    public void Fractional_arguments_reach_policy_as_decimals()
    {
        var config = Load(StarterWorkspace.Yaml,
            ("arguments.cedarschema", "namespace Custos { type Arguments = { rate?: decimal }; }"),
            ("rates.cedar", """
                @id("no-high-rates")
                forbid (principal, action == Custos::Action::"create", resource == Custos::Tool::"billing.invoices")
                when { context.arguments has rate && context.arguments.rate.greaterThan(decimal("1.5")) };
                """));
        Assert.True(Decide(authorizer, config, "finance-agent", "create", "billing.invoices", """{"rate": 0.7}""").IsAllowed);
        var decision = Decide(authorizer, config, "finance-agent", "create", "billing.invoices", """{"rate": 1.9}""");
        Assert.False(decision.IsAllowed);
        Assert.Equal(["no-high-rates"], decision.Policies);
    }

    [Fact]
    public void A_forbid_that_fails_at_run_time_denies_fail_closed()
    {
        var config = Load(StarterWorkspace.Yaml,
            ("arguments.cedarschema", "namespace Custos { type Arguments = { amount?: Long }; }"),
            ("overflow.cedar", """
                @id("overflowing")
                forbid (principal, action == Custos::Action::"create", resource)
                when { context.arguments has amount && context.arguments.amount * 1000000000000 > 5 };
                """));
        Assert.True(Decide(authorizer, config, "finance-agent", "create", "billing.invoices", """{"amount": 0}""").IsAllowed);
        var decision = Decide(authorizer, config, "finance-agent", "create", "billing.invoices", """{"amount": 90000000}""");
        Assert.False(decision.IsAllowed);
        Assert.Equal(["overflowing"], decision.Policies);
        Assert.Contains("fail closed", decision.Reasons[0], StringComparison.Ordinal);
        Assert.Contains(decision.Errors, e => e.StartsWith("overflowing", StringComparison.Ordinal) && e.Contains("overflow", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_permit_that_fails_at_run_time_is_skipped_and_named_in_the_decision()
    {
        var config = Load(StarterWorkspace.Yaml,
            ("arguments.cedarschema", "namespace Custos { type Arguments = { amount?: Long }; }"),
            ("overflow.cedar", """
                @id("overflowing-permit")
                permit (principal, action == Custos::Action::"pay", resource)
                when { context.arguments has amount && context.arguments.amount * 1000000000000 > 5 };
                """));
        var decision = Decide(authorizer, config, "finance-agent", "pay", "billing.payments", """{"amount": 90000000}""");
        Assert.False(decision.IsAllowed);
        Assert.Contains(decision.Errors, e => e.StartsWith("overflowing-permit", StringComparison.Ordinal));
        Assert.Contains(decision.Reasons, r => r.Contains("could not be evaluated and were skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void A_grant_for_all_tools_covers_tools_no_configuration_lists()
    {
        var yaml = StarterWorkspace.Yaml.Replace(
            "  - id: dev-reads-code\n    agent: dev-agent\n    system: github\n    actions: [call]\n    tools: [get_file_contents, search_code, list_pull_requests, get_pull_request]",
            "  - id: dev-reads-code\n    agent: dev-agent\n    system: github\n    actions: [call]",
            StringComparison.Ordinal);
        Assert.NotEqual(StarterWorkspace.Yaml, yaml);
        var config = Load(yaml);
        Assert.True(Decide(authorizer, config, "dev-agent", "call", "github.some_new_tool").IsAllowed);
        Assert.False(Decide(authorizer, config, "dev-agent", "call", "gitlab.some_tool").IsAllowed);
    }

    [Fact]
    public void Bad_policy_files_are_reported_with_file_line_and_column()
    {
        var path = Path.Combine(directory, "custos.yaml");
        File.WriteAllText(path, StarterWorkspace.Yaml);
        Directory.CreateDirectory(Path.Combine(directory, "policies"));
        File.WriteAllText(Path.Combine(directory, "policies", "a.cedar"), "@id(\"same\") permit (principal, action, resource);\n");
        File.WriteAllText(Path.Combine(directory, "policies", "c.cedar"), "permit (principal, action, resource);\n\npermit (principal, action, resource) when { 1 + };");
        File.WriteAllText(Path.Combine(directory, "policies", "b.cedar"), "@id(\"same\") permit (principal, action, resource)\nwhen { principal.nosuch };");
        var result = ConfigLoader.LoadFile(path, "custos.yaml");
        Assert.False(result.IsValid);
        var messages = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith("policies/c.cedar:3:", StringComparison.Ordinal) && m.Contains("expected an expression", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("policies/b.cedar:1:", StringComparison.Ordinal) && m.Contains("already used", StringComparison.Ordinal));
    }

    [Fact]
    public void Policies_that_do_not_validate_against_the_schema_are_errors()
    {
        var path = Path.Combine(directory, "custos.yaml");
        File.WriteAllText(path, StarterWorkspace.Yaml);
        Directory.CreateDirectory(Path.Combine(directory, "policies"));
        File.WriteAllText(Path.Combine(directory, "policies", "typo.cedar"), "permit (principal, action == Custos::Action::\"read\", resource)\nwhen { principal.tem == \"finance\" };");
        var result = ConfigLoader.LoadFile(path, "custos.yaml");
        Assert.False(result.IsValid);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("policies/typo.cedar", 2), (error.File, error.Line));
        Assert.Contains("tem", error.Message, StringComparison.Ordinal);
    }

    private static readonly string[] Agents = ["dev-agent", "finance-agent"];
    private static readonly string[] Systems = ["github", "billing"];
    private static readonly string[] ToolNames = ["a", "ab", "b", "ba", "abc"];
    private static readonly string[] Verbs = ["read", "call", "create", "pay"];

    private sealed record GrantSpec(string Agent, string System, string[] Actions, string[] Tools);

    private static Gen<GrantSpec[]> Grants() =>
        (from agent in Gen.Elements(Agents)
         from system in Gen.Elements(Systems)
         from actions in Gen.SubListOf(Verbs).Where(a => a.Count > 0)
         from tools in Gen.Elements("a", "b", "a*", "*b", "*", "ab").ArrayOf().Select(t => t.Distinct().Take(3).ToArray())
         select new GrantSpec(agent, system, [.. actions], tools)).ArrayOf().Select(g => g.Take(6).ToArray());

    private static Gen<(string, string, string)[]> Requests() =>
        (from agent in Gen.Elements(Agents)
         from action in Gen.Elements(Verbs)
         from system in Gen.Elements(Systems)
         from tool in Gen.Elements(ToolNames.Append("").ToArray())
         select (agent, action, tool.Length == 0 ? system : $"{system}.{tool}")).ArrayOf().Select(r => r.Take(20).ToArray());

    private static string Yaml(GrantSpec[] grants)
    {
        var b = new StringBuilder("""
            version: 1
            agents:
              - name: dev-agent
                owner: dev@example.com
                team: engineering
                purpose: Writes code.
                risk_tier: limited
                gdpr: { lawful_basis: legitimate_interests, processing_purpose: Software development. }
              - name: finance-agent
                owner: cfo@example.com
                team: finance
                purpose: Drafts invoices.
                risk_tier: high
                gdpr: { lawful_basis: contract, processing_purpose: Invoicing. }
            systems:
              - name: github
                kind: mcp
                url: https://example.com/mcp
              - name: billing
                kind: http
                url: https://example.com/api
            grants:

            """);
        for (var i = 0; i < grants.Length; i++)
        {
            var g = grants[i];
            b.Append($"  - id: g{i}\n    agent: {g.Agent}\n    system: {g.System}\n    actions: [{string.Join(", ", g.Actions)}]\n");
            if (g.Tools.Length > 0)
                b.Append($"    tools: [{string.Join(", ", g.Tools.Select(t => $"\"{t}\""))}]\n");
        }
        if (grants.Length == 0)
            b.Append("  []\n");
        return b.ToString();
    }
}
