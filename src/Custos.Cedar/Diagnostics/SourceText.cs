namespace Custos.Cedar.Diagnostics;

/// <summary>Maps character offsets in a source text to 1-based lines and columns.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
                starts.Add(i + 1);
        }
        _lineStarts = [.. starts];
    }

    public string Text { get; }

    public (int Line, int Column) LineColumn(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    public CedarDiagnostic Error(int offset, string message)
    {
        var (line, column) = LineColumn(offset);
        return new CedarDiagnostic(DiagnosticSeverity.Error, message, line, column, offset);
    }

    public CedarDiagnostic Warning(int offset, string message)
    {
        var (line, column) = LineColumn(offset);
        return new CedarDiagnostic(DiagnosticSeverity.Warning, message, line, column, offset);
    }
}
