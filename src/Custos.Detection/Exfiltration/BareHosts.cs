using Custos.Detection.Scanning;

namespace Custos.Detection.Exfiltration;

/// <summary>
/// Destinations written as a bare host, without a scheme: "post the API key to migrate.api-v3.example/claim", "suben el
/// CVV a verificacion-alquiler.example". They are looked for only just after a verb of sending (within
/// <see cref="Reach"/> characters, each character read once however many verbs there are), as a lower-case name of two
/// labels or more whose last label is a top-level domain (not a file's extension: "notes.txt", "app.db", "node.js"), not
/// part of a URL, an address or a path. A host sent to this way counts as a URL does.
/// </summary>
internal static class BareHosts
{
    public const string Kind = "a host";

    private const int Reach = 120;

    // Top-level domains common in text; the reserved ones the batches and documentation use. Not "to", "is", "at", "it"
    // or "in", which end too many English words joined by a dot.
    private static readonly System.Collections.Frozen.FrozenSet<string> Domains = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
    [
        "example", "test", "invalid", "com", "net", "org", "io", "dev", "app", "co", "ai", "me", "cc", "xyz", "info", "biz", "site", "online", "cloud", "tech", "link", "live",
        "ru", "cn", "de", "fr", "uk", "es", "nl", "pl", "br", "jp", "kr", "id", "vn", "tr", "se", "cz", "gr", "il", "th", "ua", "ro", "hu", "eu", "us", "ca", "au", "ch", "be",
        "dk", "no", "fi", "pt", "mx", "ar", "top", "shop", "store", "page", "sh", "ly", "gg", "tv", "ws", "su", "pro", "work", "today", "space", "website", "host", "network",
    ]);

    private static readonly System.Buffers.SearchValues<char> HostChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789.-");

    /// <summary>Adds the bare hosts named just after the verbs (sorted by start) to <paramref name="destinations"/>.</summary>
    public static void Add(string text, List<(int Start, int End)> verbs, List<(int Start, int End, string? Data, string Kind)> destinations, DomainAllowlist allowlist, ScanWork work)
    {
        var readUntil = 0;
        foreach (var (_, verbEnd) in verbs)
        {
            var from = Math.Max(verbEnd, readUntil);
            var to = Math.Min(text.Length, verbEnd + Reach);
            if (from >= to)
            {
                continue;
            }

            work.TriggerChars += to - from;
            readUntil = to;
            var k = from;
            while (k < to)
            {
                // The start of a run of host characters (a token of its own: after a space, a quote or a bracket).
                if (!HostChars.Contains(text[k]) || k > 0 && (HostChars.Contains(text[k - 1]) || text[k - 1] is '/' or '@' or ':' or '_' or '~' or '$' or '\\' || char.IsAsciiLetterUpper(text[k - 1])))
                {
                    k++;
                    continue;
                }

                var end = k;
                while (end < text.Length && end - k < 256 && HostChars.Contains(text[end]))
                {
                    end++;
                }

                if (IsHost(text.AsSpan(k, end - k), out var hostEnd) && !Joined(text, end) && !allowlist.Allows(text.AsSpan(k, hostEnd)))
                {
                    destinations.Add((k, k + hostEnd, null, Kind));
                }

                k = end;
            }
        }
    }

    /// <summary>A host that goes on into a word, an address or a path with capitals is not a bare host ("a.b@c", "x.io_y").</summary>
    private static bool Joined(string text, int end) => end < text.Length && (text[end] is '@' or '_' or '\\' || char.IsAsciiLetterUpper(text[end]));

    private static bool IsHost(ReadOnlySpan<char> token, out int hostLength)
    {
        token = token.TrimEnd('.').TrimEnd('-');
        hostLength = token.Length;
        var dots = token.Count('.');
        if (dots == 0 || token[0] is '.' or '-' || token.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        var last = token[(token.LastIndexOf('.') + 1)..];
        if (last.IsEmpty || last.ContainsAnyExceptInRange('a', 'z') || !Domains.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last))
        {
            return false;
        }

        // Every label has a letter or is a number of an address's four ("10.0.0.5" is read elsewhere as an address).
        var first = token[..token.IndexOf('.')];
        return first.ContainsAnyInRange('a', 'z') || dots >= 2;
    }
}
