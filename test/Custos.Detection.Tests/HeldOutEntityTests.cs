using System.Globalization;
using System.Text;
using Custos.Detection.Tests.Evaluation;

namespace Custos.Detection.Tests;

/// <summary>
/// PII and secrets on text from a writer who never saw the detector nor the generator of the evaluation set: realistic
/// carriers (tickets, logs, configs, mails, forms) with every value marked inline (<see cref="MarkedText"/>), and hard
/// negatives. Scored per type twice: exactly (type, start and end, as the generated set is scored) and by overlap (the
/// same type over any part of the label), since where a value begins and ends is partly a convention.
/// </summary>
public sealed class HeldOutEntityTests
{
    internal sealed record Result(string Report, double MicroF1Exact, double MicroF1Overlap, int NegativesFlagged, int Negatives);

    /// <summary>
    /// The first half of the writer's set (200 texts: 127 with 274 marked values over 19 types, 73 hard negatives), measured
    /// once on arrival (2026-11-29, seventh session) before anyone read it: all types together exact P 0.942 R 0.887 F1 0.914,
    /// by overlap P 0.977 R 0.920 F1 0.947; 3 of 73 negatives flagged (phone-like numbers). Weakest: PHONE_NUMBER 0.800
    /// exact (national formats with no country code), SECRET 0.784 exact and 0.946 by overlap (passwords, an OpenSSH key),
    /// DATE_TIME 0.857 (dates of birth after keywords not known). Two labels are the writer's slip (a Z-prefixed Spanish
    /// number is a NIE, not a NIF). From then on tuning material; the second half (CasesB) is sealed. After that session's work on
    /// it (phone numbers in national formats after a phone word; passwords answered or passed to a login call, key blocks,
    /// Twilio SIDs, birth-date keywords in 20 languages, a CSV column's header as context): exact F1 0.971, overlap 0.985,
    /// 1 of 73 negatives flagged.
    /// After the pii27 mechanisms (passwords answered in chat or passed to a login call, key blocks through a mistyped
    /// footer, Twilio account SIDs, birth-date keywords of every claimed language, a table header as its column's
    /// context): exact F1 0.941, overlap 0.967; SECRET 0.897 exact and 1.000 by overlap, DATE_TIME and US_SSN 1.000.
    /// </summary>
    [Fact]
    public void Held_out_entities_27A_are_reported()
    {
        var result = Measure("27A", "evaluation-held-out-entities-27A.md", HeldOutEntities27.CasesA);
        TestContext.Current.SendDiagnosticMessage(result.Report);
        Assert.True(result.MicroF1Exact >= 0.96 && result.MicroF1Overlap >= 0.98 && result.NegativesFlagged <= 1, result.Report);
    }

    internal static Result Measure(string name, string fileName, IReadOnlyList<string> marked)
    {
        var cases = marked.Select((m, i) => MarkedText.Parse($"{name}#{i}", m)).ToList();
        var scanner = new Scanner();
        var exact = new Dictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        var overlap = new Dictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        var lines = new List<string>();
        var exactLines = new List<string>();
        var negatives = 0;
        var negativesFlagged = 0;
        foreach (var c in cases)
        {
            var found = scanner.Scan(c.Text).Where(f => !EntityTypes.IsRegion(f.Type)).ToList();
            if (c.Labels.Count == 0)
            {
                negatives++;
                negativesFlagged += found.Count > 0 ? 1 : 0;
            }

            Score(c, found, exact, (l, f) => l.Start == f.Start && l.End == f.End, exactLines);
            Score(c, found, overlap, (l, f) => l.Start < f.End && f.Start < l.End, lines);
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Held-out PII and secrets, {name}: {cases.Count} texts ({negatives} with no value marked); {negativesFlagged} of them flagged.");
        report.AppendLine();
        report.AppendLine("| type | labels | exact P / R / F1 | overlap P / R / F1 |");
        report.AppendLine("| --- | ---: | --- | --- |");
        foreach (var type in exact.Keys.Union(overlap.Keys).Order(StringComparer.Ordinal))
        {
            var e = exact.GetValueOrDefault(type);
            var o = overlap.GetValueOrDefault(type);
            var known = EntityTypes.All.Contains(type) ? "" : " (a type the detector does not name)";
            report.AppendLine(CultureInfo.InvariantCulture, $"| {type}{known} | {e.Tp + e.Fn} | {Prf(e)} | {Prf(o)} |");
        }

        var microExact = Micro(exact);
        var microOverlap = Micro(overlap);
        report.AppendLine(CultureInfo.InvariantCulture, $"| all | {exact.Values.Sum(v => v.Tp + v.Fn)} | {Prf(microExact)} | {Prf(microOverlap)} |");
        var text = report.ToString();
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, fileName), text + "\nDifferences by overlap (FP: found, not marked; FN: marked, not found):\n" + string.Join('\n', lines)
            + "\n\nDifferences by exact span (FP: found, not marked; FN: marked, not found):\n" + string.Join('\n', exactLines) + "\n");
        return new Result(text, F1(microExact), F1(microOverlap), negativesFlagged, negatives);
    }

    private static void Score(LabelledCase c, List<Finding> found, Dictionary<string, (int Tp, int Fp, int Fn)> counts, Func<Label, Finding, bool> matches, List<string>? lines)
    {
        var open = c.Labels.ToList();
        foreach (var f in found)
        {
            var hit = open.FirstOrDefault(l => l.Type == f.Type && matches(l, f));
            var entry = counts.GetValueOrDefault(f.Type);
            if (hit is not null)
            {
                open.Remove(hit);
                counts[f.Type] = entry with { Tp = entry.Tp + 1 };
            }
            else
            {
                counts[f.Type] = entry with { Fp = entry.Fp + 1 };
                lines?.Add($"FP {c.Id} {f.Type}/{f.Subtype} '{Excerpt(c.Text, f.Start, f.End)}'");
            }
        }

        foreach (var missed in open)
        {
            var entry = counts.GetValueOrDefault(missed.Type);
            counts[missed.Type] = entry with { Fn = entry.Fn + 1 };
            lines?.Add($"FN {c.Id} {missed.Type} '{Excerpt(c.Text, missed.Start, missed.End)}'");
        }
    }

    private static (int Tp, int Fp, int Fn) Micro(Dictionary<string, (int Tp, int Fp, int Fn)> counts)
        => (counts.Values.Sum(v => v.Tp), counts.Values.Sum(v => v.Fp), counts.Values.Sum(v => v.Fn));

    private static double F1((int Tp, int Fp, int Fn) c) => c.Tp == 0 ? 0 : 2.0 * c.Tp / (2 * c.Tp + c.Fp + c.Fn);

    private static string Prf((int Tp, int Fp, int Fn) c)
    {
        var p = c.Tp + c.Fp == 0 ? 1 : (double)c.Tp / (c.Tp + c.Fp);
        var r = c.Tp + c.Fn == 0 ? 1 : (double)c.Tp / (c.Tp + c.Fn);
        return string.Create(CultureInfo.InvariantCulture, $"{p:0.000} / {r:0.000} / {F1(c):0.000}");
    }

    private static string Excerpt(string text, int start, int end) => text[start..Math.Min(end, start + 70)].Replace("\n", "\\n", StringComparison.Ordinal);
}
