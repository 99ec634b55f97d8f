using System.Text.Json;
using Custos.Cedar.Parsing;
using Custos.Cedar.Schema;
using Custos.Cedar.Tests.Conformance;
using Custos.Cedar.Validation;

namespace Custos.Cedar.Tests.Validation;

public sealed class CorpusValidationTests
{
    /// <summary>Every conformance test says whether its policies validate against its schema (Cedar's strict mode).</summary>
    [Fact]
    public void The_validator_verdict_matches_cedar_on_every_conformance_test()
    {
        var root = ConformanceData.Root;
        var tests = Directory.EnumerateFiles(Path.Combine(root, "corpus-tests"), "*.json")
            .Where(f => !f.EndsWith(".entities.json", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.json", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(tests.Count > 6000, $"expected the corpus, found {tests.Count} tests");
        var mismatches = new List<string>();
        var invalid = 0;
        foreach (var test in tests)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(test));
            var policies = File.ReadAllText(Path.Combine(root, json.RootElement.GetProperty("policies").GetString()!));
            var schemaText = File.ReadAllText(Path.Combine(root, json.RootElement.GetProperty("schema").GetString()!));
            var expected = json.RootElement.GetProperty("shouldValidate").GetBoolean();
            var schema = CedarSchemaParser.Parse(schemaText);
            if (schema.Schema is null)
            {
                mismatches.Add($"{Path.GetFileName(test)}: schema error {schema.Diagnostics[0]}");
                continue;
            }
            var parsed = PolicyParser.Parse(policies);
            if (parsed.PolicySet is null)
            {
                mismatches.Add($"{Path.GetFileName(test)}: policy parse error {parsed.Errors[0]}");
                continue;
            }
            var result = Validator.Validate(schema.Schema, parsed.PolicySet, policies);
            if (!result.Passed)
                invalid++;
            if (result.Passed != expected)
            {
                mismatches.Add($"{Path.GetFileName(test)}: expected {(expected ? "valid" : "invalid")}" +
                    (result.Passed ? "" : $"; first error: {result.Errors[0]}"));
            }
        }
        var report = Environment.GetEnvironmentVariable("CEDAR_VALIDATION_REPORT");
        if (!string.IsNullOrEmpty(report))
            File.WriteAllLines(report, [$"{tests.Count - mismatches.Count}/{tests.Count} match; {invalid} judged invalid", .. mismatches]);
        Assert.True(mismatches.Count == 0,
            $"{tests.Count - mismatches.Count}/{tests.Count} verdicts match; mismatches:\n" + string.Join("\n", mismatches.Take(30)));
    }
}
