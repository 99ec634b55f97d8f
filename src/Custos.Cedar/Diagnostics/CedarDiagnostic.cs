namespace Custos.Cedar.Diagnostics;

/// <summary>
/// A problem found in Cedar source (policies or schema): where (1-based line and column, the character offset)
/// and what, with the fix in the message. <see cref="PolicyId"/> is set when the problem belongs to one policy.
/// </summary>
public sealed record CedarDiagnostic(DiagnosticSeverity Severity, string Message, int Line, int Column, int Offset)
{
    public string? PolicyId { get; init; }

    /// <summary><c>FILE:LINE:COL: error: MESSAGE</c>, the form compilers and editors understand.</summary>
    public string Format(string file) =>
        $"{file}:{Line}:{Column}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}";

    public override string ToString() => Format("<policies>");
}
