namespace Custos.Cedar.Diagnostics;

/// <summary>"Did you mean …?" for misspelt names: the closest candidate within a small edit distance.</summary>
internal static class Suggestions
{
    private const int MaxNameLength = 64;

    /// <summary>The candidate closest to <paramref name="name"/> (case-insensitive edit distance at most 2 and shorter than the name), or null.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        if (name.Length > MaxNameLength)
            return null;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(name, candidate);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best is not null && bestDistance <= 2 && bestDistance < name.Length ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
