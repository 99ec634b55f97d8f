using Custos.Core.Storage;

namespace Custos.Core.Observation;

/// <summary>
/// Watches recorded actions off the hot path (anomaly baselines, secret-use patterns, incident rules). Gets
/// each record after it is durable, on a background loop; a slow or failing observer never delays an action.
/// </summary>
public interface IActionObserver
{
    ValueTask ObserveAsync(ActionRecord record, CancellationToken cancellationToken);
}
