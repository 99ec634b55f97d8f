using System.Diagnostics.Metrics;
using System.Globalization;

namespace Custos.Benchmarks;

/// <summary>
/// Listens to Custos's <c>custos.stage.duration</c> and <c>custos.action.duration</c> histograms while
/// <see cref="Counting"/> is set, and prints where an action's time went: mean, p50 and p99 per stage.
/// </summary>
internal sealed class StageTimes : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly Dictionary<string, List<double>> stages = new(StringComparer.Ordinal);
    private readonly List<double> actions = [];
    private readonly Lock gate = new();

    public StageTimes()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == Core.Telemetry.CustosTelemetry.Name && instrument.Name is "custos.stage.duration" or "custos.action.duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (!Counting)
            {
                return;
            }

            var name = instrument.Name == "custos.action.duration" ? null : StageOf(tags);
            lock (gate)
            {
                if (name is null)
                {
                    actions.Add(value * 1000);
                }
                else
                {
                    if (!stages.TryGetValue(name, out var list))
                    {
                        stages[name] = list = [];
                    }

                    list.Add(value * 1000);
                }
            }
        });
        listener.Start();
    }

    public volatile bool Counting;

    private static string? StageOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "custos.stage" && tag.Value is string stage)
            {
                return stage;
            }
        }

        return null;
    }

    public void Print()
    {
        lock (gate)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"stage",-24} {"mean ms",8} {"p50 ms",8} {"p99 ms",8}"));
            if (actions.Count > 0)
            {
                Line("whole action, recorded", actions);
            }

            foreach (var (stage, times) in stages.OrderByDescending(s => s.Value.Average()))
            {
                Line(stage, times);
            }
        }
    }

    private static void Line(string name, List<double> times)
    {
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-24} {times.Average(),8:N3} {Latencies.Percentile(times, 50),8:N3} {Latencies.Percentile(times, 99),8:N3}"));
    }

    public void Dispose() => listener.Dispose();
}
