using Custos.Cedar.Diagnostics;
using Custos.Cedar.Schema.Text;

namespace Custos.Cedar.Schema;

/// <summary>Parses a schema in Cedar's human-readable syntax (<c>.cedarschema</c>).</summary>
public static class CedarSchemaParser
{
    /// <summary>Inputs longer than this many characters are refused with an error rather than parsed.</summary>
    public const int MaxInputLength = 8 * 1024 * 1024;

    /// <summary>Parses and resolves <paramref name="text"/>; never throws on bad input (errors are in the result).</summary>
    public static SchemaParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = new SourceText(text);
        var diagnostics = new List<CedarDiagnostic>();
        if (text.Length > MaxInputLength)
        {
            diagnostics.Add(source.Error(0, $"the schema is {text.Length} characters long: expected at most {MaxInputLength}"));
            return new SchemaParseResult(null, [.. diagnostics]);
        }
        var tokens = SchemaLexer.Tokenize(text, out var errorAt, out var error);
        if (tokens is null)
        {
            diagnostics.Add(source.Error(errorAt, error!));
            return new SchemaParseResult(null, [.. diagnostics]);
        }
        var namespaces = SchemaTextParser.Parse(tokens, source, diagnostics);
        if (namespaces is null)
            return new SchemaParseResult(null, [.. diagnostics]);
        var schema = SchemaBuilder.Build(namespaces, source, diagnostics);
        return new SchemaParseResult(schema, [.. diagnostics]);
    }
}
