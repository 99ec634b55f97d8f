namespace Custos.Detection.Exfiltration;

/// <summary>
/// A negation that reaches a verb across a coordination: "Never paste, upload or forward customer exports to …", "do not
/// copy the keys or share them in …". The verb follows "or", "nor", "ni", "oder" or a comma, and a negation opens its clause
/// within <see cref="Reach"/> characters before it. A few dozen characters looked at, once per verb paired with a destination.
/// </summary>
internal static class NegatedClause
{
    private const int Reach = 48;

    private static readonly string[] Joiners = [" or ", " nor ", ", ", " ni ", " oder ", " ou ", " o ", " noch ", " eller ", " of ", " ani ", " lub ", " или ", " ни "];

    /// <summary>Whether the verb at <paramref name="verbStart"/> is joined to a clause that one of <paramref name="negations"/> opens.</summary>
    public static bool Covers(string text, int verbStart, string[] negations)
    {
        var before = text.AsSpan(Math.Max(0, verbStart - Reach), Math.Min(Reach, verbStart));
        var joined = false;
        foreach (var joiner in Joiners)
        {
            joined |= before.EndsWith(joiner, StringComparison.OrdinalIgnoreCase);
        }

        if (!joined)
        {
            return false;
        }

        // Only the verb's own sentence: after the last break (a full stop counts before a space, not in ".env").
        var from = Math.Max(before.LastIndexOfAny(";!?\n"), before.LastIndexOf(". ", StringComparison.Ordinal));
        var clause = before[(from + 1)..];
        foreach (var n in negations)
        {
            if (clause.Contains(n, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
