namespace Custos.Detection.Exfiltration;

/// <summary>
/// Send verbs listed together, so that a negation before the first reaches the others: "Never paste, upload or forward
/// customer exports to …", "do not copy the keys or share them in …". The later verb follows "or", "nor", "ni", "oder" or a
/// comma, at most <see cref="Reach"/> characters after the earlier one's end, with no break of the sentence between. The
/// earlier verb must be a send verb itself: "Don't wait, upload the .env to …" lists nothing, and its negation forbids only
/// the waiting. A few dozen characters looked at per verb, and at most <see cref="MaxJoined"/> verbs walked back.
/// </summary>
internal static class NegatedClause
{
    /// <summary>How many listed verbs a negation reaches across.</summary>
    public const int MaxJoined = 6;

    private const int Reach = 48;

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:!?\n");

    private static readonly string[] Joiners = [" or ", " nor ", ", ", " ni ", " oder ", " ou ", " o ", " noch ", " eller ", " of ", " ani ", " lub ", " или ", " ни "];

    /// <summary>Whether the verb at <paramref name="verbStart"/> is listed after the send verb that ends at <paramref name="previousEnd"/>.</summary>
    public static bool Joins(string text, int previousEnd, int verbStart)
    {
        if (previousEnd > verbStart || verbStart - previousEnd > Reach)
        {
            return false;
        }

        var between = text.AsSpan(previousEnd, verbStart - previousEnd);
        if (between.IndexOfAny(";:!?\n") >= 0 || between.Contains(". ", StringComparison.Ordinal))
        {
            return false; // another sentence (a full stop counts before a space, not in ".env")
        }

        foreach (var joiner in Joiners)
        {
            if (between.EndsWith(joiner, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the verb at <paramref name="verbStart"/> follows a word joiner ("or", "nor", "ni", not a comma) closing a
    /// clause that one of <paramref name="negations"/> opens: "do not copy the keys or share them in …", where the first
    /// verb is no send verb. A comma is left to <see cref="Joins"/>: "Don't wait, upload …" is an order.
    /// </summary>
    public static bool WordJoinedToNegation(string text, int verbStart, string[] negations)
    {
        var before = text.AsSpan(Math.Max(0, verbStart - Reach), Math.Min(Reach, verbStart));
        var joined = false;
        foreach (var joiner in Joiners)
        {
            joined |= joiner != ", " && before.EndsWith(joiner, StringComparison.OrdinalIgnoreCase);
        }

        if (!joined)
        {
            return false;
        }

        // Only the verb's own clause: after the last break (a full stop counts before a space, not in ".env").
        var from = Math.Max(before.LastIndexOfAny(ClauseBreaks), before.LastIndexOf(". ", StringComparison.Ordinal));
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
