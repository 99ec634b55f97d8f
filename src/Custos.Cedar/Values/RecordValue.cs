using System.Collections.Immutable;

namespace Custos.Cedar.Values;

/// <summary>A record: attribute names to values. Attributes are kept sorted by name (ordinal).</summary>
/// <remarks>
/// The attributes are held as an array sorted by name, which is all that evaluation needs (lookup, equality, hash):
/// a record is built per action for its context and its arguments, and a tree of nodes plus a lookup table for each
/// was most of an authorization's bytes. <see cref="Attributes"/> is built from the array the first time it is asked for.
/// </remarks>
public sealed class RecordValue : CedarValue
{
    public static readonly RecordValue Empty = new([], ImmutableSortedDictionary<string, CedarValue>.Empty.WithComparers(StringComparer.Ordinal));

    // Linear search up to this many attributes, binary search above.
    private const int LinearLookup = 8;

    private readonly KeyValuePair<string, CedarValue>[] _sorted;
    private ImmutableSortedDictionary<string, CedarValue>? _attributes;
    private int _hash;

    public RecordValue(ImmutableSortedDictionary<string, CedarValue> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        _attributes = attributes.KeyComparer == StringComparer.Ordinal ? attributes : attributes.WithComparers(StringComparer.Ordinal);
        _sorted = [.. _attributes];
    }

    private RecordValue(KeyValuePair<string, CedarValue>[] sorted, ImmutableSortedDictionary<string, CedarValue>? attributes)
    {
        _sorted = sorted;
        _attributes = attributes;
    }

    public ImmutableSortedDictionary<string, CedarValue> Attributes => _attributes ?? Materialize();

    public int Count => _sorted.Length;

    public override ValueKind Kind => ValueKind.Record;

    public static RecordValue Of(IEnumerable<KeyValuePair<string, CedarValue>> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        return FromUnsorted([.. attributes]);
    }

    /// <summary>The record of <paramref name="attributes"/> (copied); see <see cref="Of(IEnumerable{KeyValuePair{string, CedarValue}})"/>.</summary>
    public static RecordValue Of(params ReadOnlySpan<KeyValuePair<string, CedarValue>> attributes) =>
        FromUnsorted(attributes.ToArray());

    // Sorts by name (ordinal). A repeated name with an equal value is taken once and with another value throws,
    // as ImmutableSortedDictionary's builder does.
    private static RecordValue FromUnsorted(KeyValuePair<string, CedarValue>[] attributes)
    {
        if (attributes.Length == 0)
            return Empty;
        foreach (var (name, value) in attributes)
        {
            ArgumentNullException.ThrowIfNull(name, "key");
            ArgumentNullException.ThrowIfNull(value, "value");
        }
        Array.Sort(attributes, NameOrder.Instance);
        var count = 1;
        for (var i = 1; i < attributes.Length; i++)
        {
            var previous = attributes[count - 1];
            if (string.Equals(previous.Key, attributes[i].Key, StringComparison.Ordinal))
            {
                if (!previous.Value.Equals(attributes[i].Value))
                    throw new ArgumentException($"An element with the same key but a different value already exists. Key: '{previous.Key}'", nameof(attributes));
                continue;
            }
            attributes[count++] = attributes[i];
        }
        return new(count == attributes.Length ? attributes : attributes[..count], null);
    }

    /// <summary>Fast attribute lookup.</summary>
    public bool TryGet(string attribute, out CedarValue value)
    {
        var sorted = _sorted;
        if (sorted.Length <= LinearLookup)
        {
            foreach (var (name, candidate) in sorted)
            {
                if (string.Equals(name, attribute, StringComparison.Ordinal))
                {
                    value = candidate;
                    return true;
                }
            }
        }
        else
        {
            int low = 0, high = sorted.Length - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var order = string.CompareOrdinal(sorted[middle].Key, attribute);
                if (order == 0)
                {
                    value = sorted[middle].Value;
                    return true;
                }
                if (order < 0)
                    low = middle + 1;
                else
                    high = middle - 1;
            }
        }
        value = null!;
        return false;
    }

    public bool Has(string attribute) => TryGet(attribute, out _);

    public override bool Equals(CedarValue? other)
    {
        if (other is not RecordValue record || record.Count != Count)
            return false;
        if (ReferenceEquals(record, this))
            return true;

        // Both are sorted by name: equal records hold equal names at equal places.
        var mine = _sorted;
        var theirs = record._sorted;
        for (var i = 0; i < mine.Length; i++)
        {
            if (!string.Equals(mine[i].Key, theirs[i].Key, StringComparison.Ordinal) || !mine[i].Value.Equals(theirs[i].Value))
                return false;
        }
        return true;
    }

    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            var hash = new HashCode();
            foreach (var (key, value) in _sorted)
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
        "{" + string.Join(", ", _sorted.Select(a => CedarStrings.Quote(a.Key) + ": " + a.Value)) + "}";

    private ImmutableSortedDictionary<string, CedarValue> Materialize()
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, CedarValue>(StringComparer.Ordinal);
        foreach (var (name, value) in _sorted)
            builder.Add(name, value);
        var attributes = builder.ToImmutable();
        _attributes = attributes;
        return attributes;
    }

    private sealed class NameOrder : IComparer<KeyValuePair<string, CedarValue>>
    {
        public static readonly NameOrder Instance = new();

        public int Compare(KeyValuePair<string, CedarValue> x, KeyValuePair<string, CedarValue> y) => string.CompareOrdinal(x.Key, y.Key);
    }
}
