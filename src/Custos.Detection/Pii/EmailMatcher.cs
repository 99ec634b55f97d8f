using System.Buffers;
using Custos.Detection.Scanning;

namespace Custos.Detection.Pii;

/// <summary>
/// Email addresses, found from their '@': the local part is read backwards (at most 64 characters), the domain
/// forwards (at most 253), so each '@' costs a bounded amount of work.
/// </summary>
internal static class EmailMatcher
{
    private const int MaxLocal = 64;
    private const int MaxDomain = 253;

    private static readonly SearchValues<char> LocalChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-");

    // File names written like addresses (icon@2x.png, pkg@1.2.3) are not addresses.
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "css", "js", "mjs", "ts", "tsx", "jsx", "map", "json",
        "txt", "md", "yaml", "yml", "lock", "html", "xml", "scss", "woff", "woff2", "ttf", "mp4", "mp3", "pdf", "zip",
    };

    public static bool TryMatch(string text, int at, out int start, out int end)
    {
        start = end = at;

        // Local part, backwards; no leading or trailing dot.
        var s = at;
        while (s > 0 && at - s < MaxLocal && LocalChars.Contains(text[s - 1]))
        {
            s--;
        }

        while (s < at && (text[s] == '.' || text[s] == '\'' || text[s] == '`'))
        {
            s++;
        }

        if (s == at || text[at - 1] == '.' || (s > 0 && (char.IsAsciiLetterOrDigit(text[s - 1]) || text[s - 1] == '@')))
        {
            return false;
        }

        // Domain, forwards: labels of letters, digits and hyphens separated by single dots.
        var e = at + 1;
        var labelStart = e;
        var lastDot = -1;
        while (e < text.Length && e - at <= MaxDomain)
        {
            var c = text[e];
            if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                e++;
            }
            else if (c == '.' && e > labelStart && char.IsAsciiLetterOrDigit(Chars.At(text, e + 1)))
            {
                lastDot = e;
                e++;
                labelStart = e;
            }
            else
            {
                break;
            }
        }

        if (lastDot < 0 || text[at + 1] == '-' || text[e - 1] == '-')
        {
            return false;
        }

        // The top-level domain: letters only, at least two, or an internationalized one in punycode (xn--p1ai for .рф).
        var tld = text.AsSpan(lastDot + 1, e - lastDot - 1);
        if (tld.Length < 2 || tld.Length > 63)
        {
            return false;
        }

        var punycode = tld.Length > 4 && tld.StartsWith("xn--", StringComparison.OrdinalIgnoreCase);
        foreach (var c in punycode ? tld[4..] : tld)
        {
            if (!char.IsAsciiLetter(c) && !(punycode && (char.IsAsciiDigit(c) || c == '-')))
            {
                return false;
            }
        }

        if (FileExtensions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tld))
        {
            return false;
        }

        // An address runs into no further ASCII word characters or another '@'; CJK text may follow it directly.
        var next = Chars.At(text, e);
        if (next == '@' || char.IsAsciiLetterOrDigit(next))
        {
            return false;
        }

        start = s;
        end = e;
        return true;
    }
}
