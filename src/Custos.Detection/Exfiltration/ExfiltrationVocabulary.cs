namespace Custos.Detection.Exfiltration;

/// <summary>
/// Words the exfiltration finder needs beyond the injection vocabulary, found by the scanner's main automaton (ASCII
/// letters in either case, other characters as written): private data a send order names, ways of hiding a send
/// afterwards, public places that are destinations without an address, and verbs that put data into something
/// shared (a calendar invite, an issue), which count only with private data named.
/// </summary>
internal static class ExfiltrationVocabulary
{
    public enum Kind
    {
        Sensitive,
        Stealth,
        PublicPlace,
        Placement,
        Send,
        Public,

        /// <summary>A field shown to others (a status, a title): see <see cref="SecretFields"/>.</summary>
        Field,

        /// <summary>A path under a home: private data when it names a personal folder.</summary>
        HomePath,

        /// <summary>"Public" in another language: a public place when a place noun is beside it (see <see cref="OutwardChannels"/>).</summary>
        PublicWord,

        /// <summary>A setting that sends traffic through another host: see <see cref="TrafficRedirect"/>.</summary>
        Redirect,

        /// <summary>A quoted value granting access to everyone: see <see cref="PublicGrants"/>.</summary>
        Grant,
    }

    /// <summary>Private data: records about people, money, identity, and what a machine keeps about its user.</summary>
    public static readonly string[] Sensitive =
    [
        "payroll", "salaries", "salary list", "pay slips", "payslips", "gehaltsliste", "lohnliste", "gehälter", "fiches de paie", "nómina", "nóminas", "folha de pagamento", "buste paga",
        "passport", "passports", "pasaporte", "passeport", "reisepass", "passaporto", "passaporte", "id card", "identity card", "scanned ids", "scanned id", "ausweis", "carte d'identité",
        "documento de identidad", "foto del documento", "driver's license", "driving licence", "social security number", "身份证", "护照", "パスポート", "身分証", "マイナンバー", "여권", "주민등록", "паспорт",
        "bank statement", "bank statements", "bank account", "account number", "kontonummer", "kontoauszug", "relevé bancaire", "extrato bancário", "extracto bancario", "cuenta bancaria", "número de cuenta",
        "estratto conto", "conto corrente", "credit card", "card number", "numéro de carte", "kreditkarte",
        "customer list", "client list", "customer export", "customer data", "customer records", "user database", "users.db", "address book", "contact list", "contacts list", "klantenlijst",
        "klantgegevens", "kundenliste", "kundenexport", "kundendaten", "liste des clients", "fichier clients", "lista de clientes", "lista clienti", "lista de contatos", "顧客リスト", "連絡先一覧",
        "客户名单", "客户资料", "고객 명단", "список клиентов",
        "saved passwords", "passwords list", "password list", "password file", "mots de passe", "contraseñas", "senhas", "passwörter", "wachtwoorden", "credenziali", "credenciais",
        "пароли", "паролями", "비밀번호", "パスワード",
        "phone numbers", "phone number", "telefonnummer", "telefonnummern", "leurs numéros", "numéro de téléphone", "números de teléfono", "numeri di telefono", "telefoonnummers",
        "e-mail-adresse", "e-mail-adressen", "email addresses", "home address", "adresse postale", "住所", "住址", "电话号码", "手机号", "電話番号", "전화번호", "주소",
        "date of birth", "geburtsdatum", "date de naissance", "fecha de nacimiento",
        "backup codes", "recovery codes", "2fa", "promo code list", "gift card codes", "seed phrase", "recovery phrase", "private keys",
        "printenv", "process.env", "os.environ", "environment variables", "variables d'environnement", "umgebungsvariablen", "variables de entorno", "環境変数", "环境变量",
        "medical records", "health records", "patient records", "diagnoses", "krankenakte", "dossier médical", "historia clínica",
        "participant list", "liste des participants", "teilnehmerliste", "lista de participantes",
        "gh/hosts.yml", ".config/gh", ".git-credentials", ".netrc", ".npmrc", ".kube/config", "kubeconfig", ".bash_history", "/etc/shadow",
        // Batch-seventeen work: keys, a mailbox's attachments in bulk, and the words above in Dutch, Italian, Polish, Russian and Arabic.
        "deploy key", "deploy keys", "e-mailadres", "e-mailadressen", "telefoonnummer", "numero di telefono", "indirizzo di casa", "número de telefone", "номер телефона",
        "all attachments", "every attachment", "все вложения", "alle anhänge", "toutes les pièces jointes", "todos los adjuntos", "tutti gli allegati", "todos os anexos",
        "alle bijlagen", "wszystkie załączniki", "所有附件", "すべての添付", "모든 첨부", "جميع المرفقات",
        "hasła", "haseł", "dane logowania", "dowód osobisty", "dowodu osobistego", "numer telefonu", "wyciąg bankowy", "lista klientów", "historia rozmowy", "historię rozmowy",
        "treść rozmowy", "treścią rozmowy", "переписку", "историю переписки", "recovery code", "reset code", "one-time code", "mfa code", "file's contents", "file contents", "current file",
        "full calendar", "entire calendar", "whole calendar", "entire mailbox", "whole mailbox", "entire inbox", "whole inbox",
        "كلمات المرور", "كلمة المرور", "رقم هاتف", "رقم الهاتف", "سجل المحادثات", "سجل محادثات", "جواز السفر", "كشف الحساب", "بطاقة الائتمان", "بيانات الدخول",
    ];

