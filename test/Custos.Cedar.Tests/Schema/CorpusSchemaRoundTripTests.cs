using Custos.Cedar.Schema;
using Custos.Cedar.Tests.Conformance;

namespace Custos.Cedar.Tests.Schema;

public sealed class CorpusSchemaRoundTripTests
{
    /// <summary>Every conformance schema parses, and survives printing in both formats and parsing again unchanged.</summary>
    [Fact]
    public void Every_conformance_schema_round_trips_through_both_formats()
    {
        var files = Directory.EnumerateFiles(ConformanceData.Root, "*.cedarschema", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count > 6000, $"expected the corpus, found {files.Count} schemas");
        var failures = new List<string>();
        foreach (var file in files)
        {
            var parsed = CedarSchemaParser.Parse(File.ReadAllText(file));
            if (parsed.Schema is null)
            {
                failures.Add($"{Path.GetFileName(file)}: {parsed.Diagnostics[0]}");
                continue;
            }
            var text = CedarSchemaParser.Parse(CedarSchemaPrinter.Print(parsed.Schema));
            var json = SchemaJsonParser.Parse(SchemaJsonPrinter.Print(parsed.Schema));
            var difference = text.Schema is null ? "printed schema: " + text.Diagnostics[0]
                : json.Schema is null ? "printed JSON: " + json.Diagnostics[0]
                : SchemaAssert.Difference(parsed.Schema, text.Schema) ?? SchemaAssert.Difference(parsed.Schema, json.Schema);
            if (difference is not null)
                failures.Add($"{Path.GetFileName(file)}: {difference}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} schemas failed:\n" + string.Join("\n", failures.Take(20)));
    }
}
