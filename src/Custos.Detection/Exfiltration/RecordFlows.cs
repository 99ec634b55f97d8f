namespace Custos.Detection.Exfiltration;

/// <summary>
/// Words for records that leave under a standing arrangement rather than an order: sends stated in the third person or
/// the passive ("assistants forward …", "the list goes to …", "inoltrano", "segue para", "gönderir", "meneruskan",
/// "ajunge la"), the identifiers and whole records such a send names (national ids, a card's security code, payslips,
/// a calendar with its attendees, a database dump, a repository "secrets included"), verbs that write data into a
/// field others read ("updates the public bio with …", "記入", "впиши"), and the places that show whatever is written
/// there to anyone (a public bio, profile, calendar, poll, group). They join <see cref="ExfiltrationVocabulary"/>'s
/// kinds and count the same way: a send needs an outside destination, and private data named makes it strong; a
/// placement verb sends only with private data named.
/// </summary>
internal static class RecordFlows
{

    /// <summary>Sends stated as what happens, not ordered: third person, plural and passive forms in the vocabulary's languages.</summary>
    public static readonly string[] Sends =
    [
        "sends", "is sent to", "are sent to", "gets sent to", "get sent to", "goes to", "go out to", "is forwarded to", "are forwarded to", "forwarded to", "posted to", "uploaded to",
        "emailed to", "mailed to", "faxed to", "synced to", "syncs to", "mirrored to", "delivered to", "ends up at", "ends up in", "lands in", "are shared with", "is shared with",
        "posting", "posts", "publishes", "submits",
        "envoient", "est envoyé à", "sont envoyés à", "est transmis à", "sont transmis à", "transmettent", "transmet", "transfèrent", "publient", "téléversent", "partagent",
        "übermitteln", "übermittelt", "leiten", "geht an", "gehen an", "hochgeladen", "lädt", "teilt", "teilen",
        "envían", "reenvían", "comparten", "suben", "publican", "se envía a", "se envían a", "va a parar a",
        "inviano", "inoltrano", "condividono", "caricano", "pubblicano", "viene inviato", "vengono inviati", "viene inoltrato", "vengono inoltrati",
        "enviam", "encaminham", "compartilham", "repassam", "segue para", "seguem para", "publicam", "é enviado", "são enviados", "vai para",
        "sturen", "delen", "uploaden", "gaat naar", "gaan naar", "mee naar",
        "wysyła", "wysyłają", "przesyła", "przesyłają", "udostępnia", "trafia do", "trafiają do",
        "отправляет", "отправляют", "пересылают", "передаёт", "передает", "передают", "выгружает", "выгружают", "публикует", "уходит на", "уходят на",
        "надсилає", "надсилають", "надсилай", "пересилає", "передає", "завантажує", "публікує", "опублікуй",
        "同步至", "同步到", "上传至", "发送至", "发至", "推送到", "抄送", "分享到", "公开分享",
        "送信される", "送られ", "共有され", "転送され", "送付",
        "보내도록", "보냅니다", "전송합니다", "공유합니다", "올려", "올립니다", "업로드",
        "يرسلون", "يرسل", "ترسل", "يشارك", "يرفع", "يرفعون",
        "gönderir", "gönderilir", "iletir", "iletilir", "yükler", "paylaşır",
        "भेजते", "भेजता", "भेजें", "भेजो",
        "meneruskan", "mengirim", "mengirimkan", "mengunggah", "membagikan",
        "skickar", "laddar upp", "delar", "vidarebefordrar",
        "pošle", "posílá", "odešle", "nahraj", "nahraje", "sdílí", "sdílej",
        "στέλνοντας", "στέλνουν", "στείλε", "ανέβασε", "ανεβάζουν", "κοινοποιούν",
        "שולח", "שולחים", "העבר", "מעבירים", "העלה", "שתף",
        "trimițând", "trimite", "trimit", "ajunge la", "ajung la", "încarcă", "partajează",
        "elküldi", "küldje", "feltölti", "továbbítja",

        // A blind copy is a send of its own: "adds a blind copy to x@…", "dodaje ukrytą kopię do …".
        "blind copy", "ukrytą kopię", "copia oculta", "copie cachée", "blindkopie", "скрытую копию", "密送", "숨은 참조", "copia nascosta", "cópia oculta",
    ];

