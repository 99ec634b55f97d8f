using System.Text;

namespace Custos.Detection.Tests;

/// <summary>A megabyte of one short unit repeated: the input that makes a non-linear matcher show itself.</summary>
internal static class RepeatedUnit
{
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
