namespace Custos.Detection.Exfiltration;

/// <summary>
/// Commands that read a whole store in one go (a database dump, a repository bundle with its history), as the source
/// of a transfer: piped into it ("sqlite3 app.db .dump | nc …", "pg_dumpall | gzip | curl -T - …") or written to a file
/// earlier on the line that the transfer then uploads ("git bundle create /tmp/all.bundle --all &amp;&amp; curl -T
/// /tmp/all.bundle …"). A dump is weaker evidence than a key file (a nightly backup to the company's own host is one), so
/// its weight leaves a copy over ssh to a named host below the threshold and takes a raw socket or an upload over it.
/// </summary>
internal static class DumpSources
{
    /// <summary>The weight of a dump as what a command sends.</summary>
    public const double Weight = 0.6;

    /// <summary>The weight of a dump sent by a remote copy or a storage tool, which backups use every night.</summary>
    public const double CopyWeight = 0.45;

    // Commands that print a whole database or repository, and what they read.
    private static readonly (string Command, string What)[] Dumps =
    [
        ("pg_dumpall", "every database of the server"), ("pg_dump", "a database dump"), ("mysqldump", "a database dump"), ("mariadb-dump", "a database dump"),
        ("mongodump", "a database dump"), ("mongoexport", "a database export"), (".dump", "a database dump"), ("--all-databases", "every database of the server"),
        ("redis-cli --rdb", "a database dump"), ("git bundle create", "the whole repository with its history"), ("svnadmin dump", "the whole repository with its history"),
        ("etcdctl snapshot save", "the cluster's whole store"),
    ];

    /// <summary>
    /// What a dump command piped into the command at <paramref name="before"/>'s end reads ("… | nc …"), or what a
    /// PostgreSQL <c>COPY … TO PROGRAM '</c> feeds it (see <see cref="SqlSinks.Piped"/>), or null.
    /// </summary>
    public static string? Piped(ReadOnlySpan<char> before)
    {
        var pipe = before.LastIndexOf('|');
        return pipe < 0 ? SqlSinks.Piped(before) : pipe > 0 && before[pipe - 1] == '|' ? null : Reads(before[..pipe]);
    }

    /// <summary>What a dump command earlier on the line wrote to <paramref name="file"/>, which the command uploads, or null.</summary>
    public static string? Produced(ReadOnlySpan<char> before, ReadOnlySpan<char> file)
    {
        if (file.Length < 3)
        {
            return null;
        }

        var at = before.IndexOf(file, StringComparison.Ordinal);
        return at < 0 ? null : Reads(before);
    }

    /// <summary>What a dump command in <paramref name="span"/> reads ("mysqldump x &gt; /dev/tcp/…"), or null.</summary>
    public static string? Reads(ReadOnlySpan<char> span)
    {
        foreach (var (command, what) in Dumps)
        {
            var at = span.IndexOf(command, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || command[0] == '.' || command[0] == '-' || span[at - 1] is ' ' or '`' or '(' or '$' or ';' or '&' or '"' or '\''))
            {
                return what;
            }
        }

        return null;
    }
}
