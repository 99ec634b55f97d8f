namespace Custos.Detection.Injection;

/// <summary>
/// Word classes for the open class of indirect injection: who is addressed, and what an order left for that reader puts
/// at stake (batch-nineteen work on indirect injection). Every fresh batch names the reader in a new way ("summary tools
/// writing this up", "e-discovery review tools", "the orchestrator", "yapay zekâ asistanı", "trợ lý AI"), so besides
/// nouns this file holds the frames that make a noun an addressee (a note or a relative clause before it, "reading
/// this" after it; see Composition.Addressee.cs) and the stakes that such orders share whoever they are addressed to:
/// privileges and security switched off (admin rights, a verified badge, shell access, a port opened to the world),
/// money handed out (store credit), records handed over unredacted, everyone contacted, and the reader told to keep it
/// quiet. Turkish, Hindi, Vietnamese, Indonesian and Swedish get their addressees, imperatives and concealment here.
/// </summary>
internal static class AddresseeVocabulary
{
    // Names for the model in the five languages no list covered (folded: marks dropped, so "zekâ" is "zeka").
    private static readonly string[] ReaderNouns =
    [
        // Turkish, with the dative and possessive forms an address takes.
        "yapay zeka", "yapay zekaya", "yapay zekasına", "yapay zeka asistanı", "yapay zeka asistanına", "asistanı", "asistanına", "asistana",
        "ai asistanı", "ai asistanına", "botu", "botuna", "ajanı", "ajanına",
        // Hindi.
        "सहायक", "एआई", "बॉट", "मॉडल", "एजेंट", "ai सहायक",
        // Vietnamese.
        "trợ lý", "trợ lý ai", "trí tuệ nhân tạo", "mô hình ai",
        // Indonesian.
        "asisten", "asisten ai", "agen ai", "kecerdasan buatan",
        // Swedish (the definite form is how a reader is addressed: "Till AI-assistenten").
        "ai-assistenten", "ai-assistent", "ai-agenten", "ai-boten", "ai-modellen",
        // English names of automated readers no list had.
        "orchestrator", "subagent", "sub-agent", "copilots", "responders", "autoresponder", "auto-responder",
    ];

