using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Custos.Cedar.Values;

/// <summary>A record: attribute names to values. Attributes are kept sorted by name (ordinal).</summary>
public sealed class RecordValue : CedarValue
{
    public static readonly RecordValue Empty = new(ImmutableSortedDictionary<string, CedarValue>.Empty.WithComparers(StringComparer.Ordinal));

    private FrozenDictionary<string, CedarValue>? _lookup;
    private int _hash;

    public RecordValue(ImmutableSortedDictionary<string, CedarValue> attributes) =>
        Attributes = attributes.KeyComparer == StringComparer.Ordinal ? attributes : attributes.WithComparers(StringComparer.Ordinal);

    public ImmutableSortedDictionary<string, CedarValue> Attributes { get; }

    public int Count => Attributes.Count;

    public override ValueKind Kind => ValueKind.Record;

    public static RecordValue Of(IEnumerable<KeyValuePair<string, CedarValue>> attributes)
    {
        // A builder adds each attribute to the tree it freezes: CreateRange would sort them through a
        // SortedDictionary first (a record per action, for its context and its arguments). A repeated name
        // with an equal value is taken once and with another value throws, as CreateRange does.
        ArgumentNullException.ThrowIfNull(attributes);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, CedarValue>(StringComparer.Ordinal);
        foreach (var (name, value) in attributes)
            builder.Add(name, value);
        return new(builder.ToImmutable());
    }

    /// <summary>Fast attribute lookup (a frozen dictionary built on first use).</summary>
    public bool TryGet(string attribute, out CedarValue value)
    {
        if (Attributes.Count <= 4)
            return Attributes.TryGetValue(attribute, out value!);
        _lookup ??= Attributes.ToFrozenDictionary(StringComparer.Ordinal);
        return _lookup.TryGetValue(attribute, out value!);
    }

    public bool Has(string attribute) => TryGet(attribute, out _);

    public override bool Equals(CedarValue? other)
    {
        if (other is not RecordValue record || record.Count != Count)
            return false;
        foreach (var (key, value) in Attributes)
        {
            if (!record.TryGet(key, out var otherValue) || !value.Equals(otherValue))
                return false;
        }
        return true;
    }

    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            var hash = new HashCode();
            foreach (var (key, value) in Attributes)
            {
                hash.Add(key, StringComparer.Ordinal);
                hash.Add(value);
            }
            var result = hash.ToHashCode();
            _hash = result == 0 ? 1 : result;
        }
        return _hash;
    }

    public override string ToString() =>
        "{" + string.Join(", ", Attributes.Select(a => CedarStrings.Quote(a.Key) + ": " + a.Value)) + "}";
}
