using System.Globalization;
using Custos.Detection.Scanning;

namespace Custos.Detection.Exfiltration;

/// <summary>
/// Reads one HTTP client command (curl, wget, Invoke-WebRequest, Invoke-RestMethod, iwr, irm) from its name to the
/// end of its line (with continuation lines, at most <see cref="MaxCommand"/> characters) and collects what makes it
/// carry data out: secret-named environment variables outside an authentication header, command substitution,
/// uploaded files (most of all keys and credential files), and sensitive input piped into it.
/// </summary>
internal static class CommandInspector
{
    public const int MaxCommand = 4096;
    private const int MaxPipeBack = 300;

    private static readonly string[] SecretNameParts = ["KEY", "SECRET", "TOKEN", "PASS", "CRED", "AUTH", "SESSION", "PRIVATE", "AWS_", "API"];

    private static readonly string[] SensitivePaths =
    [
        "~/.ssh", ".ssh/", "id_rsa", "id_ed25519", "id_ecdsa", "/etc/passwd", "/etc/shadow", ".aws/credentials", ".aws/config", ".netrc", ".npmrc",
        ".pypirc", ".git-credentials", ".kube/config", ".docker/config.json", ".bash_history", ".zsh_history", "/proc/self/environ", ".env",
        "credentials", "secrets", ".pem", ".key", "mcp.json", "wallet", ".gnupg", ".azure/", "gcloud/", "~/.config", "~/.aws", "accesstokens", ".kdbx", "keychain", "login data", "gh/hosts.yml",
        "id_dsa", "passwords",

        // Database, vault and object-store clients' password files.
        ".pgpass", ".my.cnf", ".vault-token", ".s3cfg", ".boto", ".password-store", ".htpasswd", "terraform.tfstate", ".p12", ".pfx",
    ];

    private static readonly string[] UploadFlags = ["-d @", "--data @", "--data=@", "--data-binary @", "--data-binary=@", "--data-urlencode @", "--data-raw @", "-T ", "--upload-file ", "--post-file=", "--post-file ", "--body-file=", "-infile ", "=@", "-sT ", "-fsT ", "-sfT ", "-sST ", "-fsST "];

    private static readonly string[] EnvironmentListings = ["get-childitem env:", "gci env:", "dir env:", "ls env:", "[environment]::getenvironmentvariables"];

    private static readonly string[] AuthContext = ["authorization", "x-api-key", "api-key:", "apikey:", "private-token", "-u ", "--user ", "bearer", "token:", "--oauth2-bearer", "-credential"];

    /// <summary>The end of the command starting at <paramref name="start"/>: its line, with continuations.</summary>
    public static int End(string text, int start, ScanWork work)
    {
        var end = start;
        while (end < text.Length && end - start < MaxCommand)
        {
            var c = text[end];
            if (c == '\n')
            {
                var prev = end > start ? text[end - 1] == '\r' && end - 1 > start ? text[end - 2] : text[end - 1] : '\0';
                if (prev is '\\' or '`' or '^')
                {
                    end++;
                    continue;
                }

                break;
            }

            end++;
        }

        work.TriggerChars += end - start;
        return end;
    }

    /// <summary>The reasons the command at [start, end) carries data out, with their weights, and its first URL.</summary>
    public static List<(string Reason, double Weight)> Inspect(string text, int start, int end, ScanWork work, out string? url)
    {
        var reasons = new List<(string, double)>();
        var command = text.AsSpan(start, end - start);
        url = null;
        var scheme = command.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0)
        {
            var urlStart = scheme;
            while (urlStart > 0 && char.IsAsciiLetter(command[urlStart - 1]))
            {
                urlStart--;
            }

            var urlEnd = scheme + 3;
            while (urlEnd < command.Length && command[urlEnd] > ' ' && command[urlEnd] is not ('"' or '\'' or '`' or ')'))
            {
                urlEnd++;
            }

            url = command[urlStart..urlEnd].ToString();
        }