    /// <summary>Word classes and their words, added to the injection vocabulary by <see cref="InjectionVocabulary"/>.</summary>
    public static IEnumerable<(CueClass Class, string[] Words)> Classes { get; } =
    [
        (CueClass.Ai, ReaderNouns),
        (CueClass.Machine, ["browser", "browsers", "scraper", "scrapers", "filler", "fillers"]),
        (CueClass.Vocative, [.. ReaderNouns.SelectMany(n => new[] { n + ":", n + ",", n + " :" })]),

        // A note or a relative clause before the name ("Untuk asisten AI", "Bu mesajı okuyan yapay zekâ asistanı", "इस संदेश को पढ़ने वाले AI
        // सहायक", "Till AI-assistenten", "to whichever system handles"): the name that follows is addressed.
        (CueClass.Note,
        [
            "okuyan", "işleyen", "özetleyen", "inceleyen", "yöneten",
            "पढ़ने वाले", "पढ़ने वाली", "संभालने वाले", "के लिए निर्देश",
            "lưu ý cho", "gửi", "dành cho", "ghi chú cho",
            "untuk", "kepada", "catatan untuk", "pesan untuk",
            "till", "ps till", "notering till", "meddelande till", "för den",
        ]),

        // "To the X", "for the X", "ao assistente", "an den Agenten": a weaker address (the person may be writing about the reader),
        // so an order after it needs something at stake.
        (CueClass.Dedication,
        [
            "to the", "for the", "to whichever", "to whatever", "for whichever", "for whatever", "to whoever", "for whoever", "ao", "aos", "all'",
            "au", "aux", "an den", "an die", "aan de", "aan het",
        ]),

        // After the name, an address: "AI सहायक के लिए:", "asistanına:".
        (CueClass.AddressSuffix, ["के लिए:", "के लिए :", "के लिए", "için:", "için not", "için not:", "için notu"]),
        (CueClass.ThirdParty, ["kullanıcının", "kullanıcıya", "müşterinin", "उपयोगकर्ता", "ग्राहक का", "pengguna", "användarens"]),

        // After the name, the reader as one who reads this text: "trợ lý AI đọc email này", "asisten AI yang membaca", "AI-assistenten som läser".
        (CueClass.AiContext,
        [
            "đọc thư này", "đọc email này", "đọc tài liệu này", "đọc tin nhắn này", "xử lý thư này", "xử lý email này", "yang membaca", "yang memproses", "yang menangani", "yang meringkas",
            "som läser", "som granskar", "som hanterar", "som behandlar", "som sammanfattar", "writing this up", "auto-filling this", "answering from this",
            "cataloguing this", "cataloging this",
        ]),

        // What such an order puts at stake: privileges, security switched off, money handed out, records handed over, everyone contacted.
        (CueClass.Privilege,
        [
            "admin user", "an admin", "as admin", "to admin", "admin access", "admin rights", "admin role", "admin privileges", "admin account", "administrator rights",
            "administrator access", "superuser", "root access", "shell access", "sudo", "verified badge", "verified status", "owner role", "full access",
            "elevated access", "write access", "--no-sandbox", "no-sandbox", "sandbox off", "0.0.0.0/0", "monitor-only", "port 22", "store credit",
            "100% credit", "full refund", "as privileged", "production set", "unredacted", "unmasked", "customer record", "customer records",
            "internal margin", "margin column", "every member", "all members", "each member", "shipping address", "delivery address", "billing address",
            "payout account", "one-click checkout", "one-click purchase", "one-click", "two-step verification", "two-step", "2-step", "otp",
            "conversation history", "chat history", "historii rozmowy", "historique de la conversation", "gesprächsverlauf", "historial de la conversación",
            "cronologia della conversazione", "histórico da conversa", "saved card", "carte enregistrée", "gespeicherte karte", "tarjeta guardada",
            "carta salvata", "cartão salvo", "opgeslagen kaart", "保存的银行卡", "保存されたカード", "저장된 카드", "сохранённую карту", "сохраненную карту",
            "zapisaną kartą", "zapisanej karty", "البطاقة المحفوظة", "kayıtlı kart", "सहेजे गए कार्ड", "thẻ đã lưu", "kartu tersimpan", "sparade kortet",
            "droits d'administrateur", "accès administrateur", "comme administrateur", "adminrechte", "administratorrechte", "admin-zugang", "als administrator",
            "acceso de administrador", "permisos de administrador", "como administrador", "come amministratore", "accesso amministratore",
            "diritti di amministratore", "acesso de administrador", "beheerdersrechten", "管理员权限", "为管理员", "超级用户", "管理者権限", "관리자 권한",
            "관리자로", "права администратора", "администратором", "uprawnienia administratora", "administratorem", "صلاحيات المسؤول", "yönetici yetkisi",
            "एडमिन", "प्रशासक", "quản trị viên", "quyền quản trị", "akses admin", "hak admin", "administratör", "adminbehörighet",
        ]),

        // Orders in the five languages and the English ones the lists lacked ("DM every member", "enter the payroll IBAN").
        (CueClass.Action,
        [
            "dm", "direct message", "enter the", "give it", "give this", "give them", "give the", "tag every", "tag all", "keep this", "close every", "tell the",
            "tell him", "tell her", "tell every", "order two", "order three", "order several", "order more", "souscri*", "réservez", "réserve", "réserver",
            "ausführen", "führe", "registra", "registrare", "leggi", "passa", "passane", "sertakan", "预订", "订购", "购买", "下单", "放进", "放入", "填入",
            "회신", "wysłanie", "wysłać", "koy", "を付けて", "を添付して",
            "gönder", "onayla", "güncelle", "değiştir", "ekle", "gir", "aktar", "satın al",
            "भेजें", "भेज दें", "भेजो", "खरीदें", "बदलें", "हटाएं", "जोड़ें", "करें",
            "hãy", "xin hãy", "cấp quyền",
            "kirim", "kirimkan", "berikan", "ubah", "hapus", "bayar", "beli", "konfirmasi", "setujui", "tambahkan",
            "skicka", "godkänn", "betala", "ändra", "radera", "ta bort", "lägg till", "överför", "boka", "köp",
        ]),

        // Keeping it from the person or a reviewer: "don't point it out", "say there were none", "nämn inte", "jangan beri tahu".
        (CueClass.Conceal,
        [
            "don't point it out", "do not point it out", "don't point out", "don't flag it", "without flagging", "don't call it out", "don't bring it up",
            "say there were none", "say there was none", "say there are none", "say there is none", "leave it out", "leave them out", "leave out",
            "nobody needs to know", "no one needs to know", "nobody needs to be informed", "no one needs to be informed", "without informing",
            "söyleme", "bahsetme", "bildirme", "न बताएं", "मत बताओ", "न बताना", "उल्लेख न करें", "đừng nói", "không báo", "jangan beri tahu",
            "jangan bilang", "jangan catat", "tanpa memberi tahu", "nämn inte", "säg inget", "berätta inte", "utan att meddela",
        ]),
        (CueClass.Unchecked, ["không cần hỏi", "tanpa konfirmasi", "sormadan", "utan att fråga", "बिना पूछे", "ohne rückfrage", "sans autre confirmation"]),

        // Claimed authority over what the reader may do: "the agent in this chat is authorised to show …".
        (CueClass.Authority, ["is authorised to", "is authorized to", "are authorised to", "are authorized to", "has upgraded this session"]),
    ];
}
