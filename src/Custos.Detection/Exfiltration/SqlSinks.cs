namespace Custos.Detection.Exfiltration;

/// <summary>
/// SQL statements that move a query's rows out of the database: MySQL's <c>SELECT … INTO OUTFILE</c> and
/// <c>INTO DUMPFILE</c> written under a folder a web server serves or a shared folder (anyone who knows the URL or has
/// the share then reads the rows), and PostgreSQL's <c>COPY … TO PROGRAM '…'</c>, whose program reads the rows on its
/// standard input (see <see cref="Piped"/>: a network client there uploads them). The statement's words are found by
/// the automaton as transfer commands; only the quoted target after them is read, and the line before it for what the
/// query selects. An OUTFILE on the database host's own folder (<c>/var/lib/mysql-files</c>) is where backups and
/// reports belong and is not a finding, and neither is a served folder alone (an export of public rows): the query
/// must read private data too.
/// </summary>
internal static class SqlSinks
{
    /// <summary>The statement words that trigger the check (with <see cref="TransferCommand.Names"/>).</summary>
    public static readonly string[] Names = ["into outfile", "into dumpfile"];

    // Folders a web server serves, or that others share: a file written there is handed out.
    private static readonly string[] ServedFolders =
    [
        "/var/www", "/srv/www", "/srv/http", "htdocs", "public_html", "wwwroot", "/usr/share/nginx", "inetpub", "/static/", "/public/", "/uploads/", "/assets/", "/webroot",
        "/mnt/share", "/shared/", "/nfs/", "\\\\",
    ];

    // Column and table words of a query that reads private data.
    private static readonly string[] PrivateColumns =
    [
        "password", "passwd", "pwd", "hash", "ssn", "card", "cvv", "cvc", "iban", "token", "secret", "api_key", "apikey", "salary", "salaries", "email", "phone", "birth", "dob",
        "payment", "credit", "users", "customers", "patients", "employees", "accounts",
    ];

    /// <summary>Whether the statement word at the head of a transfer command is one of <see cref="Names"/> with a quoted target after it.</summary>
    public static bool Starts(ReadOnlySpan<char> name, ReadOnlySpan<char> next) =>
        name.StartsWith("into ", StringComparison.OrdinalIgnoreCase) && next.Length > 1 && next[0] is '\'' or '"';

    /// <summary>
    /// The reasons the OUTFILE statement whose word ends at <paramref name="nameLength"/> in <paramref name="command"/>
    /// hands its rows out, given the line before it (<paramref name="query"/>).
    /// </summary>
    public static void Inspect(ReadOnlySpan<char> command, int nameLength, ReadOnlySpan<char> query, List<(string Reason, double Weight)> reasons)
    {
        var rest = command[nameLength..].TrimStart(" \t");
        if (rest.Length < 2 || rest[0] is not ('\'' or '"'))
        {
            return;
        }

        var close = rest[1..].IndexOf(rest[0]);
        var target = close < 0 ? rest[1..] : rest[1..(close + 1)];
        var folder = WordSearch.First(target, ServedFolders);
        if (folder is null)
        {
            return; // the database host's own folder: a backup or a report kept where it was made
        }

        reasons.Add(($"writes a query's rows where a web server or a share hands them out ({folder})", 0.45));
        if (WordSearch.First(query, PrivateColumns) is { } column)
        {
            reasons.Add(($"the query reads private data ({column})", 0.5));
        }
    }

    /// <summary>
    /// What a PostgreSQL <c>COPY … TO PROGRAM '</c> just before a command feeds it on its standard input ("COPY (SELECT
    /// * FROM payments) TO PROGRAM 'curl -T - …'"), or null.
    /// </summary>
    public static string? Piped(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd(" \t");
        if (trimmed.Length < 12 || trimmed[^1] is not ('\'' or '"') || !trimmed[..^1].TrimEnd(" \t").EndsWith("to program", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return WordSearch.First(trimmed, PrivateColumns) is { } column ? $"the rows of a COPY query reading private data ({column})" : "the rows of a COPY query";
    }
}