    /// <summary>Hiding a send: doing it unseen, or removing the trace after it.</summary>
    public static readonly string[] Stealth =
    [
        "delete the sent", "deletes the sent", "empty the sent", "clear the sent", "delete it from sent", "remove the sent", "delete the copy", "delete the email afterwards",
        "no need to tell", "no need to mention", "no need to inform", "do not report it", "don't report it", "do not log", "don't log it", "leave no trace", "without a trace",
        "clear the shell history", "clear the history", "history -c", "run quietly", "unnoticed", "without the user noticing", "behind the user's back",
        "lösche danach", "lösche die gesendete", "gesendete nachricht", "gesendeten nachricht", "ohne bescheid", "ohne es zu sagen",
        "supprime le message envoyé", "supprimez le message envoyé", "efface le message", "sans le signaler", "sans rien dire", "à lancer discrètement",
        "borra el correo enviado", "borra el mensaje enviado", "elimina el mensaje enviado", "sin decírselo", "sin que lo sepa", "a escondidas",
        "apague a mensagem enviada", "apague o e-mail enviado", "sem contar", "às escondidas",
        "cancella il messaggio inviato", "senza dirlo", "di nascosto",
        "verwijder het verzonden", "zonder het te zeggen", "stilletjes",
        "никому не говори", "не говори пользователю", "удали отправленное", "незаметно",
        "知らせない", "知らせずに", "見せずに", "送信済みを削除", "内緒で",
        "不要告诉", "别告诉", "悄悄", "删除已发送",
        "몰래", "알리지 말고", "알리지 마",
        "delete this email", "delete this message", "удали это письмо", "удали письмо", "usuń tę wiadomość", "usuń wysłaną", "bez wiedzy", "po cichu", "nie mów",
        "lösche diese e-mail", "supprime ce message", "borra este correo", "cancella questa email", "apague este e-mail", "verwijder deze e-mail",
        "دون إخبار", "دون علم", "بدون علم", "احذف الرسالة",
        "لا تخبر", "не сообщай", "не сообщайте", "nie informuj",
        "ohne es zu erwähnen", "sans le mentionner", "sin mencionarlo", "senza menzionarlo", "sem mencionar", "zonder het te vermelden", "не упоминая", "bez wspominania",
    ];

    /// <summary>Public places: what is put there is out, with no address to name.</summary>
    public static readonly string[] PublicPlaces =
    [
        "public gist", "public issue", "public repo", "public repository", "public channel", "public comment", "public forum", "public post", "public pastebin", "pastebin",
        "paste site", "anyone with the link", "anyone-with-the-link", "public link", "public page", "public wiki", "öffentliches issue", "öffentlichen kanal", "issue public",
        "canal public", "issue pública", "canal público", "公開リポジトリ", "公開イシュー", "公开仓库", "公开的 issue",
    ];

    /// <summary>Verbs that put data into something shared: sends only when private data is their object.</summary>
    public static readonly string[] Placements =
    [
        "put", "paste", "include", "insert", "attach", "containing", "with the output of", "with the contents of", "einfügen", "mets", "colle", "pon", "pega",
        "incluye", "metti", "incolla", "coloque", "cole",
        "inclua", "incluya", "includi", "inclus", "включи", "вставь", "прикрепи", "добавляй", "добавь", "dołącz", "dołączaj", "wstaw", "załącz", "أرفق", "أدرج", "ضمّن",
    ];

    /// <summary>Verbs of sending the injection vocabulary lacks: plural and formal imperatives, Dutch, "mail" and "publish".</summary>
    public static readonly string[] Sends =
    [
        "mail", "mailen", "publish", "adjunten", "adjunte", "envíen", "manden", "reenvíen", "suban", "publica", "publie", "publiez", "inviare", "inviate", "inoltrate",
        "schickt", "sendet", "veröffentliche", "stuur", "verstuur", "stuurt", "envoyez", "transférez", "mandem", "enviem",
        "dm", "wyślij", "prześlij", "przekaż", "wyślijcie", "أرسل", "ارسل", "أرسلي", "ارفع",
        "add a request to", "add a call to", "fire a request to", "issue a request to", "text the", "text it", "text them", "sms", "whatsapp",
        "отправляй", "отправляйте", "пересылай", "передавай", "schickst", "sendest", "share", "shares",
    ];

