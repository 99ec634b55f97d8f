using System.Collections.Frozen;

namespace Custos.Core.Authorization;

/// <summary>
/// The verbs an agent action can carry. A fixed vocabulary keeps grants and policies checkable: a typo in a
/// grant is a validation error, not a permission that silently never matches.
/// </summary>
public static class ActionKinds
{
    /// <summary>Actions that change nothing; the only ones a quarantined agent may still take.</summary>
    public static readonly FrozenSet<string> ReadOnly = FrozenSet.Create(StringComparer.Ordinal, "read", "list", "search", "query");

    public static readonly FrozenSet<string> All = FrozenSet.Create(
        StringComparer.Ordinal,
        "read", "list", "search", "query",
        "write", "create", "update", "delete",
        "call", "complete", "embed", "send", "pay", "execute",
        "halt", "resume", "quarantine", "approve",
        "detokenize");

    public static bool IsReadOnly(string action) => ReadOnly.Contains(action);

    public static bool IsKnown(string action) => All.Contains(action);

    /// <summary>The list users see in error messages, in a stable order.</summary>
    public static string Describe() => string.Join(", ", All.Order(StringComparer.Ordinal));
}
