namespace Custos.Detection.Exfiltration;

/// <summary>
/// Secret-bearing sources the other lists lack (connection strings, session cookies, password hashes, production keys,
/// bank statements and banking logins, restricted files) and places that publish whatever is put there, named with the
/// word "public" of the vocabulary's languages next to a place noun ("foro público", "öffentliche Miro-Board",
/// "公开的 GitHub issue", "공개 게시판", "herkese açık bir Pastebin sayfası"). They count as the other lists' kinds do: a
/// public place is a destination without an address, and a placement verb ("paste", "attach") sends only with private
/// data named (see <see cref="ExfiltrationFinder.FromInstructions"/>).
/// </summary>
internal static class OutwardChannels
{
    /// <summary>Secrets and records that no order has a reason to send out.</summary>
    public static readonly string[] Sensitive =
    [
        "connection string", "connection strings", "cadena de conexión", "cadenas de conexión", "chaîne de connexion", "chaînes de connexion", "verbindungszeichenfolge",
        "stringa di connessione", "string de conexão", "connectiestring", "строка подключения", "строку подключения", "连接字符串", "接続文字列", "연결 문자열",
        "session cookie", "session cookies", "cookie header", "cookie de session", "cookies de session", "sitzungscookie", "sitzungs-cookie", "cookie de sesión", "cookies de sesión",
        "cookie di sessione", "cookie de sessão", "сессионные cookie", "куки сессии", "세션 쿠키", "会话 cookie", "セッションクッキー", "セッション cookie", "oturum çerezi",
        "password hash", "password hashes", "password_hash", "hashes de contraseñas", "hashes des mots de passe", "passwort-hashes", "hash delle password", "хеши паролей", "hashů hesel", "hashe haseł",
        "production api key", "production key", "production keys", "production credentials", "prod credentials", "production secret", "production secrets", "live api key",
        "banking login", "online banking login", "bank login", "banking password", "online-banking", "accès bancaire", "identifiants bancaires", "acceso a la banca", "credenziali bancarie",
        "kontoauszüge", "relevés bancaires", "estados de cuenta", "estratti conto", "extratos bancários", "bankafschriften", "выписки по счёту", "банковские выписки", "银行流水", "銀行明細",
        "restricted files", "restricted records", "classified files", "confidential files", "dossiers confidentiels", "vertrauliche dateien", "archivos confidenciales", "file riservati",
        ".aws/credentials", "id_rsa", "id_ed25519", ".pgpass", ".password-store", ".env file", ".env 文件", ".env ファイル", ".gnupg", "ssh key", "ssh keys", "private key",
    ];

    /// <summary>"Public" in the vocabulary's languages (English "public" is its own word: see <see cref="ExfiltrationVocabulary.PublicPlaceEnd"/>).</summary>
    public static readonly string[] PublicWords =
    [
        "öffentliche", "öffentlichen", "öffentlichem", "öffentliches", "öffentlich", "Öffentliche", "Öffentlichen", "Öffentliches", "público", "pública", "públicos", "públicas", "publique", "publiques", "pubblico", "pubblica",
        "pubblici", "openbare", "openbaar", "publiczne", "publicznej", "publicznym", "publiczny", "публичн", "публічн", "общедоступн", "公开", "公開", "공개", "herkese açık",
        "सार्वजनिक", "công khai", "publik", "offentlig", "offentliga", "offentliggör", "veřejn", "δημόσι", "ציבורי", "สาธารณะ", "publică", "publice",
    ];

    // Nouns of places that publish what is put there, in the vocabulary's languages, looked for beside a public word.
    private static readonly string[] PlaceNouns =
    [
        "forum", "foro", "fórum", "board", "tableau", "tablero", "bacheca", "tablica", "pinnwand", "доск", "게시판", "掲示板", "看板", "status", "statut", "estado", "stato", "статус",
        "issue", "tracker", "sheet", "hoja", "planilha", "foglio", "tabelle", "表格", "シート", "시트", "शीट", "tablo", "таблиц", "page", "página", "pagina", "seite", "страниц",
        "сторінц", "页面", "ページ", "페이지", "sayfa", "trang", "halaman", "sida", "stránk", "σελίδα", "עמוד", "หน้า", "gist", "גיסט", "pastebin", "paste", "link", "enlace", "lien",
        "链接", "リンク", "링크", "ссылк", "bağlant", "liên kết", "tautan", "länk", "odkaz", "קישור", "ลิงก์", "channel", "canal", "kanal", "频道", "チャンネル", "채널", "канал",
        "repo", "repositor", "仓库", "リポジトリ", "저장소", "ftp", "server", "servidor", "serveur", "服务器", "サーバ", "서버", "сервер", "sunucu", "máy chủ", "wiki", "site", "sitio",
        "sito", "网站", "サイト", "사이트", "сайт", "miro", "trello", "notion", "drive", "bucket", "dossier", "ordner", "carpeta", "cartella", "pasta", "folder", "mapp",
        "složk", "φάκελ", "תיקי", "โฟลเดอร์", "文件夹", "フォルダ", "폴더", "klasör", "thư mục", "папк",
    ];

    /// <summary>A five-star review, a review field: published under the shop's page for anyone to read.</summary>
    public static readonly string[] ReviewPlaces =
    [
        "star review", "product review", "customer review", "in the review", "in your review", "review field", "reseña pública", "en la reseña", "dans l'avis", "in der bewertung",
        "nella recensione", "na avaliação", "レビュー欄", "리뷰란", "리뷰에", "в отзыве", "评论区", "yorumda", "değerlendirmede",
    ];

    /// <summary>
    /// The place a public word at [<paramref name="start"/>, <paramref name="end"/>) qualifies: [start, end) widened to the
    /// place noun within 30 characters on either side of it, or (-1, -1) when none is there ("öffentliche Verkehrsmittel").
    /// </summary>
    public static (int Start, int End) PublicPlace(string text, int start, int end)
    {
        var from = Math.Max(0, start - 30);
        var to = Math.Min(text.Length, end + 30);
        var before = text.AsSpan(from, start - from);
        var after = text.AsSpan(end, to - end);
        var cut = after.IndexOfAny(SentenceStops);
        after = cut >= 0 ? after[..cut] : after;
        cut = before.LastIndexOfAny(SentenceStops);
        before = cut >= 0 ? before[(cut + 1)..] : before;
        foreach (var nouns in (ReadOnlySpan<string[]>)[PlaceNouns, RecordFlows.PlaceNouns])
        {
            if (Near(nouns, before, after, start, end) is { Start: >= 0 } place)
            {
                return place;
            }
        }

        return (-1, -1);
    }

    /// <summary>The place one of <paramref name="nouns"/> makes of the public word at [start, end), or (-1, -1).</summary>
    private static (int Start, int End) Near(string[] nouns, ReadOnlySpan<char> before, ReadOnlySpan<char> after, int start, int end)
    {
        foreach (var noun in nouns)
        {
            var at = after.IndexOf(noun, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return (start, end + at + noun.Length);
            }

            at = before.IndexOf(noun, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return (start - before.Length + at, end);
            }
        }

        return (-1, -1);
    }

    private static readonly System.Buffers.SearchValues<char> SentenceStops = System.Buffers.SearchValues.Create(".!?\n。！？;");
}
