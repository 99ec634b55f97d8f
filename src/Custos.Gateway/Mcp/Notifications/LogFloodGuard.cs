using Custos.Core.Alerts;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Custos.Gateway.Mcp.Notifications;

/// <summary>
/// Keeps a chatty or hostile MCP server from flooding the ledger through its log messages (each relayed message
/// is one recorded action per session that gets it). A token bucket per server and logger
/// (<c>server.mcp_log_limit</c>: <see cref="McpLogLimit.Burst"/> at once, then <see cref="McpLogLimit.PerSecond"/> a
/// second) decides which messages are relayed. Nothing over the limit is dropped silently: it is counted, and each
/// <see cref="McpLogLimit.SummaryInterval"/> one entry per server and logger records how many were suppressed (kept
/// and tried again if it cannot be recorded); the first suppression of a flood raises one <c>mcp.log_flood</c>
/// alert, and a flood ends after an interval with nothing suppressed. A server gets at most
/// <see cref="MaxLoggersPerSystem"/> buckets of its own, each kept until it was quiet for <see cref="IdleLifetime"/>:
/// messages from further logger names share one (<c>log/*</c>), so new names do not buy new bursts.
/// </summary>
public sealed partial class LogFloodGuard(IConfigSource config, IActionRecorder recorder, IAlertSink alerts, TimeProvider clock, ILogger<LogFloodGuard> logger) : BackgroundService
{
    public const string Rule = "mcp.log_flood";

    /// <summary>The action of the entry that records suppressed log messages.</summary>
    public const string SuppressAction = "suppress";

    public const int MaxLoggersPerSystem = 64;

    /// <summary>How long a logger must send nothing before its bucket is forgotten (and its place under <see cref="MaxLoggersPerSystem"/> freed).</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(10);

    private const int MaxLoggerLength = 64;
    private const string OtherLoggers = "*";

    private readonly Lock gate = new();
    private readonly Dictionary<(string System, string Logger), Bucket> buckets = [];

    /// <summary>True when a log message of <paramref name="system"/>'s <paramref name="loggerName"/> may be relayed now; false when it is over the limit (then it is counted).</summary>
    public async ValueTask<bool> AdmitAsync(string system, string? loggerName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(system);
        var limit = config.Current.Server.McpLogLimit;
        var now = clock.GetTimestamp();
        (string System, string Logger) key;
        bool floodStarts;
        lock (gate)
        {
            key = (system, LoggerLabel(loggerName));
            if (!buckets.TryGetValue(key, out var bucket))
            {
                if (CountOf(system) >= MaxLoggersPerSystem)
                {
                    key = (system, OtherLoggers);
                }

                if (!buckets.TryGetValue(key, out bucket))
                {
                    bucket = new Bucket { Tokens = limit.Burst, RefilledAt = now };
                    buckets[key] = bucket;
                }
            }

            bucket.Refill(limit, now, clock);
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens--;
                return true;
            }

            bucket.Suppressed++;
            bucket.SuppressedSinceSummary = true;
            floodStarts = !bucket.Flooding;
            bucket.Flooding = true;
        }

        if (floodStarts)
        {
            await RaiseAsync(key.System, key.Logger, limit, cancellationToken);
        }

        return false;
    }

    /// <summary>Records one entry per server and logger with messages suppressed since the last summary, and ends floods that went quiet.</summary>
    public async Task SummariseAsync(CancellationToken cancellationToken)
    {
        var limit = config.Current.Server.McpLogLimit;
        var now = clock.GetTimestamp();
        var due = new List<((string System, string Logger) Key, long Count)>();
        lock (gate)
        {
            foreach (var (key, bucket) in buckets.ToArray())
            {
                if (bucket.Suppressed > 0)
                {
                    due.Add((key, bucket.Suppressed));
                }
                else if (!bucket.SuppressedSinceSummary)
                {
                    bucket.Flooding = false;
                    if (clock.GetElapsedTime(bucket.RefilledAt, now) > IdleLifetime)
                    {
                        // Long quiet: forget it. Not sooner, or a server that keeps changing its logger names would get fresh bursts.
                        buckets.Remove(key);
                    }
                }

                bucket.SuppressedSinceSummary = false;
            }
        }

        foreach (var ((system, loggerLabel), count) in due)
        {
            var resource = $"{system}.{NotificationRelay.LogPrefix}{loggerLabel}";
            var description = $"{count} log messages from {system}/{loggerLabel} suppressed: over server.mcp_log_limit ({limit.PerSecond} a second, burst {limit.Burst}); they reached no agent";
            try
            {
                await recorder.RecordAsync(ActionRecord.ForEvent(clock.GetUtcNow(), ActionChannel.Mcp, "custos", SuppressAction, resource, description, denied: true), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Kept: the count goes into the next summary.
                LogSummaryFailed(logger, ex, system, loggerLabel, count);
                continue;
            }

            lock (gate)
            {
                if (buckets.TryGetValue((system, loggerLabel), out var bucket))
                {
                    bucket.Suppressed -= count;
                }
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(config.Current.Server.McpLogLimit.SummaryInterval, clock, stoppingToken);
                await SummariseAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: what was suppressed since the last summary is recorded below.
        }

        await SummariseAsync(CancellationToken.None);
    }

    private int CountOf(string system)
    {
        var count = 0;
        foreach (var key in buckets.Keys)
        {
            if (key.System == system)
            {
                count++;
            }
        }

        return count;
    }

    private static string LoggerLabel(string? loggerName)
    {
        if (string.IsNullOrEmpty(loggerName))
        {
            return "default";
        }

        var label = McpCatalogGateway.Nameable(loggerName);
        return label.Length <= MaxLoggerLength ? label : label[..MaxLoggerLength];
    }

    private async Task RaiseAsync(string system, string loggerLabel, McpLogLimit limit, CancellationToken cancellationToken)
    {
        try
        {
            await alerts.RaiseAsync(new Alert(
                Rule,
                AlertSeverity.Warning,
                $"{system}.{NotificationRelay.LogPrefix}{loggerLabel}",
                $"The MCP server '{system}' sends log messages from {loggerLabel} faster than server.mcp_log_limit allows ({limit.PerSecond} a second, burst {limit.Burst}). Those over it reach no agent; how many is recorded every {limit.SummaryInterval.TotalSeconds:0} s. Look at the server, or raise the limit if the volume is expected.",
                clock.GetUtcNow()), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The messages are suppressed all the same, and counted in the summary.
            LogAlertFailed(logger, ex, system, loggerLabel);
        }
    }

    private sealed class Bucket
    {
        public double Tokens;
        public long RefilledAt;
        public long Suppressed;
        public bool SuppressedSinceSummary;
        public bool Flooding;

        public void Refill(McpLogLimit limit, long now, TimeProvider clock)
        {
            Tokens = Math.Min(limit.Burst, Tokens + (clock.GetElapsedTime(RefilledAt, now).TotalSeconds * limit.PerSecond));
            RefilledAt = now;
        }
    }

    [LoggerMessage(EventId = 745, Level = LogLevel.Warning, Message = "Could not record that {Count} log messages from {System}/{LoggerName} were suppressed; they are counted in the next summary")]
    private static partial void LogSummaryFailed(ILogger logger, Exception exception, string system, string loggerName, long count);

    [LoggerMessage(EventId = 746, Level = LogLevel.Warning, Message = "Could not raise the log flood alert for {System}/{LoggerName}")]
    private static partial void LogAlertFailed(ILogger logger, Exception exception, string system, string loggerName);
}
