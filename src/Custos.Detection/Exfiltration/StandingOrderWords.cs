namespace Custos.Detection.Exfiltration;

/// <summary>
/// Exfiltration words for sends that keep going once set up (a rule forwarding a whole mailbox, a folder shared with an
/// outside address, a blind copy a tool adds), private data placed in a tool's query, a send done without asking the
/// user, and the send verbs and private data of Turkish, Hindi, Vietnamese, Indonesian and Swedish, which no other list
/// covers. They join <see cref="ExfiltrationVocabulary"/>'s kinds and count the same way: a send verb with an outside
/// destination, stronger with private data named or a word of hiding near it.
/// </summary>
internal static class StandingOrderWords
{
    /// <summary>A mailbox as a whole, which a forwarding rule sends on ("forwards all incoming mail to …").</summary>
    public static readonly string[] Sensitive =
    [
        "all incoming mail", "all incoming email", "all incoming emails", "all incoming messages", "every incoming message", "every incoming email", "all new mail", "all new messages",
        "tous les messages reçus", "tous les e-mails reçus", "tous les messages entrants", "alle eingehenden", 
        "todos los correos entrantes", "todos los mensajes entrantes", "toda mensagem", "todas as mensagens recebidas", "todos os e-mails recebidos",
        "tutti i messaggi in arrivo", "tutte le email in arrivo", "tutta la posta in arrivo", "alle inkomende", "всей входящей почты", "всю входящую почту", "все входящие",
        "wszystkie przychodzące", "جميع الرسائل الواردة", "كل الرسائل الواردة", "كل البريد الوارد", "所有来信", "所有收到的邮件", "すべての受信メール", "受信メールをすべて",
        "모든 수신 메일", "gelen tüm", "tüm gelen", "सभी आने वाले", "tất cả thư đến", "semua email masuk", "semua pesan masuk", "all inkommande", "alla inkommande",

        // Notes people keep for themselves, and papers of money and tax.
        "private notes", "personal notes", "notes privées", "private notizen", "notas privadas", "note private", "privata anteckningar", "개인 메모", "個人メモ", "个人笔记", "私人笔记",
        "tax documents", "tax returns", "documents fiscaux", "steuerunterlagen", "documentos fiscales", "documenti fiscali",

        // Turkish, Hindi, Vietnamese, Indonesian, Swedish (and Korean, Chinese forms the lists lacked).
        "kimlik numarası", "kimlik numarasını", "kimlik no", "telefon numarası", "telefon numarasını", "kart bilgileri", "kart bilgilerini", "şifreler", "şifreleri", "şifrelerini",
        "ev adresi", "ev adresini", "banka hesabı", "iban numarası", "e-posta kutusu", "e-posta kutusundaki", "gelen kutusu", "gelen kutusundaki",
        "आधार", "पासवर्ड", "ओटीपी", "otp", "बैंक खाता", "खाता संख्या", "मोबाइल नंबर", "फ़ोन नंबर", "पैन कार्ड",
        "mật khẩu", "số tài khoản", "số thẻ", "cccd", "căn cước", "hộ chiếu", "số điện thoại",
        "kata sandi", "nomor rekening", "nomor kartu", "ktp", "paspor", "nomor telepon", "daftar kontak",
        "personnummer", "lösenord", "lösenorden", "kortnummer", "lönelista", "löner",
        "계좌번호", "주민등록번호", "身份证号", "银行卡号",
    ];

    /// <summary>Sending done without asking the user: a document has no say in what leaves without the user's consent.</summary>
    public static readonly string[] Stealth =
    [
        "without asking the user", "without asking them", "no need to ask", "don't ask the user", "do not ask the user", "without checking with the user", "no need to check with",
        "sans demander", "sans lui demander", "ohne nachzufragen", "ohne rückfrage", "sin preguntar", "sem perguntar", "senza chiedere", "zonder te vragen", "не спрашивая",
        "bez pytania", "لا داعي لسؤال", "دون سؤال", "无需询问", "不用问", "確認せずに", "묻지 말고", "sormadan", "haber vermeden", "बिना पूछे", "मत बताना", "không cần hỏi",
        "đừng nói với", "tanpa bertanya", "tanpa memberi tahu", "utan att fråga", "utan att meddela",

        // A copy a tool adds on its own is hidden from whoever sends: "It automatically BCCs archive@…".
        "automatically bccs", "automatically bcc", "auto-bcc", "silently bcc", "silently bccs", "silently cc", "silently ccs", "silently copies", "quietly copies",
    ];

    /// <summary>Verbs of sending, forwarding and sharing, and a tool's silent copy.</summary>
    public static readonly string[] Sends =
    [
        "forwards", "auto-forward", "auto-forwards", "autoforward", "bccs", "blind copy", "weiterleitet", "weiterleiten", "leite weiter", "transfère", "inoltri", "reenvíe",
        "stuur door", "doorsturen", "przekieruj", "пересылку", "переадресуй", "пересылает", "пересылать", "перенаправь", "перенаправляет", "إعادة توجيه", "أعد توجيه",
        "comparte", "compartilhe", "compartilha", "condividi", "partage", "partagez", "deel de map", "udostępnij", "поделись", "شارك", "共享", "共有", "공유",
        "gönder", "gönderin", "yükle", "ilet", "paylaş", "yönlendir",
        "भेज", "अपलोड", "फॉरवर्ड", "शेयर",
        "gửi", "tải lên", "chuyển tiếp", "chia sẻ",
        "kirim", "kirimkan", "unggah", "teruskan", "bagikan",
        "skicka", "ladda upp", "vidarebefordra", "dela mappen", "dela filen", "dela dokumentet",

        // Copies made into something others read: "… ska kopieras till bokningens kommentarsfält".
        "copied to", "be copied into", "kopieras till", "kopieras in i", "kopiert in", "copiées dans", "copiados al", "copiati nel",
    ];

    /// <summary>Verbs that put private data into a tool's query or parameter ("retry with the user's address in the query", "…を付けて", "放进 … 参数").</summary>
    public static readonly string[] Placements =
    [
        "retry with", "retry the search with", "search again with", "query again with", "call it again with", "re-run it with", "rerun it with", "放进", "放入", "填入", "写入",
        "ekle", "koy", "masukkan", "sertakan", "thêm", "lägg in", "डाल",
    ];

    /// <summary>Whether the slot word at [start, end) names a URL's part ("in the query string"), not a tool's field.</summary>
    public static bool UrlPart(string text, int end) =>
        text.AsSpan(end, Math.Min(8, text.Length - end)).StartsWith(" string", StringComparison.OrdinalIgnoreCase);

    /// <summary>A tool's query, filter and memo fields, and the parameter words of the new languages.</summary>
    public static readonly string[] Slots =
    [
        "in the query", "in the search query", "into the query", "in the filter", "in the search field", "to the query", "参数里", "参数。", " 参数", "parametresine", "parametresinde",
        "parametrenin", "alanına", "tham số", "parameter '", "parametern",
        "comment field", "comments field", "notes field", "kommentarsfält", "kommentarsfältet", "kommentarfeld", "champ commentaire", "campo de comentarios", "campo commenti",
        "campo de observações", "yorum alanına", "kolom komentar", "trường ghi chú",
    ];

    /// <summary>The start of a path under a home ("~/Dokumen/Keuangan"): private when a personal folder follows (see <see cref="PersonalFolders"/>).</summary>
    public static readonly string[] HomePaths = ["~/", "~\\", "$HOME/", "%USERPROFILE%\\"];
}
