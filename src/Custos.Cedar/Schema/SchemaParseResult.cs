using System.Collections.Immutable;
using Custos.Cedar.Diagnostics;

namespace Custos.Cedar.Schema;

/// <summary>
/// The outcome of parsing a schema: the schema when it is valid, otherwise null and at least one error. Each
/// diagnostic has the line and column it is about and says what was expected.
/// </summary>
public sealed class SchemaParseResult
{
    internal SchemaParseResult(CedarSchema? schema, ImmutableArray<CedarDiagnostic> diagnostics)
    {
        Schema = schema;
        Diagnostics = diagnostics;
    }

    public CedarSchema? Schema { get; }

    public ImmutableArray<CedarDiagnostic> Diagnostics { get; }

    public bool Success => Schema is not null;

    public IEnumerable<CedarDiagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
}
