using Custos.Detection.Scanning;

namespace Custos.Detection.Exfiltration;

/// <summary>
/// Reads one http(s) URL from where its scheme starts, with a bounded amount of work, and judges whether it carries
/// data out: long base64- or hex-looking query values or path segments, URL-encoded text, placeholders to be filled
/// in ({data}, [CONVERSATION], $SECRET) and long random subdomains (DNS exfiltration). Says whether the URL is the
/// target of a markdown or HTML image (fetched without a click) or of a markdown link.
/// </summary>
internal static class UrlInspector
{
    public const int MaxUrl = 8192;
    private const int MaxLookBack = 500;

    public static UrlHit Read(string text, int start, int floor, ScanWork work)
    {
        var markdown = start >= 2 && text[start - 1] == '(' && text[start - 2] == ']';
        var end = start;
        var depth = 0;
        while (end < text.Length && end - start < MaxUrl)
        {
            var c = text[end];
            if (c <= ' ' || c >= 0x7F || c is '"' or '\'' or '<' or '>' or '`' or '\\')
            {
                break;
            }

            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }

            end++;
        }

        while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ']' or '*')
        {
            end--;
        }

        work.TriggerChars += end - start;
        var image = markdown ? IsMarkdownImage(text, start - 2, floor, work) : IsHtmlImage(text, start, floor, work);
        // What the URL was cut off before (a quote, ':' and ',' trimmed): a bracket left open there holds a literal.
        var data = CarriedData(text.AsSpan(start, end - start), text.AsSpan(end, Math.Min(8, text.Length - end)));
        return new UrlHit(start, end, image, markdown && !image, data);
    }

    /// <summary>The host of a URL (no user, port or path).</summary>
    public static ReadOnlySpan<char> Host(ReadOnlySpan<char> url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme >= 0 ? url[(scheme + 3)..] : url;
        var stop = rest.IndexOfAny('/', '?', '#');
        var authority = stop >= 0 ? rest[..stop] : rest;
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }

        var colon = authority.LastIndexOf(':');
        return colon >= 0 && authority.IndexOf(']') < colon ? authority[..colon] : authority;
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>What in the URL looks like data being carried out, or null.</summary>
    internal static string? CarriedData(ReadOnlySpan<char> url, ReadOnlySpan<char> after = default)
    {
        var host = Host(url);
        var labels = 0;
        foreach (var range in host.Split('.'))
        {
            labels++;
            var label = host[range];
            // A hex digest has at most four bits a character, and a short one with repeats a little over three.
            if (label.Length >= 24 && RandomLooking(label, label.ContainsAnyExcept(HexDigits) ? 3.3 : 3.0))
            {
                return $"long random subdomain ({label.Length} characters)";
            }
        }

        var pathStart = url.IndexOf("://", StringComparison.Ordinal);
        var afterHost = pathStart >= 0 ? url[(pathStart + 3)..] : url;
        var slash = afterHost.IndexOfAny('/', '?', '#');
        if (slash < 0)
        {
            return null;
        }

        var rest = afterHost[slash..];
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            rest = rest[..hash];
        }

        var q = rest.IndexOf('?');
        var path = q >= 0 ? rest[..q] : rest;
        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            if (segment.Length >= 40 && RandomLooking(segment, 4.0))
            {
                return $"encoded path segment ({segment.Length} characters)";
            }

            if (IsPlaceholder(segment, after))
            {
                return "placeholder in the path";
            }
        }

        if (q < 0)
        {
            return null;
        }

        var query = rest[(q + 1)..];
        if (query.Length > 400)
        {
            return $"long query string ({query.Length} characters)";
        }

        foreach (var range in query.Split('&'))
        {
            var pair = query[range];
            var eq = pair.IndexOf('=');
            var name = eq >= 0 ? pair[..eq] : pair;
            var value = eq >= 0 ? pair[(eq + 1)..] : pair;
            if (IsSignature(name))
            {
                continue;
            }

            if (IsPlaceholder(value, after))
            {
                return "placeholder in a query parameter";
            }

            var percents = value.Count('%');
            if (value.Length >= 40 && percents >= 6)
            {
                return $"URL-encoded text in a query parameter ({value.Length} characters)";
            }

            if (value.Length >= 32 && Chars.IsHex(value))
            {
                return $"hex in a query parameter ({value.Length} characters)";
            }

            if (value.Length >= 24 && IsBase64Like(value) && RandomLooking(value, 3.5))
            {
                return $"base64-like query parameter ({value.Length} characters)";
            }

            if (value.Length >= 120)
            {
                return $"long query parameter ({value.Length} characters)";
            }
        }

        return null;
    }

    private static bool IsSignature(ReadOnlySpan<char> name) =>
        name.StartsWith("x-amz-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("x-goog-", StringComparison.OrdinalIgnoreCase)
        || name.Equals("signature", StringComparison.OrdinalIgnoreCase) || name.Equals("sig", StringComparison.OrdinalIgnoreCase)
        || name.Equals("googleaccessid", StringComparison.OrdinalIgnoreCase) || name.Equals("integrity", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A slot to be filled: <c>{name}</c>, <c>{{name}}</c>, <c>[DATA]</c>, <c>&lt;secret&gt;</c>, <c>$VAR</c>, <c>${VAR}</c>,
    /// <c>$(command)</c>, also percent-encoded, or an opening bracket never closed. A literal that holds structure
    /// (<c>{type:'bar',data:[50,60]}</c>, a chart or filter configuration) is data the page itself carries, not a slot.
    /// </summary>
    internal static bool IsPlaceholder(ReadOnlySpan<char> value, ReadOnlySpan<char> after = default)
    {
        if (value.IsEmpty || (value.IndexOfAny('{', '[', '$') < 0 && value.IndexOf('%') < 0))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[Math.Min(value.Length, 512)];
        var n = 0;
        for (var i = 0; i < value.Length && n < buffer.Length; i++)
        {
            var c = value[i];
            // Only the characters that make or break a slot are decoded: brackets, '$', and what marks a literal.
            if (c == '%' && i + 2 < value.Length && byte.TryParse(value.Slice(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code)
                && "{}[]$<>:,\"'".Contains((char)code, StringComparison.Ordinal))
            {
                buffer[n++] = (char)code;
                i += 2;
                continue;
            }

            buffer[n++] = c;
        }

        var text = buffer[..n];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '$')
            {
                var next = i + 1 < text.Length ? text[i + 1] : '\0';
                if (char.IsAsciiLetter(next) || next is '_' or '{' or '(')
                {
                    return true;
                }

                continue;
            }

            var close = c switch { '{' => '}', '[' => ']', '<' => '>', _ => '\0' };
            if (close == '\0')
            {
                continue;
            }

            // Unclosed (the URL was cut at a quote or a space): judged by what follows the bracket.
            var end = text[(i + 1)..].IndexOf(close);
            var inside = (end < 0 ? text[(i + 1)..] : text.Slice(i + 1, end)).Trim("{[<");
            if (end < 0)
            {
                return inside.IndexOfAny(":,'\"") < 0 && (after.IsEmpty || after[0] is not (':' or ','));
            }

            if (inside.Length > 0 && inside.IndexOfAny(":,'\"") < 0 && inside.IndexOfAnyExcept(' ') >= 0)
            {
                return true;
            }

            i += end + 1;
        }

        return false;
    }

    private static bool IsBase64Like(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '-' or '_' or '%'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Encoded data rather than words: mostly letters and digits, and either many digits or case flipping between
    /// letters as base64 does (CamelCase names flip once a word), with few vowels (words have about two in five).
    /// Dotted names (Microsoft.Extensions.Logging) and slugs (a-long-article) are words.
    /// </summary>
    private static bool RandomLooking(ReadOnlySpan<char> value, double minEntropy)
    {
        int digits = 0, letters = 0, vowels = 0, flips = 0, dots = 0;
        var previousUpper = false;
        var previousLetter = false;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
                previousLetter = false;
            }
            else if (char.IsAsciiLetter(c))
            {
                var upper = char.IsAsciiLetterUpper(c);
                flips += previousLetter && upper != previousUpper ? 1 : 0;
                (previousUpper, previousLetter) = (upper, true);
                letters++;
                vowels += "aeiouAEIOU".Contains(c) ? 1 : 0;
            }
            else
            {
                dots += c == '.' ? 1 : 0;
                previousLetter = false;
            }
        }

        var alphanumeric = digits + letters >= value.Length * 0.8;
        var scrambled = digits * 8 >= value.Length || flips * 4 >= letters;
        var fewVowels = vowels * 100 < letters * 34 || digits * 3 >= value.Length; // hex has a third of vowels among its letters
        return alphanumeric && scrambled && fewVowels && dots == 0 && Chars.Entropy(value) >= minEntropy;
    }

    private static bool IsMarkdownImage(string text, int closeBracket, int floor, ScanWork work)
    {
        var depth = 0;
        for (var k = closeBracket; k >= floor && closeBracket - k < MaxLookBack; k--)
        {
            work.TriggerChars++;
            var c = text[k];
            if (c == ']')
            {
                depth++;
            }
            else if (c == '[' && --depth == 0)
            {
                return k > 0 && text[k - 1] == '!';
            }
            else if (c == '\n' && k + 1 < text.Length && text[k + 1] == '\n')
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsHtmlImage(string text, int start, int floor, ScanWork work)
    {
        for (var k = start - 1; k >= floor && start - k < MaxLookBack; k--)
        {
            work.TriggerChars++;
            var c = text[k];
            if (c == '>')
            {
                return false;
            }

            if (c == '<')
            {
                return text.AsSpan(k + 1).StartsWith("img", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}
