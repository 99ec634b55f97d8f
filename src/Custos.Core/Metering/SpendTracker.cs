using System.Collections.Concurrent;
using Custos.Core.Storage;

namespace Custos.Core.Metering;

/// <summary>
/// What each agent has spent today and this month (UTC), for budgets and for <c>context.spendTodayUsd</c> in
/// policy. Kept in memory, seeded once from the audit trail (the costs recorded since the month began), and
/// added to as calls are metered, so no action pays for a query.
/// </summary>
public sealed class SpendTracker(IActionRecorder store, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Totals> totals = new(StringComparer.Ordinal);
    private readonly Lock seedGate = new();
    private Task? seed;
    private volatile bool seeded;

    public async ValueTask<(decimal Today, decimal Month)> SpentAsync(string agent, CancellationToken cancellationToken)
    {
        await EnsureSeededAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return totals.TryGetValue(agent, out var t) ? t.Read(now) : (0m, 0m);
    }

    /// <summary>Adds a metered cost; returns the agent's totals after it.</summary>
    public async ValueTask<(decimal Today, decimal Month)> AddAsync(string agent, DateTimeOffset at, decimal usd, CancellationToken cancellationToken)
    {
        await EnsureSeededAsync(cancellationToken);
        return totals.GetOrAdd(agent, _ => new Totals()).Add(at, usd, clock.GetUtcNow());
    }

    private async ValueTask EnsureSeededAsync(CancellationToken cancellationToken)
    {
        if (seeded)
        {
            return;
        }

        Task task;
        lock (seedGate)
        {
            task = seed ??= SeedAsync();
        }

        try
        {
            await task.WaitAsync(cancellationToken);
        }
        catch when (!cancellationToken.IsCancellationRequested)
        {
            // A failed read is tried again by the next action rather than remembered.
            lock (seedGate)
            {
                if (ReferenceEquals(seed, task))
                {
                    seed = null;
                }
            }

            throw;
        }
    }

    private async Task SeedAsync()
    {
        var now = clock.GetUtcNow();
        var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var records = (await store.QueryAsync(new ActionQuery(Since: monthStart, Limit: int.MaxValue, Action: "complete"), CancellationToken.None))
            .Concat(await store.QueryAsync(new ActionQuery(Since: monthStart, Limit: int.MaxValue, Action: "embed"), CancellationToken.None));
        foreach (var record in records)
        {
            if (record.Usage?.CostUsd is { } cost && cost > 0)
            {
                totals.GetOrAdd(record.Principal, _ => new Totals()).Add(record.At, cost, now);
            }
        }

        seeded = true;
    }

    private sealed class Totals
    {
        private readonly Lock gate = new();
        private DateOnly day;
        private decimal today;
        private (int Year, int Month) month;
        private decimal thisMonth;

        public (decimal Today, decimal Month) Read(DateTimeOffset now)
        {
            lock (gate)
            {
                Roll(now);
                return (today, thisMonth);
            }
        }

        public (decimal Today, decimal Month) Add(DateTimeOffset at, decimal usd, DateTimeOffset now)
        {
            lock (gate)
            {
                Roll(now);
                var utc = at.ToUniversalTime();
                if ((utc.Year, utc.Month) == month)
                {
                    thisMonth += usd;
                    if (DateOnly.FromDateTime(utc.UtcDateTime) == day)
                    {
                        today += usd;
                    }
                }

                return (today, thisMonth);
            }
        }

        private void Roll(DateTimeOffset now)
        {
            var utc = now.ToUniversalTime();
            var currentDay = DateOnly.FromDateTime(utc.UtcDateTime);
            if (currentDay != day)
            {
                day = currentDay;
                today = 0;
            }

            if ((utc.Year, utc.Month) != month)
            {
                month = (utc.Year, utc.Month);
                thisMonth = 0;
            }
        }
    }
}
