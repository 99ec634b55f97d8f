using Custos.Cedar.Diagnostics;
using Custos.Cedar.Schema.Json;

namespace Custos.Cedar.Schema;

/// <summary>
/// Parses a schema in Cedar's JSON format: <c>{"Namespace": {"entityTypes": …, "actions": …, "commonTypes": …}}</c>.
/// Errors name the JSON path (<c>$.NS.entityTypes.User.shape</c>) and carry the line and column.
/// </summary>
public static class SchemaJsonParser
{
    /// <summary>Inputs longer than this many characters are refused with an error rather than parsed.</summary>
    public const int MaxInputLength = 8 * 1024 * 1024;

    /// <summary>Parses and resolves <paramref name="json"/>; never throws on bad input (errors are in the result).</summary>
    public static SchemaParseResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var source = new SourceText(json);
        var diagnostics = new List<CedarDiagnostic>();
        if (json.Length > MaxInputLength)
        {
            diagnostics.Add(source.Error(0, $"the schema is {json.Length} characters long: expected at most {MaxInputLength}"));
            return new SchemaParseResult(null, [.. diagnostics]);
        }
        var root = JsonReader.Read(json, out var errorAt, out var error);
        if (root is null)
        {
            diagnostics.Add(source.Error(errorAt, error!));
            return new SchemaParseResult(null, [.. diagnostics]);
        }
        var namespaces = SchemaJsonReader.Read(root, source, diagnostics);
        if (namespaces is null)
            return new SchemaParseResult(null, [.. diagnostics]);
        return new SchemaParseResult(SchemaBuilder.Build(namespaces, source, diagnostics), [.. diagnostics]);
    }
}
