namespace Custos.Core.Configuration;

/// <summary>How bad a configuration problem is. Errors stop Custos from using the file.</summary>
public enum DiagnosticSeverity
{
    Error,
    Warning,
}

/// <summary>
/// One problem found in a configuration file, located by file, line and column (both 1-based) so editors and
/// CI logs can jump to it. Messages say what is wrong and how to fix it, and never quote a credential.
/// </summary>
public sealed record Diagnostic(string File, int Line, int Column, DiagnosticSeverity Severity, string Message)
{
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}";
}