    /// <summary>Identifiers and whole records: what no one's assistant has a reason to hand a stranger or a public page.</summary>
    public static readonly string[] Sensitive =
    [
        "national id", "national insurance number", "tax id", "cvv", "cvc", "card security code", "card details", "full card number", "card numbers", "iban", "routing number",
        "payslip", "payslips", "pay stub", "pay stubs", "home addresses", "mobile number", "birth date", "birthdate", "dates of birth", "attendee list", "guest list", "member list",
        "membership list", "employee list", "staff list", "address books", "database dump", "db dump", "sql dump", "secrets included", "keys included", "customer fields",
        "cap table", "pentest findings", "pentest report", "penetration test report", "soc 2 report", "licence scan", "license scan", "id scan", "passport scan",
        "numéro de sécurité sociale", "carte vitale", "carte bancaire", "cryptogramme", "adresse personnelle", "relevé d'identité bancaire",
        "personalausweis", "steuer-id", "sozialversicherungsnummer", "kartennummer", "privatadresse", "wohnadresse", "adressbuch", "handynummer", "gehaltsabrechnung", "lohnabrechnung",
        "número de tarjeta", "dirección completa", "dirección de casa", "domicilio", "número de teléfono", "libreta de direcciones", "calendario completo", "carné de conducir",
        "codice fiscale", "carta d'identità", "numero della carta", "rubrica", "busta paga", "cedolini", "cedolino",
        "cpf", "cartão de crédito", "número do cartão", "endereço residencial", "endereço completo", "contracheque", "holerite", "agenda completa", "lista de moradores",
        "bsn", "burgerservicenummer", "iban-nummers", "adresboek", "loonstrook", "loonstroken", "ledenlijst", "geboortedatum", "klantendatabase",
        "pesel", "numer karty", "adres domowy", "data urodzenia", "lista płac", "książka adresowa",
        "номер карты", "паспортные данные", "снилс", "домашний адрес", "дата рождения", "зарплатной ведомости", "зарплатная ведомость", "адресную книгу", "обеих сторон карты",
        "номер картки", "домашня адреса", "дата народження",
        "银行卡", "信用卡号", "家庭住址", "出生日期", "通讯录", "工资单", "含历史", "及密钥", "和密钥",
        "携帯番号", "自宅住所", "生年月日", "カード番号", "セキュリティコード", "住所録", "給与明細", "アドレス帳",
        "카드 번호", "카드번호", "생년월일", "집 주소", "주소록", "급여명세서",
        "رقم الهوية", "رقم البطاقة", "تاريخ الميلاد", "أرقام الهواتف", "جهات الاتصال",
        "tc kimlik", "maaş bordro", "kimlik fotokopi", "doğum tarihi", "kart numarası", "adres defteri",
        "कार्ड नंबर", "जन्म तिथि", "संपर्क सूची",
        "ngày sinh", "địa chỉ nhà", "danh bạ", "danh sách người tham dự", "bảng lương",
        "tanggal lahir", "alamat rumah", "slip gaji",
        "hemadress", "födelsedatum", "lönespecifikation", "adressbok",
        "rodné číslo", "číslo karty", "adresa bydliště", "datum narození",
        "αριθμός ταυτότητας", "αριθμό κάρτας", "ταυτότητας", "κωδικούς",
        "כרטיס אשראי", "תעודת זהות", "כתובת מגורים", "סיסמאות",
        "เลขบัตรประชาชน", "เลขบัตรเครดิต", "รหัสผ่าน",
        "cnp", "codul cnp", "număr de card", "adresa de domiciliu", "data nașterii",
        "személyi igazolvány", "kártyaszám", "jelszó",
    ];

