using System.Text.Json;
using Custos.Cedar.Diagnostics;

namespace Custos.Cedar.Serialization;

/// <summary>
/// Reads JSON into a <see cref="JsonTree"/> without recursion, rejecting what Cedar's reader (serde_json) rejects:
/// comments, trailing commas, duplicate keys, trailing content, and nesting deeper than <see cref="MaxJsonDepth"/>.
/// </summary>
internal static class JsonTreeParser
{
    /// <summary>
    /// JSON nesting accepted. One Cedar expression level takes two JSON levels (<c>{"&amp;&amp;": {"left": …}}</c>), so this
    /// admits expressions as deep as <see cref="Parsing.ParseLimits.MaxDepth"/> plus the policy-set wrapping; the
    /// expression reader enforces the expression bound itself.
    /// </summary>
    public const int MaxJsonDepth = (2 * Parsing.ParseLimits.MaxDepth) + 16;

    public static JsonTree? Parse(JsonSource source, out CedarDiagnostic? error)
    {
        error = null;
        var reader = new Utf8JsonReader(source.Utf8, new JsonReaderOptions
        {
            MaxDepth = MaxJsonDepth,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        JsonTree? root = null;
        var stack = new Stack<(JsonTree Node, HashSet<string>? Keys)>();
        string? pendingKey = null;
        var pendingKeyOffset = 0;
        try
        {
            while (reader.Read())
            {
                var offset = (int)reader.TokenStartIndex;
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    pendingKey = reader.GetString()!;
                    pendingKeyOffset = offset;
                    var (node, keys) = stack.Peek();
                    if (keys is not null && !keys.Add(pendingKey))
                    {
                        error = source.ErrorAtPath(pendingKeyOffset, node.Path,
                            $"duplicate key \"{pendingKey}\"; each key may appear once in an object");
                        return null;
                    }
                    continue;
                }
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    stack.Pop();
                    continue;
                }

                var parent = stack.Count > 0 ? stack.Peek().Node : null;
                var key = parent?.Kind == JsonTreeKind.Object ? pendingKey : null;
                var index = parent?.Kind == JsonTreeKind.Array ? parent.Items!.Count : 0;
                var created = reader.TokenType switch
                {
                    JsonTokenType.StartObject => new JsonTree(JsonTreeKind.Object, offset, parent, key, index),
                    JsonTokenType.StartArray => new JsonTree(JsonTreeKind.Array, offset, parent, key, index),
                    JsonTokenType.String => new JsonTree(JsonTreeKind.String, offset, parent, key, index) { Text = reader.GetString() },
                    JsonTokenType.Number => new JsonTree(JsonTreeKind.Number, offset, parent, key, index)
                    {
                        Text = System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
                        Integer = reader.TryGetInt64(out var integer) ? integer : null,
                    },
                    JsonTokenType.True => new JsonTree(JsonTreeKind.True, offset, parent, key, index),
                    JsonTokenType.False => new JsonTree(JsonTreeKind.False, offset, parent, key, index),
                    _ => new JsonTree(JsonTreeKind.Null, offset, parent, key, index),
                };
                if (parent is null)
                    root = created;
                else if (parent.Kind == JsonTreeKind.Array)
                    parent.Items!.Add(created);
                else
                    parent.Properties!.Add(new KeyValuePair<string, JsonTree>(pendingKey!, created));
                if (created.Kind == JsonTreeKind.Object)
                    stack.Push((created, new HashSet<string>(StringComparer.Ordinal)));
                else if (created.Kind == JsonTreeKind.Array)
                    stack.Push((created, null));
            }
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
                message = message[..cut];
            if (reader.CurrentDepth >= MaxJsonDepth - 1 || message.Contains("maximum allowed depth", StringComparison.Ordinal))
                message = $"the JSON is nested more than {MaxJsonDepth} levels deep; split the policy into simpler ones";
            else
                message = "the input is not valid JSON: " + message.TrimEnd('.') + "; check for a missing quote, comma or bracket";
            error = source.ErrorAtLine(e.LineNumber ?? 0, e.BytePositionInLine ?? 0, message);
            return null;
        }
        catch (InvalidOperationException e)
        {
            // GetString on text that is not valid UTF-16 (an escaped lone surrogate, \ud800).
            error = source.ErrorAtByte((int)reader.TokenStartIndex, "the input has a string that is not valid Unicode: " + e.Message);
            return null;
        }
        if (root is null)
        {
            error = source.ErrorAtByte(0, "the input is empty; expected a JSON object");
            return null;
        }
        return root;
    }
}
