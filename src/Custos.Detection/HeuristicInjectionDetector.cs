using System.Globalization;
using System.Text;
using Custos.Detection.Injection;
using Custos.Detection.Scanning;

namespace Custos.Detection;

/// <summary>
/// Scores injection signals without a model. Signals closer than <see cref="ClusterGap"/> characters form one
/// finding spanning them. Its score combines the strongest weight of each signal kind (and half the next strongest,
/// elsewhere) as independent evidence (1 − Π(1 − w)); hidden, encoded or disguised writing raises it, because benign text has no reason to hide
/// instructions. Text that discusses attacks (words like "researchers", "for example" nearby) lowers it, more so
/// when it quotes the phrase, unless the signal was hidden or disguised. The explanation names every signal that fired.
/// </summary>
public sealed class HeuristicInjectionDetector : IPromptInjectionDetector
{
    /// <summary>Signals this close (in UTF-16 code units) belong to one finding.</summary>
    public const int ClusterGap = 300;

    private const int DiscussionReach = 300;
    private const string WeakDiscussion = "discussion-weak";
    private const int QuoteReach = 40;
    private const double WeakestHidden = 0.3;
    private const SignalTraits Adversarial = SignalTraits.Hidden | SignalTraits.Encoded | SignalTraits.Homoglyphs | SignalTraits.Invisible | SignalTraits.TagSmuggled | SignalTraits.Spelled;

    public static HeuristicInjectionDetector Instance { get; } = new();

    public IReadOnlyList<Finding> Detect(string text, IReadOnlyList<InjectionSignal> signals, double threshold)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(signals);
        var findings = new List<Finding>();
        var discussion = new List<int>();
        var weakDiscussion = new List<int>();
        foreach (var s in signals)
        {
            if (s.Weight <= 0)
            {
                (s.Name == WeakDiscussion ? weakDiscussion : discussion).Add(s.Start);
            }
        }

        var cluster = new List<InjectionSignal>();
        var clusterEnd = -1;
        foreach (var s in signals)
        {
            if (s.Weight <= 0 || ((s.Traits & Adversarial) == 0 && CrossesQuotation(text, s.Start, s.End)))
            {
                continue;
            }

            if (cluster.Count > 0 && s.Start > clusterEnd + ClusterGap)
            {
                Score(text, cluster, discussion, weakDiscussion, threshold, findings);
                cluster.Clear();
            }

            cluster.Add(s);
            clusterEnd = Math.Max(clusterEnd, s.End);
        }

        if (cluster.Count > 0)
        {
            Score(text, cluster, discussion, weakDiscussion, threshold, findings);
        }

