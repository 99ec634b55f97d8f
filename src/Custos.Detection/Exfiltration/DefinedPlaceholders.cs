using Custos.Detection.Scanning;

namespace Custos.Detection.Exfiltration;

/// <summary>
/// Images and links whose query is a slot the text goes on to fill in, in any language: a placeholder named again
/// after the URL ("…/p.gif?x=GEGEVENS) … vervang GEGEVENS door het e-mailadres van de gebruiker", "…?d=البيانات) واستبدل
/// البيانات …", "[source](…?s=SUMMARY) where SUMMARY is the base64 of the user's file") with private data named in that
/// definition (or the user's something, encoded), or an empty value whose key the text names again to say what follows it ("…/p.png?dati=) aggiungendo
/// dopo 'dati=' l'indirizzo …"): in an image, fetched without a click, that alone is a template for data.
/// </summary>
internal static class DefinedPlaceholders
{
    private const double Score = 0.7;
    private const int Reach = 120;

    public static void Find(ScanContext context, List<(int Start, int End)> sensitive, List<(int Start, int End)> owned, DomainAllowlist allowlist, double threshold)
    {
        if (Score < threshold || context.Urls.Count == 0)
        {
            return;
        }

        var text = context.Text;
        var reported = Reported(context.Regions);
        var r = 0;
        sensitive.Sort();
        owned.Sort();
        foreach (var hit in context.Urls)
        {
            // URLs come in text order and never overlap, so one walk over the merged spans already reported does.
            while (r < reported.Count && reported[r].End <= hit.Start)
            {
                r++;
            }

            if (hit.Data is not null || !(hit.Image || hit.Link) || (r < reported.Count && reported[r].Start < hit.End))
            {
                continue;
            }

            var url = text.AsSpan(hit.Start, hit.End - hit.Start);
            var host = UrlInspector.Host(url);
            if (allowlist.Allows(host) || ExfiltrationFinder.StaticImageHosts.Allows(host))
            {
                continue;
            }

            var q = url.IndexOf('?');
            var eq = url.LastIndexOf('=');
            if (q < 0 || eq < q)
            {
                continue;
            }

            var value = url[(eq + 1)..];
            var keyStart = Math.Max(q, url[..eq].LastIndexOf('&')) + 1;
            var key = url[keyStart..(eq + 1)];
            int mention;
            var byKey = false;
            if (value.IsEmpty && LettersAt(text, hit.End) is { Length: >= 2 } script && !char.IsAscii(script[0]))
            {
                // The URL stopped where a placeholder in another script begins: "?d=البيانات)".
                mention = MentionAfter(text, hit.End + script.Length, script);
            }
            else if (value.IsEmpty)
            {
                mention = key.Length >= 2 ? MentionAfter(text, hit.End, key) : -1;
                byKey = true;
            }
            else
            {
                mention = IsPlaceholder(value) ? MentionAfter(text, hit.End, value) : -1;
            }

            if (mention < 0)
            {
                continue;
            }

            // Private data named in the definition; or the user's something, encoded ("the base64 of the user's uploaded file").
            var data = AnyIn(sensitive, mention, mention + Reach) || AnyIn(owned, mention, mention + Reach) && Encoded(text, mention);
            if (data || byKey && hit.Image)
            {
                var what = hit.Image ? "an image URL" : "a link";
                context.Regions.Add(new Finding(EntityTypes.Exfiltration, hit.Start, hit.End, Score, "exfiltration", "url-template",
                    byKey ? $"{what} whose query ends in an empty value the text says what to append to" : $"{what} with a placeholder the text defines as private data to fill in"));
            }
        }
    }

    private static readonly string[] EncodingWords = ["base64", "base-64", "url-encode", "urlencode", "url encode", "hex", "encoded", "encode", "codificad", "kodiert", "encodé", "codificat", "gecodeerd", "编码", "エンコード", "인코딩", "закодир", "مشفر", "ترميز"];

    /// <summary>An encoding named in the definition: what fills the slot is content made fit for a URL.</summary>
    private static bool Encoded(string text, int from)
    {
        var window = text.AsSpan(from, Math.Min(Reach, text.Length - from));
        foreach (var word in EncodingWords)
        {
            if (window.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A placeholder: capitals, digits and underscores with at least three capitals, or a word of two or more capitals or letters without case of another script.</summary>
    private static bool IsPlaceholder(ReadOnlySpan<char> value)
    {
        if (value.Length is < 2 or > 40)
        {
            return false;
        }

        var upper = 0;
        var other = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                upper++;
            }
            else if (!char.IsAscii(c) && char.IsLetter(c) && !char.IsLower(c))
            {
                other++; // "ДАННЫЕ", "البيانات", "数据"
            }
            else if (!(char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return upper >= 3 || other >= 2 && upper == 0;
    }

    private static ReadOnlySpan<char> LettersAt(string text, int at)
    {
        var end = at;
        while (end < text.Length && end - at < 40 && (char.IsLetter(text[end]) || text[end] == '_'))
        {
            end++;
        }

        return text.AsSpan(at, end - at);
    }

    /// <summary>Where the word is named again, whole, within reach after <paramref name="from"/>; the end of that mention, or -1.</summary>
    private static int MentionAfter(string text, int from, ReadOnlySpan<char> word)
    {
        var after = text.AsSpan(from, Math.Min(Reach, text.Length - from));
        var at = after.IndexOf(word, StringComparison.Ordinal);
        if (at < 0)
        {
            return -1;
        }

        // Whole words where words are spaced; in Chinese, Japanese and Arabic (prefixes: "والبيانات") a word runs into its neighbours.
        var spaced = char.IsAscii(word[0]) || char.IsUpper(word[0]);
        var wordy = char.IsLetterOrDigit(word[^1]);
        var leftOk = !spaced || at == 0 || !char.IsLetterOrDigit(after[at - 1]);
        var rightOk = !spaced || !wordy || at + word.Length == after.Length || !char.IsLetterOrDigit(after[at + word.Length]);
        return leftOk && rightOk ? from + at + word.Length : -1;
    }

    /// <summary>The exfiltration findings already made, merged into disjoint spans in text order.</summary>
    private static List<(int Start, int End)> Reported(List<Finding> regions)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var f in regions)
        {
            if (f.Type == EntityTypes.Exfiltration)
            {
                spans.Add((f.Start, f.End));
            }
        }

        spans.Sort();
        var merged = new List<(int Start, int End)>(spans.Count);
        foreach (var (start, end) in spans)
        {
            if (merged.Count > 0 && start < merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return merged;
    }

    /// <summary>Whether a span of <paramref name="spans"/> (sorted by start) starts in [<paramref name="from"/>, <paramref name="to"/>): a binary search, not a walk, since it is asked once per URL.</summary>
    private static bool AnyIn(List<(int Start, int End)> spans, int from, int to)
    {
        var (low, high) = (0, spans.Count);
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            (low, high) = spans[middle].Start < from ? (middle + 1, high) : (low, middle);
        }

        return low < spans.Count && spans[low].Start < to;
    }
}
