using System.Collections.Immutable;

namespace Custos.Cedar.Values;

/// <summary>
/// A set: <see cref="Elements"/> are distinct. Membership is a linear scan for small sets and a hash lookup
/// for larger ones (the hash set is built on first use).
/// </summary>
public sealed class SetValue : CedarValue
{
    public static readonly SetValue Empty = new([]);

    private const int HashThreshold = 8;
    private HashSet<CedarValue>? _lookup;
    private int _hash;

    private SetValue(ImmutableArray<CedarValue> distinct) => Elements = distinct;

    public ImmutableArray<CedarValue> Elements { get; }

    public int Count => Elements.Length;

    public override ValueKind Kind => ValueKind.Set;

    /// <summary>Builds a set, dropping duplicates (first occurrence kept).</summary>
    public static SetValue Of(IEnumerable<CedarValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var seen = new HashSet<CedarValue>();
        var builder = ImmutableArray.CreateBuilder<CedarValue>();
        foreach (var value in values)
        {
            if (seen.Add(value))
                builder.Add(value);
        }
        return builder.Count == 0 ? Empty : new SetValue(builder.ToImmutable());
    }

    public bool Contains(CedarValue value)
    {
        var elements = Elements;
        if (elements.Length < HashThreshold)
        {
            foreach (var element in elements)
            {
                if (element.Equals(value))
                    return true;
            }
            return false;
        }
        _lookup ??= new HashSet<CedarValue>(elements);
        return _lookup.Contains(value);
    }

    public override bool Equals(CedarValue? other)
    {
        if (other is not SetValue set || set.Count != Count)
            return false;
        foreach (var element in Elements)
        {
            if (!set.Contains(element))
                return false;
        }
        return true;
    }

    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            // Order-independent: sets equal as sets hash alike.
            var hash = Count;
            foreach (var element in Elements)
                hash ^= element.GetHashCode() * 31;
            _hash = hash == 0 ? 1 : hash;
        }
        return _hash;
    }

    public override string ToString() => "[" + string.Join(", ", Elements) + "]";
}
