using System.Text.RegularExpressions;
using Custos.Core.Authorization;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Core.Tests.Authorization;

public sealed class GrantAuthorizerTests
{
    private static readonly CustosConfig Starter = ConfigLoader.Parse(StarterWorkspace.Yaml, "custos.yaml", "/srv/custos.yaml").GetConfigOrThrow();
    private readonly GrantAuthorizer authorizer = new();

    [Theory]
    [InlineData("dev-agent", "call", "github.create_pull_request", "dev-proposes-changes")]
    [InlineData("finance-agent", "read", "billing.invoices", "finance-reads-billing")]
    [InlineData("security-agent", "halt", "custos.agents", "security-contains-agents")]
    public void A_grant_naming_the_system_action_and_tool_allows_and_is_named(string agent, string action, string resource, string grant)
    {
        var decision = Decide(agent, action, resource);
        Assert.True(decision.IsAllowed);
        Assert.Equal([grant], decision.Policies);
        Assert.Contains($"lets {agent} {action} {resource}", Assert.Single(decision.Reasons), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dev-agent", "call", "github.delete_repository", "no grant lets dev-agent call github.delete_repository; dev-agent's grants on github allow call on")]
    [InlineData("dev-agent", "write", "github.create_pull_request", "no grant lets dev-agent write github.create_pull_request")]
    [InlineData("marketing-agent", "call", "crm.get_customer", "no grant lets marketing-agent use crm; deny by default")]
    [InlineData("finance-agent", "pay", "billing.payments", "no grant lets finance-agent pay billing.payments")]
    [InlineData("dev-agent", "launch", "github", "'launch' is not an action Custos knows")]
    [InlineData("dev-agent", "call", "github", "no grant lets dev-agent call github")]
    public void Anything_no_grant_allows_is_denied_with_a_reason(string agent, string action, string resource, string reason)
    {
        var decision = Decide(agent, action, resource);
        Assert.False(decision.IsAllowed);
        Assert.Empty(decision.Policies);
        Assert.Contains(reason, Assert.Single(decision.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void An_agent_without_grants_is_denied_everything()
    {
        var yaml = StarterWorkspace.Yaml.Replace("  - id: security-reads-audit\n    agent: security-agent", "  - id: security-reads-audit\n    agent: dev-agent", StringComparison.Ordinal)
            .Replace("  - id: security-contains-agents\n    agent: security-agent", "  - id: security-contains-agents\n    agent: dev-agent", StringComparison.Ordinal);
        var config = ConfigLoader.Parse(yaml, "custos.yaml", "/srv/custos.yaml").GetConfigOrThrow();
        Assert.True(ResourceName.TryParse("custos.audit", out var resource, out _));
        var decision = authorizer.Authorize(new AuthorizationRequest(config.FindAgent("security-agent")!, "read", resource, null), config);
        Assert.Equal("security-agent has no grants; deny by default", Assert.Single(decision.Reasons));
    }

    [Property(MaxTest = 1000)]
    public Property Glob_matching_agrees_with_an_anchored_regex() =>
        Prop.ForAll(Word("ab*").ToArbitrary(), Word("ab").ToArbitrary(), (pattern, value) =>
        {
            var regex = "^" + string.Concat(pattern.Select(c => c == '*' ? ".*" : Regex.Escape(c.ToString()))) + "$";
            // NonBacktracking: a pattern of many stars against a value it misses made the backtracking engine run for minutes.
            return GrantAuthorizer.Matches(pattern, value) == Regex.IsMatch(value, regex, RegexOptions.Singleline | RegexOptions.NonBacktracking);
        });

    private static Gen<string> Word(string alphabet) =>
        Gen.Elements(alphabet.ToCharArray()).ListOf().Select(chars => new string([.. chars]));

    private Decision Decide(string agent, string action, string resource)
    {
        Assert.True(ResourceName.TryParse(resource, out var name, out var error), error);
        return authorizer.Authorize(new AuthorizationRequest(Starter.FindAgent(agent)!, action, name, null), Starter);
    }
}
