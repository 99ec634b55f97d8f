namespace Custos.Core.Alerts;

/// <summary>
/// One destination for recorded alerts (the log, a webhook). Called off the action's path, after the alert is
/// in the ledger; a route that fails is retried or reported by its own implementation, never by the caller.
/// </summary>
public interface IAlertRoute
{
    /// <summary>Hands the alert to the route; may queue it and return at once.</summary>
    void Deliver(Alert alert);
}
