using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Custos.Cedar.Formatting;
using Custos.Core.Authorization;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Policies;

namespace Custos.Cli.Commands;

/// <summary><c>custos policy …</c>: the workspace's Cedar policies: show them, test them, explain a decision.</summary>
internal static class PolicyCommand
{
    public static Command Create(CliOutput output) => new("policy", "The workspace's Cedar policies: grants compiled to Cedar plus policies/*.cedar")
    {
        Show(output),
        Test(output),
        Explain(output),
    };

    private static Command Show(CliOutput output)
    {
        var compiled = new Option<bool>("--compiled") { Description = "Print the whole effective policy set in Cedar, grants included" };
        var schema = new Option<bool>("--schema") { Description = "Print the Cedar schema policies are validated against (generated plus policies/*.cedarschema)" };
        var command = new Command("show", "Print the workspace's policies (or, with --schema, its Cedar schema)") { compiled, schema };
        command.SetAction(parse =>
        {
            var config = CommonOptions.LoadConfig(parse, output);
            if (config is null)
                return ExitCodes.Failed;
            var bundle = config.Policies;
            if (parse.GetValue(schema))
            {
                output.Out.Write(bundle.SchemaText);
                return ExitCodes.Ok;
            }
            var all = parse.GetValue(compiled);
            foreach (var policy in bundle.Policies.StaticPolicies.Concat(bundle.Policies.Templates))
            {
                var origin = bundle.Origins.TryGetValue(policy.Id, out var o) ? o : null;
                if (!all && origin is { IsGrant: true })
                    continue;
                output.Out.WriteLine($"// {policy.Id}: {(origin is null ? "policy set" : origin.IsGrant ? $"compiled from the grant at {origin.File}:{origin.Line}" : $"{origin.File}:{origin.Line}")}");
                output.Out.WriteLine(PolicyFormatter.Format(policy));
                output.Out.WriteLine();
            }
            if (!all)
                output.Error.WriteLine($"{bundle.Origins.Values.Count(v => v.IsGrant)} grants from custos.yaml not shown; add --compiled to see them in Cedar");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Test(CliOutput output)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A YAML file of cases: agent, action, resource, optional arguments and at, expect allow|deny, optional policies" };
        var command = new Command("test", "Run a file of policy test cases against the workspace's policies; exit 1 if any case fails") { file };
        command.SetAction(parse =>
        {
            var config = CommonOptions.LoadConfig(parse, output);
            if (config is null)
                return ExitCodes.Failed;
            var path = parse.GetValue(file)!;
            if (!path.Exists)
                return output.Fail($"{path.FullName}: file not found");
            var diagnostics = new List<Diagnostic>();
            var cases = PolicyTestFile.Read(File.ReadAllText(path.FullName), path.Name, diagnostics);
            foreach (var diagnostic in diagnostics)
                output.Error.WriteLine(diagnostic.ToString());
            if (cases is null)
                return ExitCodes.Failed;
            var authorizer = new CedarAuthorizer();
            int passed = 0, failed = 0;
            foreach (var test in cases)
            {
                var problem = Run(authorizer, config, test, out var decision);
                if (problem is null)
                {
                    passed++;
                    output.Out.WriteLine($"pass  {test.Name}");
                }
                else
                {
                    failed++;
                    output.Out.WriteLine($"FAIL  {test.Name} ({path.Name}:{test.Line}): {problem}");
                    if (decision is not null)
                    {
                        foreach (var reason in decision.Reasons)
                            output.Out.WriteLine($"      {reason}");
                    }
                }
            }
            output.Out.WriteLine($"{passed} passed, {failed} failed");
            return failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    private static string? Run(CedarAuthorizer authorizer, CustosConfig config, PolicyTestCase test, out Decision? decision)
    {
        decision = null;
        var agent = config.FindAgent(test.Agent);
        if (agent is null)
            return $"agent '{test.Agent}' is not in custos.yaml";
        if (!ResourceName.TryParse(test.Resource, out var resource, out var error))
            return error;
        decision = authorizer.Authorize(new AuthorizationRequest(agent, test.Action, resource, test.Arguments) { At = test.At ?? DateTimeOffset.UtcNow }, config);
        if (decision.IsAllowed != test.ExpectAllow)
            return $"expected {(test.ExpectAllow ? "allow" : "deny")}, got {(decision.IsAllowed ? "allow" : "deny")}";
        if (test.ExpectPolicies.Count > 0 && !test.ExpectPolicies.ToHashSet(StringComparer.Ordinal).SetEquals(decision.Policies))
            return $"expected the decision from [{string.Join(", ", test.ExpectPolicies)}], got it from [{string.Join(", ", decision.Policies)}]";
        return null;
    }

    private static Command Explain(CliOutput output)
    {
        var agent = new Option<string>("--agent") { Description = "The agent's name", Required = true };
        var action = new Option<string>("--action") { Description = "The verb: call, read, write, complete, …", Required = true };
        var resource = new Option<string>("--resource") { Description = "The system or tool: github or github.create_issue", Required = true };
        var arguments = new Option<string?>("--context") { Description = "The action's arguments as a JSON object (context.arguments)" };
        var at = new Option<string?>("--at") { Description = "When the action happens (default: now), e.g. 2026-11-27T22:00:00Z" };
        var command = new Command("explain", "Show which policies decided a request and why: each policy whose scope matched, and whether its conditions held")
        {
            agent, action, resource, arguments, at,
        };
        command.SetAction(parse =>
        {
            var config = CommonOptions.LoadConfig(parse, output);
            if (config is null)
                return ExitCodes.Failed;
            var definition = config.FindAgent(parse.GetValue(agent)!);
            if (definition is null)
                return output.Fail($"agent '{parse.GetValue(agent)}' is not in custos.yaml");
            if (!ResourceName.TryParse(parse.GetValue(resource), out var resourceName, out var error))
                return output.Fail($"--resource: {error}", ExitCodes.Usage);
            var when = DateTimeOffset.UtcNow;
            if (parse.GetValue(at) is { } atText && !DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out when))
                return output.Fail("--at must be a date and time such as 2026-11-27T22:00:00Z", ExitCodes.Usage);
            JsonDocument? document = null;
            if (parse.GetValue(arguments) is { } json)
            {
                try
                {
                    document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
                }
                catch (JsonException)
                {
                    return output.Fail("--context is not valid JSON; write a JSON object such as '{\"amount\": 120}'", ExitCodes.Usage);
                }
            }
            using (document)
            {
                var request = new AuthorizationRequest(definition, parse.GetValue(action)!, resourceName, document?.RootElement) { At = when };
                var explanation = PolicyExplainer.Explain(request, config);
                output.Out.WriteLine($"decision: {(explanation.Decision.IsAllowed ? "allow" : "deny")}");
                foreach (var reason in explanation.Decision.Reasons)
                    output.Out.WriteLine($"  {reason}");
                output.Out.WriteLine();
                output.Out.WriteLine($"{explanation.Considered.Count} policies apply to this request by scope; {explanation.NotApplicable} do not:");
                foreach (var trace in explanation.Considered)
                {
                    var verdict = trace.Verdict switch
                    {
                        PolicyVerdict.Satisfied => trace.Effect == Cedar.Ast.Effect.Permit ? "permits" : "forbids",
                        PolicyVerdict.ConditionFalse => "conditions not met",
                        _ when trace.Effect == Cedar.Ast.Effect.Forbid => "error, so it denies (fail closed): " + trace.Error,
                        _ => "error, skipped: " + trace.Error,
                    };
                    output.Out.WriteLine();
                    output.Out.WriteLine($"// {trace.Id} ({trace.Origin}): {verdict}");
                    output.Out.WriteLine(trace.Text);
                }
                return explanation.Decision.IsAllowed ? ExitCodes.Ok : ExitCodes.Denied;
            }
        });
        return command;
    }
}
