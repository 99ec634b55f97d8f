namespace Custos.Detection.Exfiltration;

/// <summary>Whether a short stretch of text names one of a list of words, ignoring case (the finders' checks around a hit).</summary>
internal static class WordSearch
{
    /// <summary>The first of <paramref name="words"/> that <paramref name="span"/> contains, ignoring case; null when none does.</summary>
    public static string? First(ReadOnlySpan<char> span, string[] words)
    {
        foreach (var w in words)
        {
            if (span.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="span"/> contains any of <paramref name="words"/>, ignoring case.</summary>
    public static bool Any(ReadOnlySpan<char> span, string[] words) => First(span, words) is not null;
}
