using Custos.Core.Alerts;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Custos.Gateway.Mcp.Notifications;

/// <summary>
/// Keeps a chatty or hostile MCP server from flooding the ledger through what it sends unasked, each of which
/// Custos records: its log messages (each relayed message is one recorded action per session that gets it) and
/// its <c>roots/list</c> requests (each answered one is recorded, <see cref="UpstreamRequestRelay.ListRootsAsync"/>;
/// over <c>server.mcp_roots_limit</c>, one bucket per server and its one session, they are refused with a JSON-RPC
/// error, counted the same way and alerted as <c>mcp.roots_flood</c>). For log messages, a token bucket per server and logger
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

    /// <summary>The alert rule raised when a server asks for roots faster than <c>server.mcp_roots_limit</c> allows.</summary>
    public const string RootsRule = "mcp.roots_flood";

    /// <summary>The action of the entry that records suppressed log messages.</summary>
    public const string SuppressAction = "suppress";

    public const int MaxLoggersPerSystem = 64;

    /// <summary>How long a logger must send nothing before its bucket is forgotten (and its place under <see cref="MaxLoggersPerSystem"/> freed).</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(10);

    private const int MaxLoggerLength = 64;
    private const string OtherLoggers = NotificationRelay.LogPrefix + "*";
    private const string RootsStream = UpstreamRequestRelay.RootsResource;

    private readonly Lock gate = new();

    // Keyed by server and stream: "log/LOGGER" for a logger's messages, "roots" for roots/list requests.
    private readonly Dictionary<(string System, string Stream), Bucket> buckets = [];

    /// <summary>True when a log message of <paramref name="system"/>'s <paramref name="loggerName"/> may be relayed now; false when it is over the limit (then it is counted).</summary>
    public ValueTask<bool> AdmitAsync(string system, string? loggerName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(system);
        return AdmitStreamAsync(system, NotificationRelay.LogPrefix + LoggerLabel(loggerName), cancellationToken);
    }

    /// <summary>True when <paramref name="system"/>'s <c>roots/list</c> request may be answered now; false when it is over <c>server.mcp_roots_limit</c> (then it is counted).</summary>
    public ValueTask<bool> AdmitRootsAsync(string system, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(system);
        return AdmitStreamAsync(system, RootsStream, cancellationToken);
    }

    private async ValueTask<bool> AdmitStreamAsync(string system, string stream, CancellationToken cancellationToken)
    {
        var limit = LimitOf(config.Current.Server, stream);
        var now = clock.GetTimestamp();
        (string System, string Stream) key;
        bool floodStarts;
        lock (gate)
        {
            key = (system, stream);
            if (!buckets.TryGetValue(key, out var bucket))
            {
                if (stream != RootsStream && LoggersOf(system) >= MaxLoggersPerSystem)
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
            await RaiseAsync(key.System, key.Stream, limit, cancellationToken);
        }

        return false;
    }

    /// <summary>Records one entry per server and logger (and per server for roots) with what was suppressed since the last summary, and ends floods that went quiet.</summary>
    public Task SummariseAsync(CancellationToken cancellationToken) => SummariseAsync(null, cancellationToken);

    /// <param name="roots">True for the roots buckets only, false for the log buckets only, null for both.</param>
    private async Task SummariseAsync(bool? roots, CancellationToken cancellationToken)
    {
        var server = config.Current.Server;
        var now = clock.GetTimestamp();
        var due = new List<((string System, string Stream) Key, long Count)>();
        lock (gate)
        {
            foreach (var (key, bucket) in buckets.ToArray())
            {
                if (roots is { } only && only != (key.Stream == RootsStream))
                {
                    continue;
                }

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

        foreach (var ((system, stream), count) in due)
        {
            var resource = $"{system}.{stream}";
            var limit = LimitOf(server, stream);
            var description = stream == RootsStream
                ? $"{count} roots/list requests from {system} refused: over server.mcp_roots_limit ({limit.PerSecond} a second, burst {limit.Burst}); each was answered with an error and no roots"
                : $"{count} log messages from {system}/{stream[NotificationRelay.LogPrefix.Length..]} suppressed: over server.mcp_log_limit ({limit.PerSecond} a second, burst {limit.Burst}); they reached no agent";
            try
            {
                await recorder.RecordAsync(ActionRecord.ForEvent(clock.GetUtcNow(), ActionChannel.Mcp, "custos", SuppressAction, resource, description, denied: true), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Kept: the count goes into the next summary.
                LogSummaryFailed(logger, ex, system, stream, count);
                continue;
            }

            lock (gate)
            {
                if (buckets.TryGetValue((system, stream), out var bucket))
                {
                    bucket.Suppressed -= count;
                }
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Each stream on its own summary interval.
        await Task.WhenAll(SummariseEveryAsync(roots: false, stoppingToken), SummariseEveryAsync(roots: true, stoppingToken));
        await SummariseAsync(CancellationToken.None);
    }

    private async Task SummariseEveryAsync(bool roots, CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var server = config.Current.Server;
                await Task.Delay((roots ? server.McpRootsLimit : server.McpLogLimit).SummaryInterval, clock, stoppingToken);
                await SummariseAsync(roots, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: what was suppressed since the last summary is recorded after both loops end.
        }
    }

    private static McpLogLimit LimitOf(ServerSettings server, string stream) => stream == RootsStream ? server.McpRootsLimit : server.McpLogLimit;

    private int LoggersOf(string system)
    {
        var count = 0;
        foreach (var key in buckets.Keys)
        {
            if (key.System == system && key.Stream != RootsStream)
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

    private async Task RaiseAsync(string system, string stream, McpLogLimit limit, CancellationToken cancellationToken)
    {
        var alert = stream == RootsStream
            ? new Alert(
                RootsRule,
                AlertSeverity.Warning,
                $"{system}.{stream}",
                $"The MCP server '{system}' asks for roots (roots/list) faster than server.mcp_roots_limit allows ({limit.PerSecond} a second, burst {limit.Burst}). Requests over it are refused with an error; how many is recorded every {limit.SummaryInterval.TotalSeconds:0} s. A server asks for roots when it connects; one that asks in a loop is misbehaving or hostile.",
                clock.GetUtcNow())
            : new Alert(
                Rule,
                AlertSeverity.Warning,
                $"{system}.{stream}",
                $"The MCP server '{system}' sends log messages from {stream[NotificationRelay.LogPrefix.Length..]} faster than server.mcp_log_limit allows ({limit.PerSecond} a second, burst {limit.Burst}). Those over it reach no agent; how many is recorded every {limit.SummaryInterval.TotalSeconds:0} s. Look at the server, or raise the limit if the volume is expected.",
                clock.GetUtcNow());
        try
        {
            await alerts.RaiseAsync(alert, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Suppressed all the same, and counted in the summary.
            LogAlertFailed(logger, ex, system, stream);
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

    [LoggerMessage(EventId = 745, Level = LogLevel.Warning, Message = "Could not record that {Count} messages or requests from {System} ({Stream}) were suppressed; they are counted in the next summary")]
    private static partial void LogSummaryFailed(ILogger logger, Exception exception, string system, string stream, long count);

    [LoggerMessage(EventId = 746, Level = LogLevel.Warning, Message = "Could not raise the flood alert for {System} ({Stream})")]
    private static partial void LogAlertFailed(ILogger logger, Exception exception, string system, string stream);
}
