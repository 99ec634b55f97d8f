using Custos.Core.Pipeline;
using Custos.Server.Workspaces;
using Custos.Storage.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Custos.Server.Hosting;

/// <summary>
/// Applies <c>retention</c> while the server runs: a minute after start and then once a day, it drops payloads
/// and entries past their retention (leaf hashes stay) and records the run as a <c>retention.prune</c> event,
/// also when nothing was due, so the ledger shows that retention ran. A failed run is logged and retried at
/// the next one; it never stops the server.
/// </summary>
internal sealed partial class RetentionService(Workspace workspace, TimeProvider clock, ILogger<RetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan FirstRun = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Period = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstRun, clock, stoppingToken);
            using var timer = new PeriodicTimer(Period, clock);
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await SqliteRetention.PruneAsync(
                workspace.Store, workspace.Config.Retention, clock.GetUtcNow(), "custos", ActionChannel.ControlPlane, dryRun: false, cancellationToken);
            LogPruned(logger, result);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
    }

    private static void LogPruned(ILogger logger, RetentionPrune result)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var what = SqliteRetention.Describe(result);
            LogPrunedText(logger, what);
        }
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Retention: dropped {What}")]
    private static partial void LogPrunedText(ILogger logger, string what);

    [LoggerMessage(EventId = 41, Level = LogLevel.Error, Message = "Retention could not run; it is retried at the next run")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
