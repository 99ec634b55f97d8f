using System.Text.Json;
using Custos.Cedar.Authorization;
using Custos.Cedar.Entities;
using Custos.Cedar.Json;
using Custos.Cedar.Parsing;
using Custos.Cedar.Schema;

namespace Custos.Cedar.Tests.Authorization;

/// <summary>
/// Runs Cedar's integration-test JSON files (policies, entities, schema, requests with the expected decision,
/// reasons and erroring policies) through the parser, the JSON readers and the authorizer.
/// </summary>
internal static class ConformanceRunner
{
    /// <summary>Runs one test file; returns the number of requests and adds a line per mismatch.</summary>
    public static int Run(string root, string testFile, List<string> mismatches)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(testFile));
        var test = document.RootElement;
        var name = Path.GetRelativePath(root, testFile);
        var policyText = File.ReadAllText(Path.Combine(root, test.GetProperty("policies").GetString()!));
        var parsed = PolicyParser.Parse(policyText);
        if (parsed.PolicySet is null)
        {
            mismatches.Add($"{name}: policies do not parse: {parsed.Errors[0]}");
            return 0;
        }
        CedarSchema? schema = null;
        if (test.TryGetProperty("schema", out var schemaPath) && schemaPath.GetString() is { } path)
        {
            var schemaResult = CedarSchemaParser.Parse(File.ReadAllText(Path.Combine(root, path)));
            schema = schemaResult.Schema;
            if (schema is null)
            {
                mismatches.Add($"{name}: schema does not parse: {schemaResult.Diagnostics.FirstOrDefault()}");
                return 0;
            }
        }
        var entities = CedarJson.ParseEntities(File.ReadAllText(Path.Combine(root, test.GetProperty("entities").GetString()!)), schema);
        if (entities.Value is null)
        {
            mismatches.Add($"{name}: entities do not parse: {entities.Error}");
            return 0;
        }
        var policies = new CompiledPolicySet(parsed.PolicySet);
        var count = 0;
        foreach (var requestJson in test.GetProperty("requests").EnumerateArray())
        {
            count++;
            var description = requestJson.TryGetProperty("description", out var d) ? d.GetString() : "?";
            var request = CedarJson.ParseRequest(requestJson, schema);
            if (request.Value is null)
            {
                mismatches.Add($"{name} [{description}]: request does not parse: {request.Error}");
                continue;
            }
            if (schema is not null && requestJson.TryGetProperty("validateRequest", out var validate) && validate.GetBoolean() &&
                RequestValidator.Validate(request.Value, schema) is { } invalid)
            {
                mismatches.Add($"{name} [{description}]: request does not validate: {invalid}");
                continue;
            }
            var response = Authorizer.IsAuthorized(request.Value, policies, entities.Value);
            var decision = requestJson.GetProperty("decision").GetString() == "allow" ? Decision.Allow : Decision.Deny;
            var reasons = Strings(requestJson.GetProperty("reason"));
            var errors = Strings(requestJson.GetProperty("errors"));
            var actualErrors = response.Errors.Select(e => e.PolicyId).ToHashSet();
            if (response.Decision != decision || !reasons.SetEquals(response.Reasons) || !errors.SetEquals(actualErrors))
            {
                mismatches.Add($"{name} [{description}]: expected {decision} reasons [{string.Join(",", reasons)}] errors [{string.Join(",", errors)}], " +
                    $"got {response.Decision} reasons [{string.Join(",", response.Reasons)}] errors [{string.Join("; ", response.Errors)}]");
            }
        }
        return count;
    }

    private static HashSet<string> Strings(JsonElement array)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in array.EnumerateArray())
            set.Add(element.GetString()!);
        return set;
    }
}
