using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Custos.Core.Alerts;

/// <summary>
/// Records each alert as a ledger event (action <c>alert</c>, resource <c>RULE:SUBJECT</c>, the message as its
/// reason; <c>incident.open</c> beside it when the alert opens one), writes it to the log, then hands it to the
/// configured routes.
/// </summary>
public sealed partial class LedgerAlertSink(IActionRecorder recorder, ILogger<LedgerAlertSink> logger, IEnumerable<IAlertRoute>? routes = null) : IAlertSink
{
    private readonly IAlertRoute[] routes = routes?.ToArray() ?? [];

    public async ValueTask RaiseAsync(Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var resource = $"{alert.Rule}:{alert.Subject}";
        var reason = alert.ActionId is { } id ? $"{alert.Message} (action {id})" : alert.Message;
        await recorder.RecordAsync(ActionRecord.ForEvent(alert.At, ActionChannel.ControlPlane, "custos", "alert", resource, reason, denied: alert.Severity == AlertSeverity.Critical), cancellationToken);
        if (alert.OpensIncident)
        {
            await recorder.RecordAsync(ActionRecord.ForEvent(alert.At, ActionChannel.ControlPlane, "custos", "incident.open", resource, reason, denied: true), cancellationToken);
        }

        var level = alert.Severity switch
        {
            AlertSeverity.Critical => LogLevel.Critical,
            AlertSeverity.Warning => LogLevel.Warning,
            _ => LogLevel.Information,
        };
        if (logger.IsEnabled(level))
        {
            LogAlert(logger, level, alert.Rule, alert.Subject, reason);
        }

        foreach (var route in routes)
        {
            try
            {
                route.Deliver(alert);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The alert is in the ledger; a broken route must not undo or fail the action that raised it.
                LogRouteFailed(logger, route.GetType().Name, alert.Rule, e.GetType().Name);
            }
        }
    }

    [LoggerMessage(EventId = 500, Message = "Alert {Rule} on {Subject}: {Message}")]
    private static partial void LogAlert(ILogger logger, LogLevel level, string rule, string subject, string message);

    [LoggerMessage(EventId = 501, Level = LogLevel.Error, Message = "Alert route {Route} failed for {Rule} with {Error}")]
    private static partial void LogRouteFailed(ILogger logger, string route, string rule, string error);
}
