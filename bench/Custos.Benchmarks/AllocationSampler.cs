using System.Diagnostics.Tracing;
using System.Globalization;

namespace Custos.Benchmarks;

/// <summary>
/// Samples this process's allocations by type from the runtime's own events (one <c>GCAllocationTick</c> per
/// ~100 KB allocated, naming the type that crossed it), while <see cref="Counting"/> is set: where the kilobytes
/// per request go. Diagnostic only (<c>--allocations</c>); the samples are statistical.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> bytes = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public volatile bool Counting;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!Counting || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var type = "?";
        long amount = 0;
        for (var i = 0; i < eventData.PayloadNames!.Count; i++)
        {
            switch (eventData.PayloadNames[i])
            {
                case "TypeName":
                    type = eventData.Payload[i] as string ?? "?";
                    break;
                case "AllocationAmount64":
                    amount = Convert.ToInt64(eventData.Payload[i], CultureInfo.InvariantCulture);
                    break;
            }
        }

        lock (gate)
        {
            bytes[type] = bytes.GetValueOrDefault(type) + amount;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            bytes.Clear();
        }
    }

    public void Print(int requests, int top = 25)
    {
        lock (gate)
        {
            var total = bytes.Values.Sum();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  sampled allocations by type ({total / 1024.0 / Math.Max(1, requests):N1} KB per request in the samples):"));
            foreach (var (type, amount) in bytes.OrderByDescending(b => b.Value).Take(top))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {amount / 1024.0 / Math.Max(1, requests),8:N2} KB  {type}"));
            }
        }
    }
}
