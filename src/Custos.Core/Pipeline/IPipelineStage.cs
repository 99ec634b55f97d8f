namespace Custos.Core.Pipeline;

/// <summary>
/// One step of the pipeline. A stage reads and updates the <see cref="ActionContext"/>; to stop the action it
/// calls <see cref="ActionContext.Deny"/>. Stages before <see cref="StageName.Forward"/> are skipped once the
/// action is denied; the record stage always runs.
/// </summary>
public interface IPipelineStage
{
    StageName Stage { get; }

    ValueTask InvokeAsync(ActionContext context, CancellationToken cancellationToken);
}
