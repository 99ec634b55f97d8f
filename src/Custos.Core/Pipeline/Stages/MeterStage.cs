using Custos.Core.Metering;

namespace Custos.Core.Pipeline.Stages;

/// <summary>Prices what the forwarder reported the call consumed, so the record carries tokens and cost.</summary>
public sealed class MeterStage : IPipelineStage
{
    public StageName Stage => StageName.Meter;

    public ValueTask InvokeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Usage is { CostUsd: null } usage)
        {
            context.Usage = usage with { CostUsd = context.Config.Prices.CostOf(usage) };
        }

        return ValueTask.CompletedTask;
    }
}
