using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Custos.Cedar.Serialization;

/// <summary>
/// A parsed JSON value that remembers where it came from: its byte offset in the input and its parent, so an error
/// can name the JSON path (<c>staticPolicies.policy3.conditions[0].body.&amp;&amp;.left</c>) and the line and column.
/// Built by <see cref="JsonTreeParser"/>; objects keep their properties in input order and have no duplicate keys.
/// </summary>
internal sealed class JsonTree
{
    private static readonly System.Buffers.SearchValues<char> PathSpecials = System.Buffers.SearchValues.Create(" \t\r\n.[]\"");

    public JsonTree(JsonTreeKind kind, int byteOffset, JsonTree? parent, string? key, int index)
    {
        Kind = kind;
        ByteOffset = byteOffset;
        Parent = parent;
        Key = key;
        Index = index;
        if (kind == JsonTreeKind.Object)
            Properties = [];
        else if (kind == JsonTreeKind.Array)
            Items = [];
    }

    public JsonTreeKind Kind { get; }

    /// <summary>Where the value starts in the UTF-8 input.</summary>
    public int ByteOffset { get; }

    public JsonTree? Parent { get; }

    /// <summary>The property name under which this value sits in its parent object, if any.</summary>
    public string? Key { get; }

    /// <summary>The position of this value in its parent array, if any.</summary>
    public int Index { get; }

    /// <summary>For a string, its value; for a number, its text.</summary>
    public string? Text { get; init; }

    /// <summary>For a number that is an integer in the 64-bit range, its value.</summary>
    public long? Integer { get; init; }

    public List<KeyValuePair<string, JsonTree>>? Properties { get; }

    public List<JsonTree>? Items { get; }

    /// <summary>The property <paramref name="name"/> of this object, or null.</summary>
    public JsonTree? Get(string name)
    {
        foreach (var (key, value) in Properties!)
        {
            if (key == name)
                return value;
        }
        return null;
    }

    /// <summary>The JSON path from the root to this value; empty for the root.</summary>
    public string Path
    {
        get
        {
            var segments = new List<JsonTree>();
            for (var node = this; node.Parent is not null; node = node.Parent)
                segments.Add(node);
            var b = new StringBuilder();
            for (var i = segments.Count - 1; i >= 0; i--)
                AppendSegment(b, segments[i]);
            return b.ToString();
        }
    }

    /// <summary>The path of the property <paramref name="name"/> of this object (which may be missing).</summary>
    public string PathOf(string name)
    {
        var b = new StringBuilder(Path);
        AppendKey(b, name);
        return b.ToString();
    }

    /// <summary>A short description of the value's kind, for messages: "a string", "an array", …</summary>
    public string Describe() => Kind switch
    {
        JsonTreeKind.Object => Properties!.Count == 0 ? "an empty object" : "an object",
        JsonTreeKind.Array => "an array",
        JsonTreeKind.String => "a string",
        JsonTreeKind.Number => Integer is null ? $"the number {Text}" : "a number",
        JsonTreeKind.True or JsonTreeKind.False => "a boolean",
        _ => "null",
    };

    private static void AppendSegment(StringBuilder b, JsonTree node)
    {
        if (node.Parent!.Kind == JsonTreeKind.Array)
            b.Append('[').Append(node.Index).Append(']');
        else
            AppendKey(b, node.Key!);
    }

    private static void AppendKey(StringBuilder b, string key)
    {
        if (key.Length == 0 || key.AsSpan().IndexOfAny(PathSpecials) >= 0 || key.Any(char.IsControl))
        {
            b.Append("[\"").Append(JsonEncodedText.Encode(key, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString()).Append("\"]");
            return;
        }
        if (b.Length > 0)
            b.Append('.');
        b.Append(key);
    }
}
