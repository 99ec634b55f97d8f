using Custos.Cedar.Diagnostics;

namespace Custos.Cedar.Serialization;

/// <summary>
/// Internal control flow of the JSON reader: the first problem in one policy or link, caught where that policy is
/// read and returned as a diagnostic. Never escapes <see cref="PolicyJson"/>.
/// </summary>
internal sealed class JsonReadError : Exception
{
    public JsonReadError(CedarDiagnostic diagnostic)
        : base(diagnostic.Message) => Diagnostic = diagnostic;

    public JsonReadError()
        : this(new CedarDiagnostic(DiagnosticSeverity.Error, "invalid JSON policy", 1, 1, 0))
    {
    }

    public JsonReadError(string message)
        : this(new CedarDiagnostic(DiagnosticSeverity.Error, message, 1, 1, 0))
    {
    }

    public JsonReadError(string message, Exception innerException)
        : base(message, innerException) =>
        Diagnostic = new CedarDiagnostic(DiagnosticSeverity.Error, message, 1, 1, 0);

    public CedarDiagnostic Diagnostic { get; }
}
