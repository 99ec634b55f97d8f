using System.Globalization;
using Custos.Core.Alerts;
using Custos.Core.Configuration;
using Custos.Core.Storage;

namespace Custos.Core.Observation;

/// <summary>
/// The <c>anomaly.spend</c> and <c>anomaly.call_rate</c> rules: each agent's recorded calls and spend are counted in
/// windows (<c>alerts.anomaly.window</c>, default a minute); the baseline is the mean of up to the last
/// <see cref="AnomalySettings.BaselineWindows"/> windows, quiet windows counting as zero. Once an agent has
/// <c>min_history</c> windows behind it, a window reaching <c>factor</c> (default 5) times its baseline raises one
/// alert per rule for that window, however long the burst goes on: no alert storms. With a store
/// (<see cref="IAnomalyWindows"/>) the windows survive a restart: they are read back on the first record after
/// one, written at most every <see cref="FlushInterval"/> of record time, at once when an alert fires (so it does
/// not fire again for the same window after a restart), and when the observers stop. When nothing is saved for
/// the window length (the first start with this version, or a new <c>window</c>), the baselines are seeded from
/// the ledger's last <see cref="MaxSeedRecords"/> records within the baseline's reach.
/// </summary>
public sealed class AnomalyRules(IConfigSource configSource, IAlertSink alerts, IAnomalyWindows? store = null, IActionRecorder? ledger = null) : IActionObserver, IAsyncDisposable
{
    /// <summary>Beyond this many agents with state, new principals are not tracked (agents come from custos.yaml).</summary>
    private const int MaxAgents = 10_000;

    /// <summary>The longest (in record time) counts wait before they are written; a crash loses at most this much.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, AgentWindows> agents = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Agent, long Window), AnomalyWindow> unsaved = [];
    private AnomalySettings? settings;
    private DateTimeOffset lastFlush = DateTimeOffset.MinValue;

    /// <summary>The most ledger records read to seed the baselines (one query, once per start at most).</summary>
    public const int MaxSeedRecords = 10_000;

    public async ValueTask ObserveAsync(ActionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var current = configSource.Current.Alerts.Anomaly;
        if (!current.Enabled || record.IsEvent || record.Principal == ActionRecord.Unauthenticated)
        {
            return;
        }

        var window = record.At.UtcTicks / current.Window.Ticks;
        if (!current.Equals(settings))
        {
            // New thresholds or window length (a reload that leaves them alone keeps the baselines): start afresh,
            // from what was saved for this window length (the first record after a restart).
            await FlushAsync(cancellationToken);
            agents.Clear();
            settings = current;
            await LoadAsync(current, window, record, cancellationToken);
        }

        if (!agents.TryGetValue(record.Principal, out var state))
        {
            if (agents.Count >= MaxAgents)
            {
                return;
            }

            state = new AgentWindows();
            agents[record.Principal] = state;
        }

        state.Advance(window);
        state.Calls++;
        state.Spend += record.Usage?.CostUsd ?? 0m;
        try
        {
            await CheckAsync(record, current, state, window, cancellationToken);
        }
        finally
        {
            unsaved[(record.Principal, state.Window)] = state.Snapshot(record.Principal);
            if (state.FiredNow || record.At - lastFlush >= FlushInterval || unsaved.Count >= MaxAgents)
            {
                state.FiredNow = false;
                lastFlush = record.At;
                await FlushAsync(cancellationToken);
            }
        }
    }

    /// <summary>Writes the counts not yet saved (the observers call this when they stop).</summary>
    public async ValueTask DisposeAsync() => await FlushAsync(CancellationToken.None);

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (store is null || settings is null || unsaved.Count == 0)
        {
            return;
        }

