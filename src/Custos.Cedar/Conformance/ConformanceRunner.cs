using System.Text.Json;
using Custos.Cedar.Authorization;
using Custos.Cedar.Json;
using Custos.Cedar.Parsing;
using Custos.Cedar.Schema;
using Custos.Cedar.Validation;

namespace Custos.Cedar.Conformance;

/// <summary>
/// Runs test files in the format of Cedar's integration test suite (<c>cedar-integration-tests</c>): every JSON
/// test under <c>ROOT/corpus-tests</c> and <c>ROOT/tests</c> names its policies, entities and schema (paths
/// relative to ROOT), whether the policies should validate, and requests with the expected decision, reasons
/// (determining policy ids) and errors (erroring policy ids). Writes one line per mismatch.
/// </summary>
public static class ConformanceRunner
{
    private static readonly string[] Suites = ["corpus-tests", "tests"];

    public static ConformanceSummary Run(string root, TextWriter mismatches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(mismatches);
        var files = new List<string>();
        foreach (var suite in Suites)
        {
            var folder = Path.Combine(root, suite);
            if (Directory.Exists(folder))
                files.AddRange(Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Where(IsTestFile));
        }
        files.Sort(StringComparer.Ordinal);
        var passed = 0;
        var failed = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (p, f) = RunFile(root, file, mismatches);
            passed += p;
            failed += f;
        }
        return new ConformanceSummary(passed, failed, files.Count);
    }

    /// <summary>Runs one test file; returns its passed and failed counts.</summary>
    public static (int Passed, int Failed) RunFile(string root, string testFile, TextWriter mismatches)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(testFile);
        ArgumentNullException.ThrowIfNull(mismatches);
        var name = Path.GetRelativePath(root, testFile);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(testFile), new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            mismatches.WriteLine($"{name}: cannot read the test file: {ex.Message}");
            return (0, 1);
        }
        using (document)
        {
            var test = document.RootElement;
            if (test.ValueKind != JsonValueKind.Object)
            {
                mismatches.WriteLine($"{name}: malformed test file: expected a JSON object with policies, entities and requests");
                return (0, 1);
            }
            var requests = test.TryGetProperty("requests", out var r) && r.ValueKind == JsonValueKind.Array ? r.GetArrayLength() : 0;
            var total = requests + (test.TryGetProperty("shouldValidate", out _) ? 1 : 0);
            try
            {
                return RunTest(root, name, test, mismatches);
            }
            catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or IOException or UnauthorizedAccessException or FormatException)
            {
                mismatches.WriteLine($"{name}: malformed test file: {ex.Message}");
                return (0, Math.Max(1, total));
            }
        }
    }

    private static (int Passed, int Failed) RunTest(string root, string name, JsonElement test, TextWriter mismatches)
    {
        var requests = test.GetProperty("requests");
        var requestCount = requests.GetArrayLength();
        var hasValidation = test.TryGetProperty("shouldValidate", out var shouldValidateJson);
        var everything = requestCount + (hasValidation ? 1 : 0);

        var policyText = File.ReadAllText(Path.Combine(root, test.GetProperty("policies").GetString()!));
        var parsed = PolicyParser.Parse(policyText);
        if (parsed.PolicySet is null)
        {
            mismatches.WriteLine($"{name}: policies do not parse: {parsed.Errors[0]}");
            return (0, everything);
        }
        CedarSchema? schema = null;
        if (test.TryGetProperty("schema", out var schemaPath) && schemaPath.GetString() is { } path)
        {
            var schemaText = File.ReadAllText(Path.Combine(root, path));
            var schemaResult = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? SchemaJsonParser.Parse(schemaText)
                : CedarSchemaParser.Parse(schemaText);
            schema = schemaResult.Schema;
            if (schema is null)
            {
                mismatches.WriteLine($"{name}: schema does not parse: {schemaResult.Diagnostics.FirstOrDefault()}");
                return (0, everything);
            }
        }

        var passed = 0;
        var failed = 0;
        if (hasValidation)
        {
            if (schema is null)
            {
                mismatches.WriteLine($"{name}: shouldValidate is given but the test has no schema");
                failed++;
            }
            else
            {
                var expected = shouldValidateJson.GetBoolean();
                var result = Validator.Validate(schema, parsed.PolicySet, policyText);
                if (result.Passed == expected)
                {
                    passed++;
                }
                else
                {
                    failed++;
                    mismatches.WriteLine(expected
                        ? $"{name}: expected the policies to validate, but: {result.Errors[0]}"
                        : $"{name}: expected the policies not to validate, but they did");
                }
            }
        }

        var entities = CedarJson.ParseEntities(File.ReadAllText(Path.Combine(root, test.GetProperty("entities").GetString()!)), schema);
        if (entities.Value is null)
        {
            mismatches.WriteLine($"{name}: entities do not parse: {entities.Error}");
            return (passed, failed + requestCount);
        }
        var policies = new CompiledPolicySet(parsed.PolicySet);
        foreach (var requestJson in requests.EnumerateArray())
        {
            var description = requestJson.TryGetProperty("description", out var d) ? d.GetString() : "?";
            var request = CedarJson.ParseRequest(requestJson, schema);
            if (request.Value is null)
            {
                mismatches.WriteLine($"{name} [{description}]: request does not parse: {request.Error}");
                failed++;
                continue;
            }
            if (schema is not null && requestJson.TryGetProperty("validateRequest", out var validate) && validate.ValueKind == JsonValueKind.True &&
                RequestValidator.Validate(request.Value, schema) is { } invalid)
            {
                mismatches.WriteLine($"{name} [{description}]: the request does not conform to the schema: {invalid}");
                failed++;
                continue;
            }
            var response = Authorizer.IsAuthorized(request.Value, policies, entities.Value);
            var decision = requestJson.GetProperty("decision").GetString() == "allow" ? Decision.Allow : Decision.Deny;
            var reasons = Strings(requestJson.GetProperty("reason"));
            var errors = Strings(requestJson.GetProperty("errors"));
            var actualErrors = response.Errors.Select(e => e.PolicyId).ToHashSet(StringComparer.Ordinal);
            if (response.Decision == decision && reasons.SetEquals(response.Reasons) && errors.SetEquals(actualErrors))
            {
                passed++;
            }
            else
            {
                failed++;
                mismatches.WriteLine($"{name} [{description}]: expected {Word(decision)} reasons [{string.Join(",", reasons.Order(StringComparer.Ordinal))}] errors [{string.Join(",", errors.Order(StringComparer.Ordinal))}], " +
                    $"got {Word(response.Decision)} reasons [{string.Join(",", response.Reasons.Order(StringComparer.Ordinal))}] errors [{string.Join(",", actualErrors.Order(StringComparer.Ordinal))}]");
            }
        }
        return (passed, failed);
    }

    private static string Word(Decision decision) => decision == Decision.Allow ? "allow" : "deny";

    private static bool IsTestFile(string path) =>
        !path.EndsWith(".entities.json", StringComparison.Ordinal) &&
        !path.EndsWith(".cedarschema.json", StringComparison.Ordinal) &&
        !path.EndsWith(".schema.json", StringComparison.Ordinal);

    private static HashSet<string> Strings(JsonElement array)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in array.EnumerateArray())
            set.Add(element.GetString()!);
        return set;
    }
}
