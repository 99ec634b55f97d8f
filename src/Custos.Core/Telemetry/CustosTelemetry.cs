using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Custos.Core.Telemetry;

/// <summary>The one <see cref="ActivitySource"/> and one <see cref="Meter"/> named "Custos".</summary>
public static class CustosTelemetry
{
    public const string Name = "Custos";

    public static readonly ActivitySource ActivitySource = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Actions decided, tagged with channel, decision (allow or deny), outcome and the stage that stopped them.</summary>
    public static readonly Counter<long> Actions = Meter.CreateCounter<long>("custos.actions", unit: "{action}", description: "Agent actions decided by the pipeline");

    /// <summary>Time each stage took, tagged <c>custos.stage</c>: where an action's time goes. Recorded only while someone listens.</summary>
    public static readonly Histogram<double> StageDuration = Meter.CreateHistogram<double>("custos.stage.duration", unit: "s", description: "Time an action spent in one pipeline stage");

    public static readonly Histogram<double> ActionDuration = Meter.CreateHistogram<double>("custos.action.duration", unit: "s", description: "Time an action spent in the pipeline, recording included");
}
