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

    /// <summary>Scans 1 MiB of <paramref name="unit"/> repeated; the findings must be ordered and within the text, and the scan must finish within bounded CPU time.</summary>
    public static IReadOnlyList<Finding> ScansInBoundedTime(Scanner scanner, string unit, int mebibytes = 1, double cpuSeconds = 20)
    {
        var sb = new StringBuilder((mebibytes << 20) + unit.Length);
        while (sb.Length < mebibytes << 20)
        {
            sb.Append(unit);
        }

        var text = sb.ToString();
        var before = ThreadCpuTime();
        var findings = scanner.Scan(text);
        var spent = ThreadCpuTime() - before;
        var end = 0;
        foreach (var f in findings)
        {
            Assert.True(f.Start >= end && f.End > f.Start && f.End <= text.Length);
            end = f.End;
        }

        // Linear work finishes a megabyte in well under a second of CPU; quadratic work would take hours. The clock is
        // this thread's own CPU time, so a loaded machine (other processes, other tests) does not move it.
        Assert.True(spent < TimeSpan.FromSeconds(cpuSeconds), $"{unit}: {spent.TotalSeconds:F2} s of this thread's CPU time");
        return findings;
    }

    /// <summary>The CPU time this thread has used (CLOCK_THREAD_CPUTIME_ID): the scan runs on the calling thread.</summary>
    internal static TimeSpan ThreadCpuTime()
    {
        Assert.Equal(0, ClockGetTime(ThreadCpuClock, out var time));
        return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
    }

    private const int ThreadCpuClock = 3;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
