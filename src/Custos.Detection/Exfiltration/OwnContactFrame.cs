namespace Custos.Detection.Exfiltration;

/// <summary>
/// The destination as the speaker's own contact, by its frame rather than by a list of roles: a first-person possessive
/// and a few words right before the address ("to my travel agent, Lucía at …", "à notre expert-comptable, …", "an meine
/// Vermieterin …", "a mi gestora: …", "给我的律师 …", "sur mon adresse perso, …"), in the sentence of the send. Also an
/// address named as where something comes from ("forward me the summary from payroll@…"): a source, no destination.
/// The caller asks only when the send is neither hidden nor ordered of the model. At most <see cref="Reach"/> characters
/// looked at, once per verb paired with a destination.
/// </summary>
internal static class OwnContactFrame
{
    private const int Reach = 48;

    private static readonly string[] Possessives =
    [
        "my", "our", "mon", "ma", "mes", "notre", "nos", "mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere", "unseren", "unserem", "unserer", "mi", "mis",
        "nuestro", "nuestra", "nuestros", "nuestras", "mio", "mia", "miei", "mie", "nostro", "nostra", "nostri", "meu", "minha", "meus", "minhas", "nosso", "nossa", "mijn",
        "onze", "mój", "moja", "moje", "mojego", "mojej", "mojemu", "naszego", "naszej", "naszemu", "мой", "моя", "мою", "моему", "моей", "моего", "нашему", "нашей",
        "нашего", "мій", "моїй", "моєму", "benim", "min", "mitt", "mina", "vår", "vårt", "můj", "mému", "mé", "naší", "našemu",
    ];

    // The words that lead to a person: "to my …", "à notre …", "an meine …", "给我的 …".
    private static readonly string[] Prepositions =
    [
        "to", "for", "with", "cc", "à", "pour", "sur", "avec", "an", "für", "mit", "a", "para", "al", "alla", "allo", "ao", "naar", "aan", "voor", "met", "do", "dla", "к", "на",
        "для", "till", "åt", "pro", "pra",
    ];

    private static readonly string[] Attached = ["给我的", "给我们的", "到我的", "到我们的"];

    private static readonly string[] Sources = ["from", "von", "desde", "depuis", "vanaf", "из", "від", "od"];

    private static readonly System.Buffers.SearchValues<char> SentenceBreaks = System.Buffers.SearchValues.Create(".;!?\n。；！？");

    /// <summary>Whether the destination at <paramref name="to"/> is framed as the speaker's own contact, or as a source, after <paramref name="from"/>.</summary>
    public static bool Names(string text, int from, int to)
    {
        from = Math.Max(from, to - Reach);
        if (to <= from)
        {
            return false;
        }

        var span = text.AsSpan(from, to - from);
        var lastWord = span.TrimEnd(" :(<\"'«“").TrimEnd();
        foreach (var s in Sources)
        {
            if (lastWord.EndsWith(s, StringComparison.OrdinalIgnoreCase) && (lastWord.Length == s.Length || !char.IsLetter(lastWord[^(s.Length + 1)])))
            {
                return true; // "the summary from payroll@…": where it comes from
            }
        }

        foreach (var a in Attached)
        {
            var at = span.LastIndexOf(a, StringComparison.Ordinal);
            if (at >= 0 && Unbroken(span[at..]))
            {
                return true;
            }
        }

        // The last whole word that is a first-person possessive.
        var end = span.Length;
        while (end > 0)
        {
            var start = end;
            while (start > 0 && char.IsLetter(span[start - 1]))
            {
                start--;
            }

            if (start < end && IsAny(span[start..end], Possessives))
            {
                // The word before it leads to a person ("to my …"); not "send my passwords to …", whose "my" owns the data.
                var before = span[..start].TrimEnd();
                var w = before.Length;
                while (w > 0 && char.IsLetter(before[w - 1]))
                {
                    w--;
                }

                return w < before.Length && IsAny(before[w..], Prepositions) && Unbroken(span[start..]) && !NamesAPlace(span[start..]);
            }

            end = start - 1;
            while (end > 0 && !char.IsLetter(span[end - 1]))
            {
                end--;
            }
        }

        return false;
    }

    // Places and machines, not people: "to our pastebin https://…", "to my server at …" (OwnDestination weighs those).
    private static readonly string[] PlaceWords =
    [
        "paste", "gist", "public", "server", "bucket", "drive", "endpoint", "webhook", "site", "storage", "backup", "cloud", "api", "url", "link", "repo", "channel", "forum",
        "serveur", "servidor", "dépôt", "speicher", "ablage", "nube", "сервер", "服务器", "网盘",
    ];

    private static bool NamesAPlace(ReadOnlySpan<char> phrase)
    {
        foreach (var p in PlaceWords)
        {
            if (phrase.Contains(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAny(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var p in words)
        {
            if (word.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // No sentence break between the possessive and the destination (a full stop inside "lucia@mail.example" is no break).
    private static bool Unbroken(ReadOnlySpan<char> rest)
    {
        for (var k = rest.IndexOfAny(SentenceBreaks); k >= 0; k = rest.IndexOfAny(SentenceBreaks))
        {
            if (rest[k] != '.' || k + 1 == rest.Length || rest[k + 1] is ' ' or '\n')
            {
                return false;
            }

            rest = rest[(k + 1)..];
        }

        return true;
    }
}
