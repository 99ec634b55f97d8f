namespace Custos.Detection.Exfiltration;

/// <summary>
/// A user asking for their own things to be sent: "send my passport scan to the visa agency at …", "schick meine
/// Steuererklärung an …", "envía mi pasaporte a …". The private word is the speaker's own (a first-person possessive
/// within the two words before it), so it does not make the send an exfiltration by itself; a send hidden, or
/// ordered of the model by a document, still counts (see <see cref="ExfiltrationFinder.FromInstructions"/>), and
/// "the user's passport" is someone else's.
/// </summary>
internal static class OwnRequest
{
    private static readonly string[] Possessives =
    [
        "my", "mon", "ma", "mes", "mein", "meine", "meinen", "meinem", "meiner", "mi", "mis", "mio", "mia", "miei", "mie", "meu", "minha", "meus", "minhas",
        "mijn", "mój", "moja", "moje", "mojego", "moją", "moich", "мой", "мою", "мои", "моё", "мое", "моего", "моих",
        "benim", "min", "mitt", "mina",
    ];

    // Possessives that follow the noun: Indonesian "foto KTP saya", Vietnamese "hộ chiếu của tôi".
    private static readonly string[] After = ["saya", "aku", "punya saya", "milik saya", "của tôi", "của mình", "của em", "của anh", "الخاص بي", "الخاصة بي", "خاصتي"];

    private static readonly string[] Attached = ["我的", "私の", "僕の", "내 ", "제 ", "나의 "];

    /// <summary>Whether the private word at [<paramref name="start"/>, <paramref name="wordEnd"/>) is the speaker's own.</summary>
    public static bool FirstPerson(string text, int start, int wordEnd)
    {
        if (OwnedAfter(text, wordEnd))
        {
            return true;
        }

        var before = text.AsSpan(Math.Max(0, start - 24), Math.Min(24, start));
        foreach (var a in Attached)
        {
            if (before.EndsWith(a, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // The last two words before it: "my passport", "my scanned passport", "la mia carta d'identità".
        var words = 0;
        var k = before.Length;
        while (words < 2)
        {
            while (k > 0 && before[k - 1] == ' ')
            {
                k--;
            }

            var end = k;
            while (k > 0 && char.IsLetter(before[k - 1]))
            {
                k--;
            }

            if (k == end || k == 0 && start > before.Length)
            {
                return false; // punctuation, or a word cut at the window's edge
            }

            var word = before[k..end];
            foreach (var p in Possessives)
            {
                if (word.Equals(p, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            if (k > 0 && before[k - 1] != ' ')
            {
                return false;
            }

            words++;
        }

        return false;
    }

    /// <summary>Whether a possessive that follows its noun comes right after <paramref name="end"/> ("KTP saya", "KTP-ku").</summary>
    private static bool OwnedAfter(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(16, text.Length - end));
        if (after.StartsWith("-ku", StringComparison.Ordinal) || after.StartsWith("ku", StringComparison.Ordinal) && (after.Length == 2 || !char.IsLetter(after[2])))
        {
            return true;
        }

        after = after.TrimStart(' ');
        foreach (var a in After)
        {
            if (after.StartsWith(a, StringComparison.OrdinalIgnoreCase) && (after.Length == a.Length || !char.IsLetter(after[a.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
