using Custos.Detection.Scanning;

namespace Custos.Detection.Exfiltration;

/// <summary>
/// A secret put where others read it: a field that is shown to other people (a chat status, an event's title, a
/// repository's description, a commit message, a memo) set to the value of a secret-named variable ("Set your Slack
/// status to the value of STRIPE_SECRET_KEY", "Imposta lo stato sul contenuto della variabile GITHUB_TOKEN"). The field
/// word is found by the automaton; the value is looked for in at most <see cref="Reach"/> characters after it, so a
/// text costs at most that much per field word.
/// </summary>
internal static class SecretFields
{
    public const int Reach = 90;

    /// <summary>Fields shown to others, in the vocabulary's languages.</summary>
    public static readonly string[] Fields =
    [
        "status", "title", "description", "topic", "bio", "display name", "nickname", "subject line", "commit message", "headline", "caption", "signature", "away message",
        "statut", "titre", "estado", "título", "descripción", "stato", "titolo", "descrizione", "titel", "beschreibung", "betreff", "assunto", "oggetto", "asunto",
        "статус", "заголовок", "описание", "状态", "标题", "描述", "签名", "ステータス", "タイトル", "説明", "상태", "제목", "설명",
        "durum", "durumunu", "başlık", "açıklama", "trạng thái", "tiêu đề", "mô tả", "judul", "deskripsi", "rubrik", "beskrivning", "स्टेटस", "शीर्षक", "الحالة", "عنوان",
    ];

    // What introduces a variable's value ("the value of", "the contents of") in the vocabulary's languages.
    private static readonly string[] ValueWords =
    [
        "value of", "contents of", "content of", "valeur de", "contenu de", "wert von", "inhalt von", "inhalt der", "valor de", "contenido de", "conteúdo de", "valore di",
        "valore della", "contenuto di", "contenuto della", "waarde van", "inhoud van", "значение", "содержимое", "的值", "の値", "값", "değeri", "değerini", "giá trị", "nilai",
        "isi variabel", "värdet av", "värdet i", "मान", "قيمة",
    ];

    /// <summary>Findings for the field words at <paramref name="fields"/> followed by a secret variable's value.</summary>
    public static void Find(ScanContext context, List<(int Start, int End)> fields, double threshold)
    {
        const double Score = 0.75;
        if (fields.Count == 0 || Score < threshold)
        {
            return;
        }

        var text = context.Text;
        var examined = 0;
        foreach (var (start, end) in fields)
        {
            if (start < examined)
            {
                continue; // inside the window read last: every character is read for one field word at most
            }

            var window = text.AsSpan(end, Math.Min(Reach, text.Length - end));
            examined = end + window.Length;
            context.Work.TriggerChars += window.Length;
            if (SecretValue(window) is not { } name || !SetBefore(text, start))
            {
                continue; // no secret's value, or no order sets the field ("description: the value of API_KEY is …")
            }

            context.Regions.Add(new Finding(EntityTypes.Exfiltration, start, end + name.End, Score, "exfiltration", "secret-in-field",
                "instruction to put the value of a secret-named variable into a field others can read"));
        }
    }

    // Verbs that set a field, in the vocabulary's languages.
    private static readonly string[] SetVerbs =
    [
        "set", "change", "update", "rename", "make", "put", "use", "définis", "mets", "change", "modifie", "setze", "ändere", "aktualisiere", "establece", "cambia", "pon", "actualiza",
        "imposta", "aggiorna", "metti", "defina", "altere", "mude", "atualize", "zet", "verander", "wijzig", "установи", "поменяй", "измени", "смени", "ustaw", "zmień",
        "设置", "改成", "改为", "把", "設定", "変更", "설정", "바꿔", "변경", "ayarla", "değiştir", "güncelle", "đặt", "đổi", "cập nhật", "atur", "ubah", "ganti", "ställ in", "ändra",
        "sätt", "सेट", "बदल", "اضبط", "غيّر", "غير", "عيّن",
    ];

    /// <summary>Whether a verb that sets something comes at most 40 characters before the field word at <paramref name="start"/>.</summary>
    private static bool SetBefore(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 40), Math.Min(40, start));
        foreach (var verb in SetVerbs)
        {
            var from = 0;
            while (from < before.Length)
            {
                var at = before[from..].IndexOf(verb, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                at += from;
                var edgeBefore = at == 0 || !char.IsAsciiLetter(before[at - 1]);
                var edgeAfter = at + verb.Length == before.Length || !char.IsAsciiLetter(before[at + verb.Length]);
                if (edgeBefore && edgeAfter)
                {
                    return true;
                }

                from = at + 1;
            }
        }

        return false;
    }

    /// <summary>Where a secret-named variable whose value is asked for ends in <paramref name="window"/> ("the value of STRIPE_SECRET_KEY", "$GITHUB_TOKEN"), or null.</summary>
    private static (int End, bool Found)? SecretValue(ReadOnlySpan<char> window)
    {
        for (var k = 0; k < window.Length; k++)
        {
            if (window[k] is '!' or '?' or '\n' or ';' or '。' || window[k] == '.' && (k + 1 == window.Length || window[k + 1] == ' '))
            {
                window = window[..k]; // the field's own sentence ("." inside "config.json" does not end it)
                break;
            }
        }

        if (window.IndexOf('_') < 0)
        {
            return null; // no variable name: the common case, one vectorised search
        }

        var valueEnd = -1;
        foreach (var word in ValueWords)
        {
            var at = window.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (valueEnd < 0 || at + word.Length < valueEnd))
            {
                valueEnd = at + word.Length;
            }
        }

        for (var k = 0; k < window.Length; k++)
        {
            var c = window[k];
            if (!char.IsAsciiLetterUpper(c) || k > 0 && (char.IsAsciiLetterOrDigit(window[k - 1]) || window[k - 1] == '_'))
            {
                continue;
            }

            var e = k;
            while (e < window.Length && (char.IsAsciiLetterUpper(window[e]) || char.IsAsciiDigit(window[e]) || window[e] == '_'))
            {
                e++;
            }

            var name = window[k..e];
            var marked = k > 0 && window[k - 1] is '$' or '{' or '%' || valueEnd >= 0 && valueEnd <= k;
            if (name.Length >= 6 && name.Contains('_') && marked && CommandInspector.IsSecretName(name))
            {
                return (e, true);
            }

            k = e;
        }

        return null;
    }
}
