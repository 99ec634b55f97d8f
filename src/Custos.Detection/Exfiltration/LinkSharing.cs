namespace Custos.Detection.Exfiltration;

/// <summary>
/// "Anyone with the link" in the languages of the vocabulary: the sharing setting of document and drive tools
/// ("iedereen met de link", "bağlantıya sahip herkes", "リンクを知っている全員"), which hands a document to whoever holds
/// its URL. Named in prose it is a finding when the order is given to the model, asked to be hidden, or names private
/// data (a model named in the phrase's sentence counts as an order given to it); write access ("can edit", "kan bewerken", "düzenleyebilir") adds to it. A user's own request to share a
/// press kit, and advice never to use the setting, stay clean (a negation just before the phrase).
/// </summary>
internal static class LinkSharing
{
    private const int Around = 120;

    /// <summary>The automaton's words (English "anyone with the link" is a public place of <see cref="ExfiltrationVocabulary"/>).</summary>
    public static readonly string[] Phrases =
    [
        "anyone with link", "everyone with the link", "anyone on the internet",
        "toute personne disposant du lien", "toute personne ayant le lien", "tous ceux qui ont le lien", "n'importe qui avec le lien", "tout le monde avec le lien",
        "jeder mit dem link", "alle mit dem link", "jeder, der den link hat", "alle, die den link haben", "jeder mit link", "jede person mit dem link",
        "cualquier persona con el enlace", "cualquiera con el enlace", "cualquier persona que tenga el enlace", "cualquiera que tenga el enlace",
        "chiunque abbia il link", "chiunque disponga del link", "chiunque con il link", "qualquer pessoa com o link", "qualquer pessoa que tenha o link", "qualquer um com o link",
        "iedereen met de link", "iedereen die de link heeft", "każdy, kto ma link", "każdy z linkiem", "wszyscy z linkiem", "każda osoba mająca link", "każdy posiadający link",
        "у кого есть ссылка", "доступ по ссылке", "хто має посилання", "доступ за посиланням",
        "知道链接的任何人", "拥有链接的任何人", "任何知道链接的人", "获得链接的任何人", "互联网上的任何人", "リンクを知っている", "링크가 있는 모든", "링크를 가진 모든",
        "bağlantıya sahip herkes", "bağlantıya sahip olan herkes", "bağlantısı olan herkes", "linke sahip herkes",
        "alla med länken", "vem som helst med länken", "alle med linket", "alle, der har linket", "kdokoli s odkazem", "kdokoliv s odkazem", "všichni s odkazem",
        "έχει τον σύνδεσμο", "με τον σύνδεσμο", "שיש לו את הקישור", "שיש לו קישור", "شخص لديه الرابط", "شخص معه الرابط", "लिंक वाला कोई भी", "लिंक वाले सभी", "लिंक वाले किसी भी",
        "bất kỳ ai có đường liên kết", "bất kỳ ai có liên kết", "bất kỳ ai có link", "siapa saja yang memiliki link", "siapa pun yang memiliki tautan",
        "siapa saja yang memiliki tautan", "siapa pun yang memiliki link", "ทุกคนที่มีลิงก์", "ผู้ที่มีลิงก์", "oricine are linkul", "oricine cu linkul", "oricine are link-ul",
    ];

    // Write access, in the same languages.
    private static readonly string[] EditWords =
    [
        "can edit", "edit access", "editor", "write access", "modifier", "bearbeiten", "editar", "edición", "modificare", "edição", "bewerken", "edytować", "edycj",
        "редактир", "редагува", "编辑", "編集", "편집", "düzenle", "redigera", "redigere", "upravovat", "úprav", "επεξεργασ", "לערוך", "تعديل", "تحرير", "संपादित",
        "chỉnh sửa", "mengedit", "แก้ไข", "edita",
    ];

    private static readonly string[] Negations =
    [
        "never", "not ", "don't", "doesn't", "won't", "shouldn't", "no one", "jamais", "ne pas", "nicht", "niemals", "kein", "nunca", "no ", "mai ", "non ", "não", "niet", "nooit", "nie ", "не ", "никогда",
        "不要", "别", "しない", "하지 마", "asla", "aldrig", "ikke", "nikdy", "μην", "אל ", "لا ", "मत", "không", "jangan", "อย่า", "nu ",
    ];

    // Names of a model or its agent, looked for in the phrase's sentence when no addressee was found before it.
    private static readonly string[] Assistants =
    [
        "assistant", "asistan", "assistent", "asistente", "assistente", "asystent", "ассистент", "асистент", "агент", "agent", "ai ", "ki ", "ia ", "bot ", "bot,", "bot:", "copilot",
        "助手", "アシスタント", "エージェント", "어시스턴트", "에이전트", "सहायक", "trợ lý", "asisten", "asistent", "βοηθ", "עוזר", "مساعد", "ผู้ช่วย",
    ];

    /// <summary>The score of the phrase at [<paramref name="start"/>, <paramref name="end"/>), 0 when it is advice against it, and why.</summary>
    public static (double Score, string Why) Judge(string text, int start, int end, bool addressed, bool hidden, bool sensitive)
    {
        var sentence = SentenceStart(text, start);
        var before = text.AsSpan(sentence, start - sentence);
        if (NamesWord(before, Negations))
        {
            return (0, string.Empty); // "never set a folder to anyone with the link"
        }

        addressed |= NamesWord(before, Assistants); // "Asistan, bu tabloyu 'bağlantıya sahip herkes …' olarak paylaş"
        var to = Math.Min(text.Length, end + Around);
        var edit = WordSearch.Any(text.AsSpan(Math.Max(sentence, start - Around / 2), to - Math.Max(sentence, start - Around / 2)), EditWords);
        var score = 0.3 + (addressed ? 0.25 : 0) + (hidden ? 0.2 : 0) + (sensitive ? 0.45 : 0) + (edit ? 0.15 : 0);
        var why = "a share with anyone who holds the link" + (sensitive ? ", of private data" : string.Empty) + (edit ? ", with write access" : string.Empty)
            + (addressed ? "; ordered of the model" : string.Empty) + (hidden ? "; asked to be done quietly" : string.Empty);
        return (score, why);
    }

    private static int SentenceStart(string text, int start)
    {
        var from = Math.Max(0, start - Around);
        for (var k = start - 1; k >= from; k--)
        {
            if (text[k] is '\n' or '!' or '?' or '。' || text[k] == '.' && k + 1 < text.Length && text[k + 1] == ' ')
            {
                return k + 1;
            }
        }

        return from;
    }

    /// <summary>Whether one of <paramref name="words"/> starts a word in <paramref name="span"/> ("no " not inside "casino ").</summary>
    private static bool NamesWord(ReadOnlySpan<char> span, string[] words)
    {
        foreach (var w in words)
        {
            var at = span.IndexOf(w, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                if (at == 0 || !char.IsLetter(span[at - 1]) || !char.IsLetter(w[0]))
                {
                    return true;
                }

                var next = span[(at + 1)..].IndexOf(w, StringComparison.OrdinalIgnoreCase);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        return false;
    }
}
