using System.Collections.Immutable;

namespace Custos.Cedar.Ast;

/// <summary>
/// A <c>like</c> pattern as its literal segments between wildcards: <c>"a*b*"</c> is <c>["a", "b", ""]</c>.
/// There is always one more segment than wildcards; escapes (<c>\*</c>) are already resolved.
/// </summary>
public sealed record Pattern(ImmutableArray<string> Segments)
{
    public int WildcardCount => Segments.Length - 1;

    /// <summary>Whether <paramref name="text"/> matches; linear in practice, never exponential.</summary>
    public bool IsMatch(ReadOnlySpan<char> text)
    {
        var segments = Segments;
        if (segments.Length == 1)
            return text.SequenceEqual(segments[0]);
        var first = segments[0].AsSpan();
        var last = segments[^1].AsSpan();
        if (text.Length < first.Length + last.Length || !text.StartsWith(first, StringComparison.Ordinal) ||
            !text.EndsWith(last, StringComparison.Ordinal))
            return false;
        var middle = text[first.Length..^last.Length];
        for (var i = 1; i < segments.Length - 1; i++)
        {
            var segment = segments[i].AsSpan();
            if (segment.IsEmpty)
                continue;
            var at = middle.IndexOf(segment, StringComparison.Ordinal);
            if (at < 0)
                return false;
            middle = middle[(at + segment.Length)..];
        }
        return true;
    }

    public bool Equals(Pattern? other) =>
        other is not null && Segments.AsSpan().SequenceEqual(other.Segments.AsSpan());

    public override int GetHashCode() => Segments.Length == 0 ? 0 : HashCode.Combine(Segments.Length, Segments[0]);
}