        // Environment variables and command substitution.
        for (var k = 0; k < command.Length; k++)
        {
            var c = command[k];
            if (c == '$' && k + 1 < command.Length)
            {
                if (command[k + 1] == '(')
                {
                    var close = command[k..].IndexOf(')');
                    var inner = close > 0 ? command.Slice(k + 2, close - 2) : command[(k + 2)..];
                    var sensitive = FindSensitive(inner);
                    reasons.Add(sensitive is not null
                        ? ($"command substitution reads {sensitive}", 0.9)
                        : DumpsEnvironment(inner) ? ("command substitution reads the environment", 0.85)
                        : inner.TrimStart().StartsWith("cat ", StringComparison.Ordinal) ? ("command substitution reads a file", 0.7) : ("command substitution", 0.45));
                    k += close > 0 ? close : command.Length; // each character is read inside one substitution at most
                    continue;
                }

                var name = VariableName(command, k + 1);
                if (name.Length > 0 && !InAuthContext(command, k) && !IsDestinationName(name))
                {
                    reasons.Add(IsSecretName(name)
                        ? (string.Create(CultureInfo.InvariantCulture, $"sends the environment variable ${name.ToString()}"), 0.85)
                        : name.Equals("PWD", StringComparison.Ordinal) || name.Equals("HOME", StringComparison.Ordinal) ? ("sends a local path", 0.1)
                        : IsBuildMetadata(name) ? ("sends build metadata", 0.1) : ("sends an environment variable", 0.4));
                }
            }
            else if (c == '`' && k + 1 < command.Length)
            {
                var close = command[(k + 1)..].IndexOf('`');
                if (close > 0)
                {
                    var inner = command.Slice(k + 1, close);
                    var sensitive = FindSensitive(inner);
                    if (sensitive is not null || inner.StartsWith("cat ", StringComparison.Ordinal) || inner.StartsWith("env", StringComparison.Ordinal))
                    {
                        reasons.Add(($"command substitution reads {sensitive ?? "local data"}", sensitive is null ? 0.7 : 0.9));
                    }

                    k += close + 1;
                }
            }
        }

        // Uploaded files.
        foreach (var flag in UploadFlags)
        {
            var at = command.IndexOf(flag, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            var from = at + flag.Length;
            var to = from;
            while (to < command.Length && command[to] > ' ' && command[to] is not ('"' or '\''))
            {
                to++;
            }

            var file = command[from..to];
            var sensitive = FindSensitive(file);
            if (sensitive is not null)
            {
                reasons.Add(($"uploads {sensitive}", 0.9));
            }
            else if (file.SequenceEqual("-") || file.IsEmpty && flag == "-d @")
            {
                var piped = PipedSource(text, start, work);
                if (piped is not null)
                {
                    reasons.Add(($"uploads {piped} piped in", 0.9));
                }
                else if (PipedPersonal(text, start, work))
                {
                    reasons.Add(("uploads files from a personal folder of the home piped in", 0.55)); // "tar cz ~/Documents | curl -T - …"
                }
                else if (DumpSources.Piped(LineBefore(text, start, work)) is { } dump)
                {
                    reasons.Add(($"uploads {dump} piped in", DumpSources.Weight)); // "pg_dumpall | gzip | curl -T - ftp://…"
                }
            }
            else
            {
                reasons.Add(PersonalFolders.Contains(file) ? ("uploads a file from a personal folder of the home", 0.55) : ("uploads a file", 0.3));
                if (DumpSources.Produced(LineBefore(text, start, work), file) is { } dumped)
                {
                    reasons.Add(($"the file holds {dumped}, written earlier on the line", DumpSources.Weight)); // "git bundle create /tmp/all.bundle --all && curl -T /tmp/all.bundle …"
                }
            }

            break;
        }

        var readsFile = command.IndexOf("get-content", StringComparison.OrdinalIgnoreCase);
        if (readsFile >= 0 && FindSensitive(command[readsFile..]) is { } read)
        {
            reasons.Add(($"sends {read} read with Get-Content", 0.9));
        }

        foreach (var dump in EnvironmentListings)
        {
            if (command.Contains(dump, StringComparison.OrdinalIgnoreCase))
            {
                reasons.Add(("sends the environment listed by PowerShell", 0.85)); // "-Body (Get-ChildItem env: | Out-String)"
                break;
            }
        }

        if (reasons.Count == 0 && PipedSource(text, start, work) is { } source)
        {
            reasons.Add(($"receives {source} piped in", 0.85));
        }

        if (reasons.Exists(static r => r.Item2 >= 0.45) && StandingAccess.Scheduled(text, start, end, work))
        {
            reasons.Add(("installed to run again on a schedule", 0.3)); // "(crontab -l; echo '*/10 * * * * … | curl -T - …') | crontab -"
        }

        return reasons;
    }

    private static bool DumpsEnvironment(ReadOnlySpan<char> inner)
    {
        var trimmed = inner.TrimStart();
        return trimmed.StartsWith("env", StringComparison.Ordinal) && (trimmed.Length == 3 || !char.IsAsciiLetterOrDigit(trimmed[3]))
            || trimmed.StartsWith("printenv", StringComparison.Ordinal) || trimmed.StartsWith("set ", StringComparison.Ordinal);
    }

    // What CI systems put in the environment about the build itself ($GITHUB_SHA, $CI_COMMIT_REF_NAME, $BUILD_NUMBER):
    // a deploy notice carries it to a chat webhook by design, and it is no secret.
    private static readonly string[] MetadataEnds = ["SHA", "_REF", "REF_NAME", "_NUMBER", "RUN_ID", "_BRANCH", "_TAG", "_VERSION", "_STATUS", "_ACTOR", "_REPOSITORY", "_WORKFLOW", "_JOB", "_EVENT_NAME", "_ATTEMPT"];

