namespace Custos.Core.Privacy;

/// <summary>
/// The identity of a data subject as an agent names it (<c>customer:42</c>, <c>ada@example.com</c>): the limits
/// every entry point checks, and the one normal form under which a subject's key is found again.
/// </summary>
public static class DataSubject
{
    /// <summary>The most data subjects one action may name.</summary>
    public const int MaxCount = 64;

    /// <summary>The longest identity, in characters.</summary>
    public const int MaxLength = 256;

    /// <summary>Null when <paramref name="identity"/> may name a data subject; otherwise what is wrong with it, in words.</summary>
    public static string? Check(string? identity)
    {
        if (string.IsNullOrWhiteSpace(identity) || identity.Length > MaxLength)
        {
            return $"a data subject is 1 to {MaxLength} characters long, such as customer:42";
        }

        for (var i = 0; i < identity.Length; i++)
        {
            var c = identity[i];
            if (char.IsControl(c))
            {
                return "a data subject must not hold control characters (newlines, tabs, NUL)";
            }

            if (char.IsHighSurrogate(c) && i + 1 < identity.Length && char.IsLowSurrogate(identity[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return "a data subject must be valid Unicode text";
            }
        }

        return null;
    }

    /// <summary>
    /// The form a subject's key is looked up by: trimmed and lower-cased (invariant), so <c>Ada@Example.com</c> and
    /// <c>ada@example.com </c> are one subject and erasing one erases both. Erring towards one subject is the safe
    /// direction: two names that meant one person must never leave half of that person's data readable.
    /// </summary>
    public static string Normalize(string identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return identity.Trim().ToLowerInvariant();
    }
}
