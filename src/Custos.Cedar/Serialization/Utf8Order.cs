namespace Custos.Cedar.Serialization;

/// <summary>
/// Orders strings by Unicode scalar values, which is the byte order of their UTF-8 encodings: the order of a Rust
/// <c>BTreeMap&lt;SmolStr, _&gt;</c>, in which Cedar writes record fields and annotations. (Ordinal UTF-16 order
/// differs for characters above U+FFFF.)
/// </summary>
internal sealed class Utf8Order : IComparer<string>
{
    public static readonly Utf8Order Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
            return x is null ? (y is null ? 0 : -1) : 1;
        var a = x.EnumerateRunes();
        var b = y.EnumerateRunes();
        while (true)
        {
            var hasA = a.MoveNext();
            var hasB = b.MoveNext();
            if (!hasA || !hasB)
                return hasA ? 1 : hasB ? -1 : 0;
            var c = a.Current.Value.CompareTo(b.Current.Value);
            if (c != 0)
                return c;
        }
    }
}