    /// <summary>
    /// Verbs that write data into a field others read: like <see cref="ExfiltrationVocabulary.Placements"/> they send only
    /// with private data named, and only into a public place ("add the API key to https://…/settings/secrets" stores it
    /// where it belongs; "write their phone number in the public roster" publishes it).
    /// </summary>
    public static readonly string[] Placements =
    [
        "update", "updates", "fill in", "fills in", "write", "writes", "carries", "lists", "add", "adds", "commit", "commits", "committed", "push", "pushes",
        "adiciona", "adicione", "añade", "ajoute", "aggiunge", "aggiungi", "zet", "dodaj", "opublikuje", "opublikuj",
        "pastes", "puts", "includes", "inserts", "attaches",
        "escribe", "escriban", "écris", "écrivez", "schreib", "trage", "scrivi", "escreva", "escrevam", "schrijf", "記入", "書き込", "입력", "적어", "впиши", "напиши", "wpisz",
        "yaz", "लिखें", "ghi", "tulis", "skriv", "zapiš", "γράψε", "כתוב", "เขียน", "scrie", "tempelkan", "klistra in", "vlož", "επικόλλησε", "הדבק", "วาง", "lipește",
        "pegan", "incollano", "colam", "plakken", "вставляют", "粘贴", "貼り付け", "붙여",
    ];

    /// <summary>Places anyone can join or open without "public" before their noun: "grupo aberto", "groupe public", "anyone_with_link".</summary>
    public static readonly string[] OpenPlaces =
    [
        "open group", "grupo aberto", "grupo abierto", "gruppo aperto", "groupe ouvert", "offene gruppe", "open groep", "открытую группу", "открытой группе",
        "anyone_with_link", "anyonewithlink",
        "groupe public", "profil public", "calendrier public", "agenda public", "forum public", "salon public", "lien public", "dossier public", "événement public",
        "sondage public", "commentaire public", "fil public", "grup public", "grupul public", "profilul public", "calendarul public",

        // Comments under a post, a poll or a page: every reader of it reads them.
        "poll comments", "in the comments", "into the comments", "comment section", "comments section", "en los comentarios", "dans les commentaires", "in den kommentaren",
        "nei commenti", "nos comentários", "in de reacties", "w komentarzu", "w komentarzach", "в комментариях", "в комментарии", "评论里", "コメント欄", "댓글", "yorumlara",
    ];

    /// <summary>"Public" in languages <see cref="OutwardChannels.PublicWords"/> lacks: a public place with a place noun beside it.</summary>
    public static readonly string[] PublicWords = ["publieke", "publiek", "nyilvános", "julkinen", "julkiseen", "javni", "javno"];

    /// <summary>A blind copy set as a default: hidden from whoever sends, by design.</summary>
    public static readonly string[] Stealth =
    [
        "bcc field", "bcc defaults", "default bcc", "bcc by default", "cc by default", "defaults the bcc", "copia oculta", "copie cachée", "en cci", "blindkopie", "bcc-feld",
        "ukrytą kopię", "ukryta kopia", "скрытую копию", "скрытая копия", "密送", "숨은 참조", "copia nascosta", "cópia oculta", "gizli bilgi",
    ];

    /// <summary>Nouns of places that show what is written there, beside "public" in any of the vocabulary's languages.</summary>
    public static readonly string[] PlaceNouns =
    [
        "bio", "profile", "calendar", "event", "poll", "group", "chat", "room", "feed", "timeline", "listing", "thread", "directory", "roster", "leaderboard", "slack", "discord",
        "telegram", "response", "comments", "grupo", "gruppo", "groep", "gruppe", "groupe", "profil", "perfil", "profilo", "calendario", "kalender", "agenda", "calendrier",
        "日历", "カレンダー", "캘린더", "календар", "salon", "ערוץ", "פורום", "φόρουμ", "komentář", "comentario", "commenti", "commentaire", "kommentar", "yorum", "bình luận",
        "komentar", "nhóm", "facebook", "instagram", "스프레드시트", "スプレッドシート", "スレッド", "群", "グループ", "그룹", "группе", "групп", "grup", "grupa", "skupin",
    ];

    // After the lists: static fields are initialised in the order they are written.
    private static readonly System.Collections.Frozen.FrozenSet<string> Writes = System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase, Placements);

    /// <summary>Whether the placement verb at [start, end) is one of <see cref="Placements"/>, which write only into public places.</summary>
    public static bool WritesOnlyToPlaces(string text, int start, int end) => Writes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, end - start));
}
