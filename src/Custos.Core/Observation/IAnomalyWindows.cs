namespace Custos.Core.Observation;

/// <summary>
/// Where the anomaly rules keep each agent's counted windows, so a restart does not reset the baselines (and an
/// alert already raised for a window is not raised again). Rows are per window length: a new length starts afresh.
/// </summary>
public interface IAnomalyWindows
{
    /// <summary>Every agent's windows of <paramref name="windowTicks"/> from <paramref name="fromWindow"/> on.</summary>
    Task<IReadOnlyList<AnomalyWindow>> LoadAsync(long windowTicks, long fromWindow, CancellationToken cancellationToken);

    /// <summary>Writes (replaces) <paramref name="windows"/> and forgets those of this length before <paramref name="keepFrom"/>.</summary>
    Task SaveAsync(long windowTicks, IReadOnlyCollection<AnomalyWindow> windows, long keepFrom, CancellationToken cancellationToken);
}

/// <summary>One agent's counts in one window, and whether each rule has already alerted for it.</summary>
public sealed record AnomalyWindow(string Agent, long Window, int Calls, decimal Spend, bool FiredCalls, bool FiredSpend);
