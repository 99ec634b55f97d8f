using System.Text;
using Custos.Cedar.Diagnostics;

namespace Custos.Cedar.Serialization;

/// <summary>The JSON input as UTF-8 bytes and as text, to turn byte offsets into lines and columns for diagnostics.</summary>
internal sealed class JsonSource
{
    private readonly SourceText _text;

    public JsonSource(string json)
    {
        _text = new SourceText(json);
        Utf8 = Encoding.UTF8.GetBytes(json);
    }

    public byte[] Utf8 { get; }

    /// <summary>An error about <paramref name="node"/>: the message is prefixed with the node's JSON path.</summary>
    public CedarDiagnostic Error(JsonTree node, string message) => ErrorAtPath(node.ByteOffset, node.Path, message);

    /// <summary>An error at a byte offset, prefixed with <paramref name="path"/> when it is not empty.</summary>
    public CedarDiagnostic ErrorAtPath(int byteOffset, string path, string message) =>
        _text.Error(CharOffset(byteOffset), (path.Length == 0 ? "at the top level" : path) + ": " + message);

    public CedarDiagnostic ErrorAtByte(int byteOffset, string message) => _text.Error(CharOffset(byteOffset), message);

    /// <summary>An error at a 0-based line and byte position in that line, as <see cref="System.Text.Json.JsonException"/> reports.</summary>
    public CedarDiagnostic ErrorAtLine(long line, long bytePositionInLine, string message)
    {
        var lineStart = 0;
        for (var l = 0L; l < line && lineStart < Utf8.Length; l++)
        {
            var next = Array.IndexOf(Utf8, (byte)'\n', lineStart);
            if (next < 0)
                break;
            lineStart = next + 1;
        }
        var offset = (int)Math.Min(Utf8.Length, lineStart + Math.Max(0, bytePositionInLine));
        return ErrorAtByte(offset, message);
    }

    private int CharOffset(int byteOffset)
    {
        byteOffset = Math.Clamp(byteOffset, 0, Utf8.Length);
        return Encoding.UTF8.GetCharCount(Utf8, 0, byteOffset);
    }
}
