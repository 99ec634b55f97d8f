namespace Custos.Core.Storage;

/// <summary>
/// The audit trail's write side. <see cref="RecordAsync"/> returns only once the record is durable; if it
/// throws, the action must not take effect.
/// </summary>
public interface IActionRecorder
{
    ValueTask RecordAsync(ActionRecord record, CancellationToken cancellationToken);

    Task<IReadOnlyList<ActionRecord>> QueryAsync(ActionQuery query, CancellationToken cancellationToken);
}
