using System.Collections.Immutable;
using Custos.Cedar.Diagnostics;

namespace Custos.Cedar.Parsing;

/// <summary>Thrown by the convenience entry points when Cedar source does not parse; carries every diagnostic.</summary>
public sealed class CedarParseException : Exception
{
    public CedarParseException(ImmutableArray<CedarDiagnostic> errors)
        : base(errors.IsDefaultOrEmpty ? "Cedar source does not parse" : errors[0].ToString()) => Errors = errors;

    public CedarParseException()
        : this([])
    {
    }

    public CedarParseException(string message)
        : base(message) => Errors = [];

    public CedarParseException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    public ImmutableArray<CedarDiagnostic> Errors { get; }
}
