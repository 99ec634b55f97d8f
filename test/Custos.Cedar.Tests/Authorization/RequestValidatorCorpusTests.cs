using System.Text.Json;
using Custos.Cedar.Authorization;
using Custos.Cedar.Json;
using Custos.Cedar.Schema;
using Custos.Cedar.Tests.Conformance;

namespace Custos.Cedar.Tests.Authorization;

public sealed class RequestValidatorCorpusTests
{
    [Fact]
    public void Every_conformance_request_that_asks_for_validation_conforms_to_its_schema()
    {
        var root = ConformanceData.Root;
        var schemas = new Dictionary<string, CedarSchema>(StringComparer.Ordinal);
        var failures = new List<string>();
        var validated = 0;
        var files = Directory.EnumerateFiles(Path.Combine(root, "corpus-tests"), "*.json")
            .Where(f => !f.EndsWith(".entities.json", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.json", SearchOption.AllDirectories));
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            if (!document.RootElement.TryGetProperty("schema", out var schemaPath) || schemaPath.GetString() is not { } path)
                continue;
            if (!schemas.TryGetValue(path, out var schema))
                schemas[path] = schema = CedarSchemaParser.Parse(File.ReadAllText(Path.Combine(root, path))).Schema!;
            foreach (var requestJson in document.RootElement.GetProperty("requests").EnumerateArray())
            {
                if (!requestJson.TryGetProperty("validateRequest", out var validate) || !validate.GetBoolean())
                    continue;
                validated++;
                var request = CedarJson.ParseRequest(requestJson, schema);
                var error = request.Value is null ? request.Error : RequestValidator.Validate(request.Value, schema);
                if (error is not null)
                    failures.Add($"{Path.GetFileName(file)}: {error}");
            }
        }
        Assert.True(validated > 40_000, $"only {validated} requests ask for validation");
        Assert.True(failures.Count == 0, $"{failures.Count} of {validated} requests do not validate:\n" + string.Join("\n", failures.Take(20)));
    }
}
