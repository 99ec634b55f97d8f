using System.Text;

namespace Custos.Detection.Tests;

/// <summary>A megabyte of one short unit repeated: the input that makes a non-linear matcher show itself.</summary>
internal static class RepeatedUnit
{
    /// <summary>Units of work per character the scan may spend (its own counter, not a clock).</summary>
    public const int WorkPerChar = 12;

    /// <summary>1 MiB (or a little more) of <paramref name="unit"/> repeated.</summary>
    public static string Megabyte(string unit)
    {
        var sb = new StringBuilder((1 << 20) + unit.Length);
        while (sb.Length < 1 << 20)
        {
            sb.Append(unit);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Scans <paramref name="text"/> with <paramref name="scanner"/>: the scan must count at most <see cref="WorkPerChar"/>
    /// units of work per character and return findings within the text (a two-minute hang guard, not a speed test).
    /// </summary>
    public static IReadOnlyList<Finding> DoesLinearWork(Scanner scanner, string text)
    {
        var task = Task.Run(() => scanner.Run(text));
        Assert.True(task.Wait(TimeSpan.FromSeconds(120)), "the scan did not finish within two minutes (hang guard, not a speed test)");
        var (findings, work) = task.Result;
        Assert.True(work.Total <= (long)WorkPerChar * text.Length, $"work {work.Total} (injection {work.InjectionChars}, decoded {work.DecodedChars}, triggers {work.TriggerChars}) for {text.Length} characters");
        foreach (var f in findings)
        {
            Assert.True(f.Start >= 0 && f.End <= text.Length && f.Start < f.End);
        }

        return findings;
    }

    /// <summary>Scans 1 MiB of <paramref name="unit"/> repeated; the findings must be ordered and within the text, and the scan must finish in bounded time.</summary>
    public static void ScansInBoundedTime(Scanner scanner, string unit)
    {
        var sb = new StringBuilder((1 << 20) + unit.Length);
        while (sb.Length < 1 << 20)
        {
            sb.Append(unit);
        }

        var text = sb.ToString();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var findings = scanner.Scan(text);
        watch.Stop();
        var end = 0;
        foreach (var f in findings)
        {
            Assert.True(f.Start >= end && f.End > f.Start && f.End <= text.Length);
            end = f.End;
        }

        // Linear work finishes a megabyte in well under a second; quadratic work would take minutes.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{unit}: {watch.Elapsed}");
    }
}
