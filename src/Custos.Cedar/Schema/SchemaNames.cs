namespace Custos.Cedar.Schema;

/// <summary>Helpers for fully qualified Cedar names (<c>A::B::C</c>).</summary>
internal static class SchemaNames
{
    public const string CedarNamespace = "__cedar";

    /// <summary>The extension types, usable unqualified unless a schema declares the same name.</summary>
    public static readonly string[] ExtensionTypes = ["ipaddr", "decimal", "datetime", "duration"];

    /// <summary>The primitive type names of the human-readable syntax.</summary>
    public static readonly string[] PrimitiveTypes = ["Bool", "Long", "String"];

    /// <summary>Words Cedar reserves: no identifier in a path may be one of these.</summary>
    public static readonly HashSet<string> ReservedIdentifiers =
        new(["true", "false", "if", "then", "else", "in", "is", "like", "has"], StringComparer.Ordinal);

    /// <summary>Names a common type may not have (they are keywords of the JSON syntax).</summary>
    public static readonly HashSet<string> ReservedCommonTypeNames =
        new(["Bool", "Boolean", "Entity", "Extension", "Long", "Record", "Set", "String"], StringComparer.Ordinal);

    public static string Qualify(string? ns, string name) => ns is null ? name : ns + "::" + name;

    public static bool IsQualified(string name) => name.Contains("::", StringComparison.Ordinal);

    public static string Basename(string name)
    {
        var at = name.LastIndexOf("::", StringComparison.Ordinal);
        return at < 0 ? name : name[(at + 2)..];
    }

    /// <summary>The namespace of a qualified name, or null.</summary>
    public static string? Namespace(string name)
    {
        var at = name.LastIndexOf("::", StringComparison.Ordinal);
        return at < 0 ? null : name[..at];
    }

    /// <summary>Whether <paramref name="type"/> is an action entity type: <c>Action</c> or <c>NS::Action</c>.</summary>
    public static bool IsActionType(string type) =>
        type == "Action" || type.EndsWith("::Action", StringComparison.Ordinal);

    public static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || !(char.IsAsciiLetter(text[0]) || text[0] == '_'))
            return false;
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
                return false;
        }
        return true;
    }

    /// <summary>Whether <paramref name="text"/> is a valid path <c>A::B</c> of identifiers that are not reserved words.</summary>
    public static bool IsPath(string text)
    {
        foreach (var part in text.Split("::"))
        {
            if (!IsIdentifier(part) || ReservedIdentifiers.Contains(part))
                return false;
        }
        return true;
    }

    /// <summary>Whether a declared name (namespace, entity type, common type) uses <c>__cedar</c>, which only built-ins may.</summary>
    public static bool UsesCedarNamespace(string name) =>
        name.Split("::").Contains(CedarNamespace, StringComparer.Ordinal);
}
