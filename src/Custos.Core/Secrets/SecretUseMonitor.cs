using System.Globalization;
using Custos.Core.Alerts;
using Custos.Core.Configuration;
using Custos.Core.Observation;
using Custos.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Custos.Core.Secrets;

/// <summary>
/// Watches every recorded action's injected secrets (<see cref="ActionRecord.Secrets"/>), off the hot path, and
/// raises <c>secret.unusual_use</c> when one agent's use of one secret looks unlike its own history: an hour with far
/// more uses than usual, or a use at an hour of the day it never used the secret at (<see cref="UnusualUseSettings"/>).
/// Counts are kept per hour (<see cref="ISecretUseHours"/>) and forgotten after the baseline window.
/// </summary>
/// <remarks>
/// The current hour is counted in memory: the history is read once per secret, agent and hour, and the count is
/// written when the hour turns, at most once a minute while it runs, and when the monitor is disposed. A write per
/// use would take the database's write lock beside every ledger commit and show up in the actions' latency.
/// Observers run on one loop (<see cref="ActionObservers"/>), so the state needs no lock.
/// </remarks>
public sealed partial class SecretUseMonitor(IConfigSource configSource, ISecretUseHours hours, IAlertSink alerts, ILogger<SecretUseMonitor> logger) : IActionObserver, IAsyncDisposable
{
    /// <summary>The alert rule this raises.</summary>
    public const string Rule = "secret.unusual_use";

    /// <summary>How long an hour's count may stay in memory only, while the hour lasts.</summary>
    public static readonly TimeSpan FlushEvery = TimeSpan.FromMinutes(1);

    private readonly Dictionary<(string Reference, string Agent), HourState> states = [];
    private long prunedHour;

    public async ValueTask ObserveAsync(ActionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.IsEvent || record.Secrets is not { Count: > 0 } secrets || record.Principal == ActionRecord.Unauthenticated)
        {
            return;
        }

        var settings = configSource.Current.Secrets.UnusualUse;
        if (!settings.Enabled)
        {
            return;
        }

        var at = record.At.ToUniversalTime();
        var hour = new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, 0, 0, TimeSpan.Zero);
        var baselineStart = hour.AddDays(-settings.BaselineDays);
        var index = hour.ToUnixTimeSeconds() / 3600;
        if (Interlocked.Exchange(ref prunedHour, index) != index)
        {
            await hours.PruneAsync(baselineStart.AddDays(-1), cancellationToken);
        }

        // Most actions inject one credential: the set that skips a reference named twice is made only for more.
        var seen = secrets.Count > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var entry in secrets)
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            var reference = equals < 0 ? entry : entry[(equals + 1)..];
            if (seen is not null && !seen.Add(reference))
            {
                continue;
            }

            var state = await StateAsync(reference, record.Principal, hour, baselineStart, at, cancellationToken);
            var count = ++state.Count;
            state.Unwritten++;
            if (at - state.WrittenAt >= FlushEvery)
            {
                await WriteAsync(reference, record.Principal, state, at, cancellationToken);
            }

            var history = state.History;
            if (state.Days < settings.MinHistoryDays)
            {
                continue;
            }

            var window = $"the last {settings.BaselineDays} days";
            if (settings.Hours && count == 1 && !history.Any(h => h.Hour.Hour == hour.Hour))
            {
                var usual = string.Join(", ", history.Select(h => h.Hour.Hour).Distinct().Order().Select(h => h.ToString("00", CultureInfo.InvariantCulture)));
                await RaiseAsync(record, reference, $"agent {record.Principal} used {reference} between {hour:HH}:00 and {hour.AddHours(1):HH}:00 UTC, an hour of the day it had not used it at in {window} (its hours: {usual}); check what the agent is doing and halt it if this is not expected", cancellationToken);
            }

            var average = (double)history.Sum(h => h.Count) / history.Count;
            var threshold = Math.Max(settings.MinUses, (long)Math.Ceiling(settings.VolumeFactor * average));
            if (count == threshold)
            {
                await RaiseAsync(record, reference, $"agent {record.Principal} used {reference} {count} times in the hour from {hour:yyyy-MM-dd HH}:00 UTC, at least {settings.VolumeFactor}x its average of {average.ToString("0.#", CultureInfo.InvariantCulture)} in the hours it used it over {window}; check what the agent is doing and halt it if this is not expected", cancellationToken);
            }
        }
    }

    /// <summary>Writes the counts still only in memory.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var ((reference, agent), state) in states)
        {
            if (state.Unwritten > 0)
            {
                await WriteAsync(reference, agent, state, state.WrittenAt, CancellationToken.None);
            }
        }

        states.Clear();
    }

    // The secret's state for this hour: from memory, or (first use in the hour, or after a restart) its history and
    // the hour's count so far from the store, once the previous hour's count is written.
    private async ValueTask<HourState> StateAsync(string reference, string agent, DateTimeOffset hour, DateTimeOffset baselineStart, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var key = (reference, agent);
        if (states.TryGetValue(key, out var state))
        {
            if (state.Hour == hour)
            {
                return state;
            }

            if (state.Unwritten > 0)
            {
                await WriteAsync(reference, agent, state, at, cancellationToken);
            }
        }

        var stored = await hours.HoursAsync(reference, agent, baselineStart, hour.AddHours(1), cancellationToken);
        var current = stored.Where(h => h.Hour == hour).Sum(h => h.Count);
        state = new HourState(hour, [.. stored.Where(h => h.Hour < hour)]) { Count = current, WrittenAt = at };
        states[key] = state;
        return state;
    }

    private async ValueTask WriteAsync(string reference, string agent, HourState state, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var uses = state.Unwritten;
        state.Unwritten = 0;
        state.WrittenAt = at;
        await hours.AddAsync(reference, agent, state.Hour, (int)uses, cancellationToken);
    }

    private sealed class HourState(DateTimeOffset hour, IReadOnlyList<SecretUseHour> history)
    {
        public DateTimeOffset Hour { get; } = hour;

        /// <summary>The hours before this one in the baseline window.</summary>
        public IReadOnlyList<SecretUseHour> History { get; } = history;

        /// <summary>The distinct days <see cref="History"/> covers: counted once per hour, not once per use.</summary>
        public int Days { get; } = history.Select(h => DateOnly.FromDateTime(h.Hour.UtcDateTime)).Distinct().Count();

        /// <summary>This hour's uses, written or not.</summary>
        public long Count { get; set; }

        /// <summary>The uses not yet written to the store.</summary>
        public long Unwritten { get; set; }

        public DateTimeOffset WrittenAt { get; set; }
    }

    private async Task RaiseAsync(ActionRecord record, string reference, string message, CancellationToken cancellationToken)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogUnusual(logger, reference, record.Principal, record.Id);
        }

        await alerts.RaiseAsync(new Alert(Rule, AlertSeverity.Warning, reference, message, record.At, record.Principal, record.Id), cancellationToken);
    }

    [LoggerMessage(EventId = 330, Level = LogLevel.Debug, Message = "Unusual use of {Reference} by {Agent} (action {ActionId})")]
    private static partial void LogUnusual(ILogger logger, string reference, string agent, Guid actionId);
}