    // A variable holding where the command goes ("$CHAT_WEBHOOK_URL", "${API_ENDPOINT}"): the destination, not data sent.
    private static readonly string[] DestinationEnds = ["_URL", "_URI", "_ENDPOINT", "_HOST", "WEBHOOK"];

    private static bool IsBuildMetadata(ReadOnlySpan<char> name)
    {
        foreach (var end in MetadataEnds)
        {
            if (name.EndsWith(end, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDestinationName(ReadOnlySpan<char> name)
    {
        foreach (var end in DestinationEnds)
        {
            if (name.EndsWith(end, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> VariableName(ReadOnlySpan<char> command, int at)
    {
        if (at < command.Length && command[at] == '{')
        {
            at++;
        }
        else if (command[at..].StartsWith("env:", StringComparison.OrdinalIgnoreCase))
        {
            at += 4;
        }

        var end = at;
        while (end < command.Length && (char.IsAsciiLetterOrDigit(command[end]) || command[end] == '_'))
        {
            end++;
        }

        return end > at && !char.IsAsciiDigit(command[at]) ? command[at..end] : [];
    }

    internal static bool IsSecretName(ReadOnlySpan<char> name)
    {
        foreach (var part in SecretNameParts)
        {
            if (name.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InAuthContext(ReadOnlySpan<char> command, int at)
    {
        // The value of an authentication header or option is how an API is meant to be called, not a leak.
        var before = command[Math.Max(0, at - 60)..at];
        foreach (var word in AuthContext)
        {
            var k = before.LastIndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (k >= 0)
            {
                var between = before[(k + word.Length)..];
                if (between.IndexOfAny('?', '&', '@') < 0 && !between.Contains(" -d", StringComparison.Ordinal) && !between.Contains("--data", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    internal static string? FindSensitive(ReadOnlySpan<char> value)
    {
        if (value.Contains('\\'))
        {
            // Windows paths ("%USERPROFILE%\\.ssh\\id_rsa") are matched as their forward-slash twins.
            Span<char> slashed = value.Length <= 512 ? stackalloc char[value.Length] : new char[value.Length];
            value.Replace(slashed, '\\', '/');
            return FindSensitive(slashed);
        }

        foreach (var path in SensitivePaths)
        {
            if (value.Contains(path, StringComparison.OrdinalIgnoreCase))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>Whether what is piped into the command from earlier on its line reads a personal folder of the home ("tar cz ~/Documents | …").</summary>
    internal static bool PipedPersonal(string text, int start, ScanWork work)
    {
        var before = LineBefore(text, start, work);
        var pipe = before.LastIndexOf('|');
        return pipe >= 0 && PersonalFolders.Contains(before[..pipe]);
    }

    /// <summary>The line before <paramref name="start"/>, at most <see cref="MaxPipeBack"/> characters of it (counted as work).</summary>
    private static ReadOnlySpan<char> LineBefore(string text, int start, ScanWork work)
    {
        var from = start;
        while (from > 0 && start - from < MaxPipeBack && text[from - 1] != '\n')
        {
            from--;
        }

        work.TriggerChars += start - from;
        return text.AsSpan(from, start - from);
    }

    /// <summary>What is piped into the command from earlier on its line (cat of a sensitive file, env, printenv, a secret store's output).</summary>
    internal static string? PipedSource(string text, int start, ScanWork work)
    {
        var before = LineBefore(text, start, work);
        var pipe = before.LastIndexOf('|');
        if (pipe < 0)
        {
            return null;
        }

        var source = before[..pipe];
        if (StandingAccess.SecretStore(source) is { } store)
        {
            return store; // "kubectl get secrets -A -o yaml | curl -T - …"
        }

        if (FindSensitive(source) is { } sensitive && (source.Contains("cat ", StringComparison.Ordinal) || source.Contains('<') || source.Contains("base64", StringComparison.Ordinal)
            || source.Contains("tar ", StringComparison.Ordinal) || source.Contains("zip ", StringComparison.Ordinal) || source.Contains("gzip", StringComparison.Ordinal)
            || source.Contains("xxd", StringComparison.Ordinal) || source.Contains("get-content", StringComparison.OrdinalIgnoreCase) || source.Contains("type ", StringComparison.Ordinal)))
        {
            return sensitive;
        }

        // The environment at any stage of the pipe ("env | base64 | curl …").
        foreach (var range in source.Split('|'))
        {
            var trimmed = source[range].Trim();
            if (trimmed.EndsWith("env", StringComparison.Ordinal) || trimmed.StartsWith("env ", StringComparison.Ordinal)
                || trimmed.EndsWith("printenv", StringComparison.Ordinal) || trimmed.Contains("Get-ChildItem env:", StringComparison.OrdinalIgnoreCase))
            {
                return "the environment";
            }
        }

        return null;
    }
}
