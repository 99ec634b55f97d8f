using Custos.Cedar.Values;

namespace Custos.Cedar.Serialization;

/// <summary>Shape checks shared by the policy and expression readers; each failure names the JSON path and the fix.</summary>
internal sealed class JsonReadContext(JsonSource source)
{
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal)
    {
        "true", "false", "if", "then", "else", "in", "is", "has", "like",
    };

    public JsonSource Source { get; } = source;

    public JsonReadError Fail(JsonTree node, string message) => new(Source.Error(node, message));

    public JsonReadError FailAt(JsonTree node, string path, string message) => new(Source.ErrorAtPath(node.ByteOffset, path, message));

    /// <summary>Requires an object whose keys are all in <paramref name="allowed"/>.</summary>
    public JsonTree Object(JsonTree node, string what, params ReadOnlySpan<string> allowed)
    {
        if (node.Kind != JsonTreeKind.Object)
            throw Fail(node, $"expected {what} (a JSON object); found {node.Describe()}");
        if (allowed.IsEmpty)
            return node;
        foreach (var (key, value) in node.Properties!)
        {
            if (!allowed.Contains(key))
            {
                throw FailAt(value, node.PathOf(key),
                    $"unknown field \"{key}\" in {what}; the fields are {string.Join(", ", allowed.ToArray().Select(a => "\"" + a + "\""))}");
            }
        }
        return node;
    }

    public JsonTree Required(JsonTree obj, string name, string what)
    {
        return obj.Get(name) ?? throw FailAt(obj, obj.PathOf(name), $"missing field \"{name}\" in {what}; add it");
    }

    public string String(JsonTree node, string what)
    {
        if (node.Kind != JsonTreeKind.String)
            throw Fail(node, $"expected {what} (a JSON string); found {node.Describe()}");
        return node.Text!;
    }

    public JsonTree Array(JsonTree node, string what)
    {
        if (node.Kind != JsonTreeKind.Array)
            throw Fail(node, $"expected {what} (a JSON array); found {node.Describe()}");
        return node;
    }

    /// <summary>An entity type or other name: identifiers joined by <c>::</c>, with no spaces, as Cedar normalizes them.</summary>
    public string Name(JsonTree node, string what)
    {
        var name = String(node, what);
        var problem = NameProblem(name);
        if (problem is not null)
            throw Fail(node, $"\"{name}\" is not a valid {what}: {problem}");
        return name;
    }

    /// <summary>An entity reference: <c>{"type": "User", "id": "alice"}</c> or <c>{"__entity": {"type": …, "id": …}}</c>.</summary>
    public EntityUid EntityReference(JsonTree node, string what)
    {
        const string Example = "{\"type\": \"User\", \"id\": \"alice\"}";
        if (node.Kind != JsonTreeKind.Object)
            throw Fail(node, $"expected {what}, an entity reference like {Example}; found {node.Describe()}");
        var inner = node;
        if (node.Properties!.Count == 1 && node.Get("__entity") is { } escaped)
            inner = escaped;
        else if (node.Properties.Count == 1 && node.Get("__expr") is not null)
            throw Fail(node, $"the __expr escape was removed in Cedar 3; write the entity as {Example}");
        if (inner.Kind != JsonTreeKind.Object || inner.Get("type") is not { } type || inner.Get("id") is not { } id)
            throw Fail(inner, $"expected {what}, an entity reference like {Example} with both \"type\" and \"id\"");
        return new EntityUid(Name(type, "entity type"), String(id, "entity id"));
    }

    /// <summary>Why <paramref name="name"/> is not a valid Cedar name, or null when it is.</summary>
    public static string? NameProblem(string name)
    {
        if (name.Length == 0)
            return "it is empty";
        foreach (var segment in name.Split("::"))
        {
            if (!IsIdentifier(segment))
                return $"'{segment}' is not an identifier (a letter or '_' followed by letters, digits and '_'; no spaces)";
            if (ReservedNames.Contains(segment))
                return $"'{segment}' is a reserved word";
            if (segment == "__cedar")
                return "the namespace '__cedar' is reserved";
        }
        return null;
    }

    public static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || !(char.IsAsciiLetter(text[0]) || text[0] == '_'))
            return false;
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
                return false;
        }
        return true;
    }
}
