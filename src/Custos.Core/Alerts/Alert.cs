namespace Custos.Core.Alerts;

/// <summary>How urgently a person should look at an alert.</summary>
public enum AlertSeverity
{
    Info,
    Warning,
    Critical,
}

/// <summary>
/// Something an operator should know now: a budget's soft limit passed, a spike over an agent's baseline, a
/// honeytoken touched, a known secret seen leaving, a poisoned tool definition. Every alert is recorded in the
/// ledger before it is routed anywhere (log, webhook), so the audit trail holds every alert even when a route
/// is down. The text never carries a secret value or a finding's text.
/// </summary>
/// <param name="Rule">Dotted name of what fired, stable for routing and dashboards: <c>budget.soft_limit</c>, <c>anomaly.spend</c>, <c>anomaly.call_rate</c>, <c>secret.honeytoken</c>, <c>secret.out_of_scope</c>, <c>secret.unusual_use</c>, <c>secret.leak</c>, <c>mcp.tool_poisoned</c>, <c>mcp.log_flood</c>.</param>
/// <param name="Severity">How urgent.</param>
/// <param name="Subject">What it is about: an agent, a secret reference, a tool (<c>files.read_file</c>).</param>
/// <param name="Message">One or two sentences for a person: what happened, and what to do.</param>
/// <param name="At">When it was observed.</param>
/// <param name="Agent">The agent concerned, when there is one.</param>
/// <param name="ActionId">The action that set it off, when there is one.</param>
/// <param name="OpensIncident">True when the alert also opens an incident (a leak, a honeytoken): recorded as an <c>incident.open</c> event.</param>
public sealed record Alert(
    string Rule,
    AlertSeverity Severity,
    string Subject,
    string Message,
    DateTimeOffset At,
    string? Agent = null,
    Guid? ActionId = null,
    bool OpensIncident = false);