        return findings;
    }

    private static void Score(string text, List<InjectionSignal> cluster, List<int> discussion, List<int> weakDiscussion, double threshold, List<Finding> findings)
    {
        var traits = SignalTraits.None;
        int start = int.MaxValue, end = 0;
        InjectionSignal? strongest = null;
        foreach (var s in cluster)
        {
            traits |= s.Traits;
            start = Math.Min(start, s.Start);
            end = Math.Max(end, s.End);
            if (strongest is null || s.Weight > strongest.Weight)
            {
                strongest = s;
            }
        }

        // A kind seen twice (apart) counts a little more than once (half of the second), never more: repetition is cheap.
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        var miss = 1.0;
        foreach (var kind in cluster.GroupBy(s => s.Name, StringComparer.Ordinal))
        {
            var ordered = kind.OrderByDescending(s => s.Weight).ToList();
            var top = ordered[0];
            var next = ordered.Skip(1).FirstOrDefault(s => s.End <= top.Start || s.Start >= top.End);
            best[kind.Key] = top.Weight;
            miss *= (1 - top.Weight) * (1 - ((next?.Weight ?? 0) / 2));
        }

        var score = 1 - miss;
        var notes = new List<string>();
        var obfuscationOnly = best.Keys.All(k => k is "unicode-tags" or "zero-width");
        if ((traits & Adversarial) != 0)
        {
            // Hidden or disguised writing makes an instruction more suspect; it does not make one of a single weak
            // cue ("from now on" in an HTML comment of a changelog).
            if (!obfuscationOnly && score >= WeakestHidden)
            {
                score = 1 - ((1 - score) * 0.6);
            }

            notes.Add("written to hide: " + Describe(traits & Adversarial));
        }
        else
        {
            // Words that also come with attacks ("the security team approved it", "this article") count half.
            var strong = CountNear(discussion, start - DiscussionReach, end + DiscussionReach);
            var weak = CountNear(weakDiscussion, start - DiscussionReach, end + DiscussionReach);
            var near = strong + (weak / 2.0);
            if (near > 0)
            {
                score *= near >= 2 ? 0.45 : near >= 1 ? 0.75 : 0.9;
                var words = strong + weak;
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"lowered: {words} word{(words == 1 ? "" : "s")} of discussion nearby"));
            }

            // Quotation marks alone say little (JSON quotes everything); quoted within writing about attacks, a lot.
            if (near > 0 && IsQuoted(text, strongest!.Start, strongest.End))
            {
                score *= 0.6;
                notes.Add("lowered: quoted");
            }
            else if (QuotedInSentence(text, cluster))
            {
                score *= 0.6;
                notes.Add("lowered: quoted inside a sentence");
            }
            else if (SpokenInStory(text, start, end))
            {
                score *= 0.6;
                notes.Add("lowered: a line spoken in a story");
            }
        }

        score = Math.Round(Math.Min(1, score), 2);
        if (score < threshold)
        {
            return;
        }

        var explanation = new StringBuilder("signals: ");
        explanation.AppendJoin(", ", best.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:0.00}")));
        foreach (var note in notes)
        {
            explanation.Append("; ").Append(note);
        }

        findings.Add(new Finding(EntityTypes.PromptInjection, start, end, score, "injection", strongest!.Name, explanation.ToString()));
    }

    private static string Describe(SignalTraits traits)
    {
        var parts = new List<string>();
        if ((traits & SignalTraits.Hidden) != 0)
        {
            parts.Add("hidden text");
        }

        if ((traits & SignalTraits.Encoded) != 0)
        {
            parts.Add("base64/hex");
        }

        if ((traits & SignalTraits.Homoglyphs) != 0)
        {
            parts.Add("look-alike letters");
        }

        if ((traits & SignalTraits.Invisible) != 0)
        {
            parts.Add("zero-width characters");
        }

        if ((traits & SignalTraits.TagSmuggled) != 0)
        {
            parts.Add("Unicode tag characters");
        }

        if ((traits & SignalTraits.Spelled) != 0)
        {
            parts.Add("digits for letters or letters spaced apart");
        }

        return string.Join(", ", parts);
    }

    private static int CountNear(List<int> sorted, int from, int to)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var n = 0;
        for (var k = lo; k < sorted.Count && sorted[k] <= to && n < 8; k++)
        {
            n++;
        }

        return n;
    }

    /// <summary>An opening quotation mark shortly before and a closing one shortly after, on the same line.</summary>
    private static bool IsQuoted(string text, int start, int end)
    {
        var open = false;
        for (var k = start - 1; k >= 0 && k >= start - QuoteReach && text[k] != '\n'; k--)
        {
            if (IsQuote(text[k]) && (k == 0 || !char.IsLetterOrDigit(text[k - 1])))
            {
                open = true;
                break;
            }
        }

        if (!open)
        {
            return false;
        }

        for (var k = end; k < text.Length && k < end + QuoteReach && text[k] != '\n'; k++)
        {
            if (IsQuote(text[k]) && (k + 1 == text.Length || !char.IsLetterOrDigit(text[k + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a signal joins words inside a quotation to words outside it ("says 'AI, email this …'. What should the
    /// assistant do? (c) delete …", "when asked to 'repeat the text above'"): the address or the order belongs to the quoted
    /// text and the rest to the writer's sentence about it, so together they are no one order. A quotation opens before the
    /// span and closes inside it, or opens inside it and closes after; apostrophes inside words are no quotation marks, backticks
    /// mark code to run, and a value after '=' or ':' is an attribute or a field, not a quotation.
    /// </summary>
    private static bool CrossesQuotation(string text, int start, int end)
    {
        var openBefore = false;
        for (var k = start - 1; k >= 0 && k >= start - QuoteReach && text[k] != '\n'; k--)
        {
            if (IsQuote(text[k]))
            {
                openBefore = Opens(text, k);
                break;
            }
        }

        // Quotations nested inside the span ("…含‘工资’的邮件…”) open and close among themselves; a mark that closes with none
        // of them open closes the quotation opened before the span.
        var level = 0;
        for (var k = start; k < end; k++)
        {
            if (!IsQuote(text[k]))
            {
                continue;
            }

            var opens = Opens(text, k);
            var closes = Closes(text, k);
            if (closes && (!opens || level > 0 || openBefore))
            {
                if (level > 0)
                {
                    level--;
                }
                else if (openBefore)
                {
                    return true; // opened before, closed inside
                }
            }
            else if (opens)
            {
                level++;
            }
        }

        if (level > 0)
        {
            // opened inside and not closed inside: closed after, on the same line?
            for (var k = end; k < text.Length && k < end + QuoteReach && text[k] != '\n'; k++)
            {
                if (IsQuote(text[k]) && Closes(text, k))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // “ and ‘ open in English and close in German, Czech or Polish („Hinweis …“, ‚…‘): by their place, as straight quotes are.
    private static bool Opens(string text, int k) =>
        text[k] is '\u00AB' or '\u300C' or '\u300E' or '\u201E'
        || (text[k] is '\u201C' or '\u2018' && !ClosingShaped(text, k))
        || (text[k] is '"' or '\'' && (k == 0 || !(char.IsLetterOrDigit(text[k - 1]) || text[k - 1] is '=' or ':')) && k + 1 < text.Length && !char.IsWhiteSpace(text[k + 1]));

    private static bool Closes(string text, int k) =>
        text[k] is '\u201D' or '\u2019' or '\u00BB' or '\u300D' or '\u300F'
        || (text[k] is '"' or '\'' or '\u201C' or '\u2018' && ClosingShaped(text, k));

    /// <summary>A mark right after a word or punctuation and before no letter or digit: where a quotation closes.</summary>
    private static bool ClosingShaped(string text, int k) => (k + 1 == text.Length || !char.IsLetterOrDigit(text[k + 1])) && k > 0 && !char.IsWhiteSpace(text[k - 1]);

    /// <summary>
    /// Whether every signal sits inside one quotation that stands inside a sentence ("the bot now declines requests like
    /// 'repeat your instructions'", "被要求“重复上面的内容”时", "メールに「…」と書かれていても"): words are shown or reported there,
    /// not given. Not a quotation that opens its line, nor one presented after a colon or an equals sign (the payload of
    /// "decode this: '…'", a JSON value, "a = '…'").
    /// </summary>
    private static bool QuotedInSentence(string text, List<InjectionSignal> cluster)
    {
        int start = int.MaxValue, end = 0;
        foreach (var s in cluster)
        {
            start = Math.Min(start, s.Start);
            end = Math.Max(end, s.End);
        }

        var open = -1;
        for (var k = start - 1; k >= 0 && k >= start - QuoteReach && text[k] != '\n'; k--)
        {
            if (IsQuote(text[k]) && (k == 0 || !char.IsAsciiLetterOrDigit(text[k - 1])))
            {
                open = k;
                break;
            }
        }

        if (open >= 0 && (open == 0 || text[open - 1] == '\n') && text[open] is '\u300C' or '\u300E')
        {
            return SpeechTagged(text, end); // 「命令を忘れろ」と彼は叫び: speech quoted in narration
        }

        if (open <= 0)
        {
            return false;
        }

        var before = open - 1;
        while (before >= 0 && text[before] is ' ' or '\t')
        {
            before--;
        }

        if (before < 0 || text[before] is '\n' or '\r' or ':' or '\uFF1A' or '=' or '(' or '[' or '{' or ',' || IsQuote(text[before]))
        {
            return false;
        }

        for (var k = end; k < text.Length && k < end + QuoteReach && text[k] != '\n'; k++)
        {
            if (IsQuote(text[k]) && k != open && (k + 1 == text.Length || !char.IsAsciiLetterOrDigit(text[k + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the Japanese quotation that holds [.., <paramref name="end"/>) closes and is followed by the quotative と and a
    /// verb of speaking within a few characters (「…」と彼は叫び, 「…」と言った, 「…」と囁いた): a line of a story, said by someone in it.
    /// </summary>
    private static bool SpeechTagged(string text, int end)
    {
        for (var k = end; k < text.Length && k < end + QuoteReach && text[k] != '\n'; k++)
        {
            if (text[k] is '\u300D' or '\u300F')
            {
                if (k + 1 >= text.Length || text[k + 1] != '\u3068')
                {
                    return false;
                }

                var tag = text.AsSpan(k + 2, Math.Min(SpeechTagReach, text.Length - k - 2));
                foreach (var verb in SpeechVerbs)
                {
                    if (tag.Contains(verb, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    private const int SpeechTagReach = 10;
    private const int StoryQuoteReach = 300;
    private const int InciseReach = 16;

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) stands in a quotation that a speech tag marks as a line of a
    /// story (StorySpeech): "„Vergiss alles …“, zischte Brenner", "« Oubliez les ordres du capitaine, lança le mutin … »",
    /// "“忘掉你之前收到的所有命令，”首领对哨兵说". The quotation opens shortly before and closes on the same line.
    /// </summary>
    private static bool SpokenInStory(string text, int start, int end)
    {
        var open = false;
        for (var k = start - 1; k >= 0 && k >= start - QuoteReach && text[k] != '\n'; k--)
        {
            if (IsQuote(text[k]) && text[k] != '`')
            {
                open = Opens(text, k); // the nearest mark before: a quotation opened, not one closed
                break;
            }
        }

        if (!open)
        {
            return false;
        }

        for (var k = end; k < text.Length && k < end + StoryQuoteReach && text[k] != '\n'; k++)
        {
            var c = text[k];
            if (c is ',' or '\uFF0C' && k > end)
            {
                var from = k + 1;
                if (StorySpeech.TagIn(text.AsSpan(from, Math.Min(InciseReach, text.Length - from))))
                {
                    return true; // an incise: « …, lança le mutin … »
                }
            }
            else if (IsQuote(c) && Closes(text, k) && !(c is '\u2019' or '\'' && char.IsLetter(Chars.At(text, k - 1)) && char.IsLetter(Chars.At(text, k + 1))))
            {
                var from = k + 1;
                var to = from;
                while (to < text.Length && to - from < StorySpeech.TagReach && text[to] != '\n')
                {
                    to++;
                }

                return StorySpeech.TagIn(text.AsSpan(from, to - from));
            }
        }

        return false;
    }

    // Stems of verbs of speaking in narration: shout, say, yell, whisper, murmur, answer, ask, order, tell, laugh, cry.
    private static readonly string[] SpeechVerbs = ["叫", "言っ", "言い", "言う", "怒鳴", "囁", "ささや", "呟", "つぶや", "答え", "尋ね", "命じ", "告げ", "笑っ", "泣い", "わめ"];

    private static bool IsQuote(char c) => c is '"' or '\'' or '`' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u300C' or '\u300D' or '\u300E' or '\u300F' or '\u201E';
}
