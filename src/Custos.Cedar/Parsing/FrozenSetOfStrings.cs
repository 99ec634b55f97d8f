using System.Collections.Frozen;

namespace Custos.Cedar.Parsing;

/// <summary>A small fixed set of words (keywords, method names), ordinal.</summary>
internal sealed class FrozenSetOfStrings(params string[] items)
{
    private readonly FrozenSet<string> _set = items.ToFrozenSet(StringComparer.Ordinal);

    public IReadOnlyList<string> Items { get; } = items;

    public bool Contains(string item) => _set.Contains(item);
}
