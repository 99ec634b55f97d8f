namespace Custos.Cedar.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}