        var ticks = settings.Window.Ticks;
        var newest = unsaved.Keys.Max(k => k.Window);
        await store.SaveAsync(ticks, unsaved.Values.ToArray(), newest - AnomalySettings.BaselineWindows - 1, cancellationToken);
        unsaved.Clear();
    }

    private async Task LoadAsync(AnomalySettings current, long window, ActionRecord first, CancellationToken cancellationToken)
    {
        if (store is null)
        {
            return;
        }

        var saved = await store.LoadAsync(current.Window.Ticks, window - AnomalySettings.BaselineWindows - 1, cancellationToken);
        if (saved.Count == 0 && ledger is not null)
        {
            saved = await SeedAsync(current, window, first, cancellationToken);
        }

        foreach (var row in saved)
        {
            if (!agents.TryGetValue(row.Agent, out var state))
            {
                if (agents.Count >= MaxAgents)
                {
                    continue;
                }

                state = new AgentWindows();
                agents[row.Agent] = state;
            }

            // Rows come in window order per agent: replaying them closes each and fills quiet gaps with zeros.
            state.Restore(row);
        }
    }

    /// <summary>Windows counted from the ledger's records before <paramref name="first"/> (the first this process observes); a window the query's limit cut into is left out.</summary>
    private async Task<IReadOnlyList<AnomalyWindow>> SeedAsync(AnomalySettings current, long window, ActionRecord first, CancellationToken cancellationToken)
    {
        var from = new DateTimeOffset((window - AnomalySettings.BaselineWindows) * current.Window.Ticks, TimeSpan.Zero);
        var records = await ledger!.QueryAsync(new ActionQuery(Since: from, Until: first.At, Limit: MaxSeedRecords), cancellationToken);
        var oldestWhole = records.Count >= MaxSeedRecords ? (records[^1].At.UtcTicks / current.Window.Ticks) + 1 : long.MinValue;
        var counted = new Dictionary<(string Agent, long Window), (int Calls, decimal Spend)>();
        foreach (var record in records)
        {
            var at = record.At.UtcTicks / current.Window.Ticks;
            if (record.IsEvent || record.Principal == ActionRecord.Unauthenticated || record.Id == first.Id || at < oldestWhole)
            {
                continue;
            }

            var (calls, spend) = counted.GetValueOrDefault((record.Principal, at));
            counted[(record.Principal, at)] = (calls + 1, spend + (record.Usage?.CostUsd ?? 0m));
        }

        return [.. counted.OrderBy(c => c.Key.Agent, StringComparer.Ordinal).ThenBy(c => c.Key.Window).Select(c => new AnomalyWindow(c.Key.Agent, c.Key.Window, c.Value.Calls, c.Value.Spend, false, false))];
    }

    private async Task CheckAsync(ActionRecord record, AnomalySettings current, AgentWindows state, long window, CancellationToken cancellationToken)
    {
        if (state.History < current.MinHistory)
        {
            return;
        }

        var start = new DateTimeOffset(window * current.Window.Ticks, TimeSpan.Zero);
        var (meanCalls, meanSpend) = state.Baseline();
        if (!state.FiredCalls && state.Calls >= current.MinCalls && state.Calls >= current.Factor * meanCalls)
        {
            state.FiredCalls = true;
            state.FiredNow = true;
            var message = string.Create(CultureInfo.InvariantCulture,
                $"{record.Principal} made {state.Calls} calls in the {Describe(current.Window)} from {start:yyyy-MM-dd HH:mm:ss} UTC, {Times(state.Calls, meanCalls)} its baseline of {meanCalls:0.##} per {Describe(current.Window)}; check what it is doing, and halt it with 'custos agent halt {record.Principal}' if it is not expected");
            await alerts.RaiseAsync(new Alert("anomaly.call_rate", AlertSeverity.Warning, record.Principal, message, record.At, record.Principal, record.Id), cancellationToken);
        }

        if (!state.FiredSpend && state.Spend > 0 && state.Spend >= current.MinSpendUsd && (double)state.Spend >= current.Factor * (double)meanSpend)
        {
            state.FiredSpend = true;
            state.FiredNow = true;
            var message = string.Create(CultureInfo.InvariantCulture,
                $"{record.Principal} spent {state.Spend:0.########} USD in the {Describe(current.Window)} from {start:yyyy-MM-dd HH:mm:ss} UTC, {Times((double)state.Spend, (double)meanSpend)} its baseline of {meanSpend:0.########} USD per {Describe(current.Window)}; check what it is doing, and halt it with 'custos agent halt {record.Principal}' if it is not expected");
            await alerts.RaiseAsync(new Alert("anomaly.spend", AlertSeverity.Warning, record.Principal, message, record.At, record.Principal, record.Id), cancellationToken);
        }
    }

    private static string Times(double value, double mean) =>
        mean <= 0 ? "with nothing in" : string.Create(CultureInfo.InvariantCulture, $"{value / mean:0.#}x");

    private static string Describe(TimeSpan window) => window switch
    {
        { TotalDays: 1 } => "day",
        { TotalHours: 1 } => "hour",
        { TotalMinutes: 1 } => "minute",
        { TotalSeconds: 1 } => "second",
        _ => string.Create(CultureInfo.InvariantCulture, $"{window.TotalSeconds:0} s window"),
    };

    /// <summary>One agent's counts: the open window and the closed ones behind it.</summary>
    private sealed class AgentWindows
    {
        private readonly Queue<(int Calls, decimal Spend)> past = new();
        private long window = long.MinValue;

        public int Calls { get; set; }

        public decimal Spend { get; set; }

        public bool FiredCalls { get; set; }

        public bool FiredSpend { get; set; }

        /// <summary>An alert fired on the last record: its window is written at once.</summary>
        public bool FiredNow { get; set; }

        /// <summary>The open window.</summary>
        public long Window => window;

        public AnomalyWindow Snapshot(string agent) => new(agent, window, Calls, Spend, FiredCalls, FiredSpend);

        /// <summary>Takes back a saved window (in window order): the one before it closes, as if its records had just been seen.</summary>
        public void Restore(AnomalyWindow saved)
        {
            Advance(saved.Window);
            if (saved.Window == window)
            {
                Calls = saved.Calls;
                Spend = saved.Spend;
                FiredCalls = saved.FiredCalls;
                FiredSpend = saved.FiredSpend;
            }
        }

        /// <summary>Closed windows behind the open one (up to the baseline's length).</summary>
        public int History => past.Count;

        public void Advance(long to)
        {
            if (window == long.MinValue)
            {
                window = to;
                return;
            }

            if (to <= window)
            {
                // A record from an earlier window (clock skew, a slow writer) counts in the open one.
                return;
            }

            Close(Calls, Spend);
            // Quiet windows in between count as zero, up to the baseline's length.
            for (var gap = Math.Min(to - window - 1, AnomalySettings.BaselineWindows); gap > 0; gap--)
            {
                Close(0, 0m);
            }

            window = to;
            Calls = 0;
            Spend = 0m;
            FiredCalls = false;
            FiredSpend = false;
        }

        public (double Calls, decimal Spend) Baseline()
        {
            long calls = 0;
            decimal spend = 0m;
            foreach (var (c, s) in past)
            {
                calls += c;
                spend += s;
            }

            return past.Count == 0 ? (0, 0m) : ((double)calls / past.Count, spend / past.Count);
        }

        private void Close(int calls, decimal spend)
        {
            past.Enqueue((calls, spend));
            while (past.Count > AnomalySettings.BaselineWindows)
            {
                past.Dequeue();
            }
        }
    }
}
