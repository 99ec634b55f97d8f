namespace Custos.Core.Pipeline.Stages;

/// <summary>Runs the adapter's forwarder (the upstream call, or the control-plane operation) once allowed.</summary>
public sealed class ForwardStage : IPipelineStage
{
    public StageName Stage => StageName.Forward;

    public ValueTask InvokeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Forwarder is { } forward ? forward(context, cancellationToken) : ValueTask.CompletedTask;
    }
}
