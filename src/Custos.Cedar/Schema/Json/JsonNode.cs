namespace Custos.Cedar.Schema.Json;

/// <summary>A JSON value with the offset it starts at, so that schema errors can point at it.</summary>
internal sealed class JsonNode(JsonNodeKind kind, int offset)
{
    public JsonNodeKind Kind { get; } = kind;

    public int Offset { get; } = offset;

    /// <summary>The text of a string (unescaped) or number.</summary>
    public string Text { get; init; } = "";

    /// <summary>Members of an object in source order (keys are distinct).</summary>
    public List<(string Key, int KeyOffset, JsonNode Value)> Members { get; } = [];

    public List<JsonNode> Items { get; } = [];

    public JsonNode? Get(string key)
    {
        foreach (var (k, _, value) in Members)
        {
            if (k == key)
                return value;
        }
        return null;
    }

    public string Describe() => Kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.Null => "null",
        _ => "a boolean",
    };
}
