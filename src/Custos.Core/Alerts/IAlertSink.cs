namespace Custos.Core.Alerts;

/// <summary>
/// Where alerts go. <see cref="RaiseAsync"/> returns once the alert is durable in the ledger; delivery to
/// routes (log, webhook) happens after that and never blocks or fails the caller's action.
/// </summary>
public interface IAlertSink
{
    ValueTask RaiseAsync(Alert alert, CancellationToken cancellationToken);
}
