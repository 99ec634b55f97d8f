namespace Custos.Detection.Exfiltration;

/// <summary>
/// A destination the speaker names as their own: "it's my NAS at home", "è il mio NAS di casa", "sur mon propre
/// serveur", "auf meinen eigenen Server", "a mi propio disco", "我的 NAS". A home folder's documents copied there are a
/// backup, not a theft; credentials and hidden sends still count (the caller asks only about weaker commands).
/// </summary>
internal static class OwnDestination
{
    private const int Before = 100;
    private const int After = 80;

    // First-person possessives, as whole words, in the vocabulary's languages.
    private static readonly string[] Possessives =
    [
        "my", "my own", "mon", "ma", "mes", "mein", "meine", "meinem", "meinen", "meiner", "mi", "mis", "mio", "mia", "miei", "meu", "minha", "meus", "mijn", "mój", "moim",
        "moja", "mojego", "мой", "мою", "моём", "моем", "мій", "мою", "benim", "min", "mitt", "mina", "můj", "mém", "μου", "meu próprio",
    ];

    // Possessives that stick to the noun or follow it.
    private static readonly string[] Attached = ["我的", "私の", "自分の", "내 ", "제 ", "나의 "];

    private static readonly string[] FollowingPossessives = ["saya", "aku", "của tôi", "của mình", "म्हणजे"];

    // Places one keeps one's own copies on.
    private static readonly string[] Nouns =
    [
        "nas", "server", "serveur", "servidor", "laptop", "desktop", "pc", "computer", "ordinateur", "rechner", "computador", "drive", "disk", "disque", "disco", "festplatte",
        "backup", "sauvegarde", "sicherung", "copia de seguridad", "icloud", "onedrive", "dropbox", "google drive", "raspberry", "home server", "homeserver", "propre", "eigenen",
        "eigene", "propio", "propia", "proprio", "própria", "próprio", "eigen", "własny", "własnym", "собственн", "свой", "kendi", "egen", "eget", "vlastní", "sendiri",
        "сервер", "ноутбук", "диск", "服务器", "电脑", "硬盘", "サーバー", "パソコン", "서버", "노트북", "sunucu", "máy chủ", "máy tính",
    ];

    /// <summary>Whether the sentence around the command at [<paramref name="start"/>, <paramref name="end"/>) names its destination as the speaker's own.</summary>
    public static bool Named(string text, int start, int end)
    {
        var from = Math.Max(0, start - Before);
        var to = Math.Min(text.Length, Math.Min(end, start + 600) + After); // a long command is read up to 600 characters
        var span = text.AsSpan(from, to - from);
        foreach (var a in Attached)
        {
            var at = span.IndexOf(a, StringComparison.Ordinal);
            if (at >= 0 && NounAt(span[(at + a.Length)..]))
            {
                return true;
            }
        }

        foreach (var noun in Nouns)
        {
            var from0 = 0;
            while (from0 < span.Length && span[from0..].IndexOf(noun, StringComparison.OrdinalIgnoreCase) is var rel and >= 0)
            {
                var at = from0 + rel;
                var whole = at == 0 || !char.IsLetter(span[at - 1]); // a word's start ("собственном", "NAS")
                if (whole && (PossessiveBefore(span[..at]) || FollowedByOwner(span[(at + noun.Length)..])))
                {
                    return true;
                }

                from0 = at + noun.Length;
            }
        }

        return false;
    }

    private static bool NounAt(ReadOnlySpan<char> after)
    {
        after = after[..Math.Min(16, after.Length)].TrimStart(' ');
        foreach (var noun in Nouns)
        {
            if (after.StartsWith(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A possessive among the two words before the noun ("my NAS", "il mio NAS", "my own server", "mon propre serveur").</summary>
    private static bool PossessiveBefore(ReadOnlySpan<char> before)
    {
        var k = before.Length;
        for (var words = 0; words < 2; words++)
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

            if (k == end)
            {
                return false;
            }

            var word = before[k..end];
            foreach (var p in Possessives)
            {
                if (word.Equals(p, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool FollowedByOwner(ReadOnlySpan<char> after)
    {
        after = after[..Math.Min(12, after.Length)].TrimStart(' ');
        foreach (var f in FollowingPossessives)
        {
            if (after.StartsWith(f, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
