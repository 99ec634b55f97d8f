using System.Globalization;
using System.Reflection;
using System.Text;

namespace Custos.Detection.Tests;

/// <summary>
/// Every evaluation text, repeated, must scan in time linear in its length: a hostile sender controls the text and
/// can repeat whatever shape makes a pass slow. The scan counts its own work in the pass (see
/// <see cref="RepeatedUnit.DoesLinearWork"/>); the passes over findings after it are not counted, so this audit times
/// them instead: each text repeated to a small and to an eight-times larger size, this thread's CPU time for each. Linear
/// work grows about eight times; a pass quadratic in the number of findings grows about sixty-four times.
/// </summary>
public sealed class ScalingAuditTests
{
    private const int Small = 32 << 10;
    private const int Large = 256 << 10;

    /// <summary>A sample of the evaluation texts, every run: a superlinear pass shows up on most shapes that reach it.</summary>
    [Fact]
    public void A_sample_of_evaluation_texts_scans_in_linear_time()
    {
        var worst = Audit(EvaluationTexts().Where((_, n) => n % 50 == 0).ToList(), out var report);
        Assert.True(worst < 24, report);
    }

    /// <summary>Every evaluation text (several minutes): set CUSTOS_SCALING_AUDIT=1 to run.</summary>
    [Fact]
    public void Every_evaluation_text_scans_in_linear_time()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable("CUSTOS_SCALING_AUDIT") == "1", "several minutes: set CUSTOS_SCALING_AUDIT=1 to run");
        var worst = Audit(EvaluationTexts().ToList(), out var report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "scaling-audit.md"), report + "\n");
        Assert.True(worst < 24, report);
    }

    /// <summary>The largest growth from the small to the large size among texts whose large scan takes measurable time.</summary>
    private static double Audit(List<string> texts, out string report)
    {
        var scanner = new Scanner();
        scanner.Scan(Repeat(texts[0], Small)); // compile the scan before timing it
        var rows = new List<(double Ratio, double SmallMs, double LargeMs, string Text)>();
        foreach (var text in texts)
        {
            var small = Time(scanner, Repeat(text, Small));
            var large = Time(scanner, Repeat(text, Large));
            rows.Add((large / Math.Max(small, 2), small, large, text));
        }

        rows.Sort((a, b) => b.Ratio.CompareTo(a.Ratio));
        var sb = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{texts.Count} texts, {Small >> 10} KiB and {Large >> 10} KiB each; growth (linear is about 8), worst first:");
        foreach (var (ratio, small, large, text) in rows.Take(15))
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n- x{ratio:F1} ({small:F0} ms -> {large:F0} ms) {text.ReplaceLineEndings("⏎")[..Math.Min(text.Length, 140)]}");
        }

        report = sb.ToString();
        TestContext.Current.SendDiagnosticMessage(report);
        return rows[0].Ratio;
    }

    private static double Time(Scanner scanner, string text)
    {
        var before = RepeatedUnit.ThreadCpuTime();
        scanner.Scan(text);
        return (RepeatedUnit.ThreadCpuTime() - before).TotalMilliseconds;
    }

    private static string Repeat(string unit, int length)
    {
        var sb = new StringBuilder(length + unit.Length + 1);
        while (sb.Length < length)
        {
            sb.Append(unit).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Every string in every static string array of the evaluation data (attacks and benign of every batch).</summary>
    private static IEnumerable<string> EvaluationTexts()
        => typeof(ScalingAuditTests).Assembly.GetTypes()
            .Where(t => t.Namespace == "Custos.Detection.Tests.Evaluation" && (t.Name.StartsWith("HeldOut", StringComparison.Ordinal) || t.Name.StartsWith("Tuning", StringComparison.Ordinal) || t.Name.StartsWith("FreshProbes", StringComparison.Ordinal)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(string[]))
            .SelectMany(f => (string[])f.GetValue(null)!)
            .Where(s => s.Length > 0);
}
