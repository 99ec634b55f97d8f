using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Custos.Core.Configuration;

namespace Custos.Core.Policies;

/// <summary>
/// Reads a policy test file (YAML), for policy CI in a workspace's repository:
/// <code>
/// cases:
///   - name: the dev agent may read code
///     agent: dev-agent
///     action: call
///     resource: github.search_code
///     arguments: { query: "TODO" }     # optional: context.arguments
///     at: 2026-11-27T14:00:00Z         # optional: when (context.now, context.hour)
///     expect: allow                    # allow or deny
///     policies: [dev-reads-code]       # optional: the policies that must decide it
/// </code>
/// </summary>
public static class PolicyTestFile
{
    private static readonly string[] CaseKeys = ["name", "agent", "action", "resource", "arguments", "at", "expect", "policies"];

    public static IReadOnlyList<PolicyTestCase>? Read(string text, string file, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = YamlTreeReader.Read(text, file, diagnostics);
        if (root is null || diagnostics.Count > 0)
            return null;
        if (root is not YamlMapping map || map.Find("cases") is not YamlSequence sequence)
        {
            diagnostics.Add(new Diagnostic(file, root.Start.Line, root.Start.Column, DiagnosticSeverity.Error, "expected a mapping with a 'cases' list; see 'custos policy test --help'"));
            return null;
        }
        foreach (var entry in map.Entries)
        {
            if (entry.Key.Value != "cases")
                diagnostics.Add(new Diagnostic(file, entry.Key.Start.Line, entry.Key.Start.Column, DiagnosticSeverity.Error, $"unknown key '{entry.Key.Value}'; a test file has only 'cases'"));
        }
        var cases = new List<PolicyTestCase>();
        var index = 0;
        foreach (var item in sequence.Items)
        {
            index++;
            if (item is not YamlMapping c)
            {
                diagnostics.Add(Error(file, item, $"case {index}: expected a mapping with agent, action, resource and expect"));
                continue;
            }
            foreach (var entry in c.Entries)
            {
                if (!CaseKeys.Contains(entry.Key.Value))
                    diagnostics.Add(Error(file, entry.Key, $"unknown key '{entry.Key.Value}' in case {index}; the keys are {string.Join(", ", CaseKeys)}"));
            }
            var name = Scalar(c, "name") ?? $"case {index}";
            var agent = Required(c, "agent", file, index, diagnostics);
            var action = Required(c, "action", file, index, diagnostics);
            var resource = Required(c, "resource", file, index, diagnostics);
            var expect = Required(c, "expect", file, index, diagnostics);
            if (expect is not null and not ("allow" or "deny"))
            {
                diagnostics.Add(Error(file, c.Find("expect")!, $"case {index}: expect must be allow or deny, not '{expect}'"));
                continue;
            }
            DateTimeOffset? at = null;
            if (c.Find("at") is YamlScalar atNode)
            {
                if (DateTimeOffset.TryParse(atNode.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                    at = parsed;
                else
                    diagnostics.Add(Error(file, atNode, $"case {index}: 'at' must be a date and time such as 2026-11-27T14:00:00Z"));
            }
            var policies = new List<string>();
            if (c.Find("policies") is YamlSequence list)
                policies.AddRange(list.Items.OfType<YamlScalar>().Select(s => s.Value));
            JsonElement? arguments = null;
            if (c.Find("arguments") is { } argumentsNode)
            {
                if (argumentsNode is not YamlMapping)
                    diagnostics.Add(Error(file, argumentsNode, $"case {index}: arguments must be a mapping"));
                else
                    arguments = JsonSerializer.SerializeToElement(ToJson(argumentsNode));
            }
            if (agent is null || action is null || resource is null || expect is null)
                continue;
            cases.Add(new PolicyTestCase(name, agent, action, resource, arguments, at, expect == "allow", policies, c.Start.Line));
        }
        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? null : cases;
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YamlSequence s => new JsonArray([.. s.Items.Select(ToJson)]),
        YamlScalar { IsNull: true } => null,
        YamlScalar { IsPlain: true, Value: "true" } => JsonValue.Create(true),
        YamlScalar { IsPlain: true, Value: "false" } => JsonValue.Create(false),
        YamlScalar { IsPlain: true } s when long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
        YamlScalar s => JsonValue.Create(s.Value),
        _ => null,
    };

    private static string? Scalar(YamlMapping map, string key) => map.Find(key) is YamlScalar { IsNull: false } s ? s.Value : null;

    private static string? Required(YamlMapping map, string key, string file, int index, List<Diagnostic> diagnostics)
    {
        var value = Scalar(map, key);
        if (value is null)
            diagnostics.Add(Error(file, map, $"case {index}: '{key}' is required"));
        return value;
    }

    private static Diagnostic Error(string file, YamlNode node, string message) =>
        new(file, node.Start.Line, node.Start.Column, DiagnosticSeverity.Error, message);
}
