using Custos.Core.Configuration;

namespace Custos.Core.Alerts;

/// <summary>The <c>alerts:</c> section of custos.yaml: where alerts go, and when an agent's activity is a spike.</summary>
public sealed record AlertSettings(IReadOnlyList<AlertRouteDefinition> Routes, AnomalySettings Anomaly)
{
    public static AlertSettings Default { get; } = new([], AnomalySettings.Default);
}

/// <summary>How a route delivers.</summary>
public enum AlertRouteKind
{
    /// <summary>One log line per alert under the <c>Custos.Alerts</c> category (filtered; every alert is logged by the sink anyway).</summary>
    Log,

    /// <summary>An HTTP POST of the alert as JSON, signed with HMAC-SHA256 when a secret is given.</summary>
    Webhook,
}

/// <summary>One entry of <c>alerts.routes</c>.</summary>
/// <param name="Secret">The HMAC-SHA256 signing key (a <c>secret://</c> reference), or null to send unsigned.</param>
/// <param name="MinSeverity">Alerts below this severity are not sent on this route.</param>
/// <param name="Rules">Rule names or <c>prefix.*</c> patterns; empty sends every rule.</param>
public sealed record AlertRouteDefinition(
    string Name,
    AlertRouteKind Kind,
    Uri? Url,
    SecretReference? Secret,
    AlertSeverity MinSeverity,
    IReadOnlyList<string> Rules,
    SourceMark Location)
{
    /// <summary>True when this route wants <paramref name="alert"/>.</summary>
    public bool Accepts(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.Severity < MinSeverity)
        {
            return false;
        }

        if (Rules.Count == 0)
        {
            return true;
        }

        foreach (var rule in Rules)
        {
            if (rule == alert.Rule || (rule.EndsWith(".*", StringComparison.Ordinal) && alert.Rule.StartsWith(rule[..^1], StringComparison.Ordinal)) || rule == "*")
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// <c>alerts.anomaly</c>: an agent's spend and call rate are counted in windows of <see cref="Window"/>; once
/// <see cref="MinHistory"/> windows of baseline exist, a window reaching <see cref="Factor"/> times the baseline
/// (the mean of up to the last <see cref="BaselineWindows"/> windows, quiet ones counting as zero) raises one alert
/// per rule for that window.
/// </summary>
/// <param name="MinCalls">A call-rate spike needs at least this many calls in the window (a quiet agent's third call is no storm).</param>
/// <param name="MinSpendUsd">A spend spike needs at least this much spent in the window.</param>
public sealed record AnomalySettings(bool Enabled, double Factor, TimeSpan Window, int MinHistory, int MinCalls, decimal MinSpendUsd)
{
    /// <summary>How many past windows make the baseline.</summary>
    public const int BaselineWindows = 60;

    public static AnomalySettings Default { get; } = new(true, 5, TimeSpan.FromMinutes(1), 10, 20, 0.01m);
}
