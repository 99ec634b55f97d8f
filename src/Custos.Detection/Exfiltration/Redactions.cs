namespace Custos.Detection.Exfiltration;

/// <summary>
/// Private data named only to be kept out of what is sent: "after hiding the passwords", "without the card numbers",
/// "sans les mots de passe", "αφού κρύψεις τους κωδικούς", "パスワードを伏せて". A word of hiding, removing or leaving
/// out just before the data word (a short article or possessive or two between) or, in verb-final languages, just after
/// it, makes that word no evidence of a send. Only the few characters around each private-data word are read.
/// </summary>
internal static class Redactions
{
    private const int Before = 40;
    private const int After = 16;
    private const int ShortWord = 5;

    // Words of hiding or leaving out that come before what they hide.
    private static readonly string[] Leading =
    [
        "hiding", "hide", "removing", "remove", "redacting", "redact", "masking", "mask", "blurring", "blur", "blacking out", "black out", "stripping", "strip", "without",
        "minus", "except", "excluding", "omitting", "omit", "leaving out", "leave out", "censoring", "censor", "obscuring", "obscure", "covering", "cover",
        "masquer", "masqué", "masquant", "masque", "cacher", "caché", "cachant", "retirer", "retiré", "retirant", "retire", "enlever", "enlevé", "sans", "sauf", "flouter", "flouté",
        "ohne", "schwärze", "geschwärzt", "schwärzen", "entferne", "entfernt", "entfernen", "verberge", "verbergen", "verdecke", "verdeckt", "außer", "ausgenommen", "maskiere",
        "sin", "ocultar", "ocultando", "oculta", "ocultes", "quitar", "quitando", "quita", "tapar", "tapando", "excepto", "salvo",
        "senza", "nascondere", "nascosto", "nascondi", "nascondendo", "togli", "togliere", "rimuovi", "oscura", "oscurando", "tranne", "eccetto",
        "sem", "ocultando", "oculte", "esconder", "escondendo", "esconda", "remover", "removendo", "remova", "exceto",
        "zonder", "verberg", "verbergen", "verwijder", "behalve",
        "без", "скрыв", "скрой", "скрыть", "убрав", "убери", "замазав", "кроме", "приховавши", "приховай", "крім",
        "bez", "ukryj", "ukrywając", "usuń", "zamaskuj", "zamazując", "oprócz", "skryj", "skryjte", "odstraň", "zakryj", "kromě",
        "κρύψεις", "κρύψε", "κρύβοντας", "χωρίς", "αφαιρέσεις", "αφαίρεσε", "εκτός",
        "fără", "ascunde", "ascunzând", "elimină", "utan", "dölj", "ta bort", "förutom", "uden", "skjul",
        "tanpa", "sembunyikan", "hapus", "kecuali", "tutupi", "che", "ẩn", "xóa", "trừ", "không kèm",
        "بدون", "دون", "إخفاء", "باستثناء", "בלי", "ללא", "הסתר", "חוץ מ", "โดยไม่มี", "ยกเว้น", "ซ่อน",
        "隐去", "去掉", "除去", "遮住", "打码", "不含", "不包括", "隐藏",
    ];

    // Words of hiding that come after what they hide (verb-final languages).
    private static readonly string[] Trailing =
    [
        "を隠して", "を伏せて", "を除いて", "を消して", "は伏せ", "抜きで", "을 가리고", "를 가리고", "을 지우고", "를 지우고", "는 빼고", "은 빼고", "를 빼고", "을 빼고", "제외하고",
        "gizleyerek", "gizledikten", "hariç", "olmadan", "sildikten", "छिपाकर", "हटाकर", "के बिना", "छोड़कर", "打码", "除外",
    ];

    /// <summary>Whether the private-data word at [<paramref name="start"/>, <paramref name="end"/>) is named to be hidden or left out.</summary>
    public static bool Hidden(string text, int start, int end)
    {
        var before = text.AsSpan(Math.Max(0, start - Before), Math.Min(Before, start)).TrimEnd();
        for (var words = 0; words < 3; words++)
        {
            if (EndsWithWord(before))
            {
                return true;
            }

            // Drop one short word (an article, a possessive: "the", "τους", "les", "their") and look again.
            var space = before.LastIndexOf(' ');
            if (words == 2 || space < 0 || before.Length - space - 1 > ShortWord)
            {
                break;
            }

            before = before[..space].TrimEnd();
        }

        var after = text.AsSpan(end, Math.Min(After, text.Length - end));
        foreach (var w in Trailing)
        {
            var at = after.IndexOf(w, StringComparison.Ordinal);
            if (at >= 0 && at <= 2)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithWord(ReadOnlySpan<char> before)
    {
        foreach (var w in Leading)
        {
            if (before.EndsWith(w, StringComparison.OrdinalIgnoreCase) && (before.Length == w.Length || !char.IsLetter(before[^(w.Length + 1)]) || !char.IsLetter(w[0]) || IsCjk(w[0])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCjk(char c) => c >= '\u2E80';
}
