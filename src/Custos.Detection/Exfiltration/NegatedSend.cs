namespace Custos.Detection.Exfiltration;

/// <summary>
/// Where a negation stands in languages that do not put it as English does, so that a forbidden send is not read as an
/// order (each a few characters looked at, once per verb paired with a destination):
/// <list type="bullet">
/// <item>right before the verb, in its own clause: "не отправляй", "لا ترسل", "non inviare", "đừng gửi", "jangan kirim",
/// "मत भेजना", "μην στέλνετε";</item>
/// <item>right after the verb, as a suffix or a particle: "送らないで", "보내지 마세요", "भेजो मत", Turkish "gönderme",
/// "paylaşmayın";</item>
/// <item>right before the destination, where the verb comes last or the negation follows the object: "niemals an https://…
/// senden", "nicht an extern@… weiterleiten", "Stuur het wachtwoord nooit naar …".</item>
/// </list>
/// A comma, colon or semicolon between the negation and what it would negate ends its reach: "Не жди, отправь …" and "Send
/// the .env, not the README, to …" are orders.
/// </summary>
internal static class NegatedSend
{
    private const int BeforeReach = 10;
    private const int AfterReach = 8;
    private const int DestinationReach = 8;

    private static readonly string[] BeforeVerb =
    [
        "не ", "ні ", "لا ", "non ", "đừng ", "chớ ", "jangan ", "मत ", "न ", "nu ", "μην ", "אל ", "อย่า", "n'", "niemals ", "nooit ", "aldrig ", "nikdy ne", "ніколи не ",
    ];

    private static readonly string[] AfterVerb = ["ないで", "ないよう", "てはいけ", "ては駄目", "てはだめ", "지 마", "지 말", "지 않", " मत", "不得", "禁止"];

    private static readonly string[] TurkishStems = ["gönder", "paylaş", "yükle", "ilet", "yönlendir"];

    private static readonly string[] TurkishNegativeEndings = ["me", "ma", "meyin", "mayın", "meyiniz", "mayınız", "memeli", "mamalı", "memelisin", "mamalısın"];

    private static readonly string[] BeforeDestination =
    [
        "nicht ", "niemals ", "nie ", "keinesfalls ", "nooit ", "niet ", "aldrig ", "inte ", "ikke ", "never ", "jamais ", "nunca ",
    ];

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:!?\n。，；：！？");

    /// <summary>Whether the send by the verb at <paramref name="verb"/> to the destination at <paramref name="destinationStart"/> is forbidden.</summary>
    public static bool Forbidden(string text, (int Start, int End) verb, int destinationStart) =>
        BeforeTheVerb(text, verb.Start) || AfterTheVerb(text, verb.Start, verb.End) || BeforeTheDestination(text, destinationStart);

    /// <summary>Whether a negation stands right before the verb at <paramref name="verbStart"/>, in its clause.</summary>
    public static bool BeforeTheVerb(string text, int verbStart)
    {
        var from = Math.Max(0, verbStart - BeforeReach);
        var before = text.AsSpan(from, verbStart - from);
        foreach (var n in BeforeVerb)
        {
            var at = before.LastIndexOf(n, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (n == "อย่า" || from + at == 0 || !char.IsLetter(text[from + at - 1])) && before[(at + n.Length)..].IndexOfAny(ClauseBreaks) < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a negating suffix or particle follows the verb at [<paramref name="verbStart"/>, <paramref name="verbEnd"/>).</summary>
    public static bool AfterTheVerb(string text, int verbStart, int verbEnd)
    {
        var after = text.AsSpan(verbEnd, Math.Min(AfterReach, text.Length - verbEnd));
        foreach (var n in AfterVerb)
        {
            var at = after.IndexOf(n, StringComparison.Ordinal);
            if (at is >= 0 and <= 3 && after[..at].IndexOfAny(ClauseBreaks) < 0 && after[..at].IndexOf(' ') < 0)
            {
                return true; // "送らないで", "보내지 마세요", "भेजो मत": a kana or a vowel sign at most between
            }
        }

        // Turkish: a verb's stem, a negative imperative ending, then the word ends ("gönderme", "paylaşmayın").
        var end = 0;
        while (end < after.Length && char.IsLetter(after[end]))
        {
            end++;
        }

        if (end == 0 || (end == after.Length && verbEnd + end < text.Length && char.IsLetter(text[verbEnd + end])))
        {
            return false;
        }

        var verb = text.AsSpan(verbStart, verbEnd - verbStart);
        foreach (var stem in TurkishStems)
        {
            if (verb.EndsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var e in TurkishNegativeEndings)
                {
                    if (after[..end].Equals(e, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Whether a negation stands right before the destination at <paramref name="destinationStart"/>, past at most a preposition.</summary>
    public static bool BeforeTheDestination(string text, int destinationStart)
    {
        const int Reach = DestinationReach + 12;
        var from = Math.Max(0, destinationStart - Reach);
        var before = text.AsSpan(from, destinationStart - from);
        foreach (var n in BeforeDestination)
        {
            var at = before.LastIndexOf(n, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || (from + at > 0 && char.IsLetter(text[from + at - 1])))
            {
                continue;
            }

            var between = before[(at + n.Length)..];
            if (between.Length <= DestinationReach && between.IndexOfAny(ClauseBreaks) < 0 && between.Count(' ') <= 1)
            {
                return true; // "nicht an ", "nooit naar ": the negation, a preposition, the destination
            }
        }

        return false;
    }

    // "paste the code, not the secrets file": what follows a contrastive negation is named to be left out.
    private static readonly string[] Contrasts = [", not ", " but not ", ", never ", ", nicht ", ", pas ", ", jamais ", ", no ", ", nunca ", ", non ", ", не ", ", niet ", ", nie "];

    private static readonly string[] Articles = ["the ", "your ", "any ", "le ", "la ", "les ", "l'", "die ", "das ", "den ", "el ", "los ", "las ", "il ", "lo ", "o ", "a ", "de "];

    /// <summary>
    /// Whether the private data named at <paramref name="start"/> follows a contrastive negation ("paste the code, not the
    /// secrets file", "la configuración, nunca las claves"): named to be left out of what is sent. At most 20 characters looked at.
    /// </summary>
    public static bool LeftOut(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 20), Math.Min(20, start));
        foreach (var a in Articles)
        {
            if (before.EndsWith(a, StringComparison.OrdinalIgnoreCase))
            {
                before = before[..^a.Length];
                break;
            }
        }

        foreach (var c in Contrasts)
        {
            if (before.EndsWith(c, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