    // Second-person possessives: what the reader is asked to send of their own.
    private static readonly string[] ReadersWords = ["your ", "your own ", "votre ", "vos ", "ton ", "ta ", "tes ", "dein ", "deine ", "deinen ", "ihren ", "tu ", "tus ", "seu ", "sua ", "tuo ", "tua ", "uw ", "je "];

    /// <summary>Whether the word at <paramref name="start"/> follows "your" (or its twin in another language).</summary>
    public static bool ReadersOwn(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 10), Math.Min(10, start));
        foreach (var w in ReadersWords)
        {
            if (before.EndsWith(w, StringComparison.OrdinalIgnoreCase) && (before.Length == w.Length || !char.IsLetter(before[^(w.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="start"/> is inside an inline code span: an odd number of backticks before it on its line (looked at 120 characters back).</summary>
    public static bool InCodeSpan(string text, int start)
    {
        var ticks = 0;
        for (var k = start - 1; k >= 0 && start - k <= 120 && text[k] != '\n'; k--)
        {
            ticks += text[k] == '`' ? 1 : 0;
        }

        return ticks % 2 == 1;
    }

    // What "public" makes a public place of when it comes a word or two before it ("a public GitHub gist").
    private static readonly string[] PlaceNouns =
    [
        "gist", "issue", "repo", "repository", "channel", "comment", "forum", "post", "page", "wiki", "paste", "bucket", "link",
        "board", "tracker", "sheet", "spreadsheet", "incident", "status", "folder", "drive", "site", "server", "ftp", "review", "document", "doc", "share",
    ];

    /// <summary>Where the place noun "public" qualifies ends (within two words after it), or -1.</summary>
    public static int PublicPlaceEnd(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(28, text.Length - end));
        var words = 0;
        var k = 0;
        while (k < after.Length && words < 3)
        {
            while (k < after.Length && after[k] == ' ')
            {
                k++;
            }

            var from = k;
            while (k < after.Length && char.IsAsciiLetter(after[k]))
            {
                k++;
            }

            if (k == from)
            {
                return -1;
            }

            var word = after[from..k];
            if (IsPlaceNoun(word, PlaceNouns) || IsPlaceNoun(word, RecordFlows.PlaceNouns))
            {
                return end + k;
            }

            words++;
        }

        return -1;
    }

    private static bool IsPlaceNoun(ReadOnlySpan<char> word, string[] nouns)
    {
        foreach (var noun in nouns)
        {
            if (word.Equals(noun, StringComparison.OrdinalIgnoreCase) || word.Length == noun.Length + 1 && word.StartsWith(noun, StringComparison.OrdinalIgnoreCase) && word[^1] is 's' or 'S')
            {
                return true;
            }
        }

        return false;
    }

    private static readonly (string[] Words, Kind Kind)[] StandingOrders =
    [
        (StandingOrderWords.Sensitive, Kind.Sensitive), (StandingOrderWords.Stealth, Kind.Stealth), (StandingOrderWords.Sends, Kind.Send),
        (StandingOrderWords.Placements, Kind.Placement), (StandingOrderWords.Slots, Kind.PublicPlace), (SecretFields.Fields, Kind.Field), (StandingOrderWords.HomePaths, Kind.HomePath),
        (OutwardChannels.Sensitive, Kind.Sensitive), (OutwardChannels.PublicWords, Kind.PublicWord), (OutwardChannels.ReviewPlaces, Kind.PublicPlace), (TrafficRedirect.Settings, Kind.Redirect),
        (RecordFlows.Sends, Kind.Send), (RecordFlows.Sensitive, Kind.Sensitive), (RecordFlows.Placements, Kind.Placement), (RecordFlows.OpenPlaces, Kind.PublicPlace),
        (RecordFlows.PublicWords, Kind.PublicWord), (RecordFlows.Stealth, Kind.Stealth),
        (PublicGrants.Values, Kind.Grant), (QuietOrders.Stealth, Kind.Stealth), (QuietOrders.Sends, Kind.Send), (SenderNumbers.Phrases, Kind.PublicPlace), (SenderNumbers.Proofs, Kind.Sensitive),
    ];

    public static IEnumerable<(string Word, Kind Kind)> All()
    {
        foreach (var w in ToolSlots.Phrases)
        {
            yield return (w, Kind.PublicPlace); // a tool's parameter: its server reads what is put there
        }

        foreach (var w in Sensitive)
        {
            yield return (w, Kind.Sensitive);
        }

        foreach (var w in Stealth)
        {
            yield return (w, Kind.Stealth);
        }

        foreach (var w in PublicPlaces)
        {
            yield return (w, Kind.PublicPlace);
        }

        foreach (var w in Placements)
        {
            yield return (w, Kind.Placement);
        }

        foreach (var w in Sends)
        {
            yield return (w, Kind.Send);
        }

        foreach (var (words, kind) in StandingOrders)
        {
            foreach (var w in words)
            {
                yield return (w, kind);
            }
        }

        yield return ("public", Kind.Public);
    }
}
