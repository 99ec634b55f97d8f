using System.Globalization;
using System.Runtime.InteropServices;

namespace Custos.Benchmarks;

/// <summary>
/// Thread hand-offs in this process during a measurement, counted instead of timed: work items the thread pool
/// completed (each an await that resumed on another thread, a queued callback, a timer) and the kernel's context
/// switches of all its threads (<c>getrusage</c>: voluntary, a thread that blocked or waited; involuntary, one the
/// scheduler took the core from). On two cores each hand-off is a chance to wait behind another thread, the p99's
/// main source besides the collector. Process-wide: the client and, for the LLM rows, the stub are in it too, so
/// compare a row with its direct row, or a build with another.
/// </summary>
internal readonly partial record struct Scheduling(long PoolItems, long Voluntary, long Involuntary)
{
    public static Scheduling Start()
    {
        var (voluntary, involuntary) = ContextSwitches();
        return new(ThreadPool.CompletedWorkItemCount, voluntary, involuntary);
    }

    /// <summary>Per request since <see cref="Start"/>: thread-pool work items, voluntary and involuntary context switches.</summary>
    public (double PoolItems, double Voluntary, double Involuntary) Per(int requests)
    {
        if (requests == 0)
        {
            return (0, 0, 0);
        }

        var (voluntary, involuntary) = ContextSwitches();
        return ((ThreadPool.CompletedWorkItemCount - PoolItems) / (double)requests, (voluntary - Voluntary) / (double)requests, (involuntary - Involuntary) / (double)requests);
    }

    public string Describe(int requests)
    {
        var (pool, voluntary, involuntary) = Per(requests);
        return string.Create(CultureInfo.InvariantCulture, $"pool items/req {pool,6:N2}  switches/req {voluntary,6:N2} vol {involuntary,5:N2} invol");
    }

    /// <summary>This process's context switches so far (all threads, finished ones included); zeros where getrusage is not there.</summary>
    public static (long Voluntary, long Involuntary) ContextSwitches()
    {
        if (!OperatingSystem.IsLinux())
        {
            return (0, 0);
        }

        // struct rusage on 64-bit Linux: two timevals (4 longs), then 14 longs of which ru_nvcsw and ru_nivcsw are the last two.
        Span<long> usage = stackalloc long[18];
        return GetRusage(0, ref MemoryMarshal.GetReference(usage)) == 0 ? (usage[16], usage[17]) : (0, 0);
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, ref long usage);
}
