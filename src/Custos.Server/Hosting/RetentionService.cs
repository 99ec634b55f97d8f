using Custos.Core.Pipeline;
using Custos.Server.Workspaces;
using Custos.Storage.Sqlite;
using Microsoft.Extensions.Logging;

namespace Custos.Server.Hosting;

/// <summary>
/// Applies <c>retention</c> while the server runs: a minute after start and then once a day, it drops payloads
/// and entries past their retention (leaf hashes stay) and records the run as a <c>retention.prune</c> event,
/// also when nothing was due, so the ledger shows that retention ran. A failed run is logged and retried at
/// the next one; it never stops the server.
/// </summary>
internal sealed partial class RetentionService(Workspace workspace, TimeProvider clock, ILogger<RetentionService> logger)
    : PeriodicService(clock, FirstRun, Period)
{
    public static readonly TimeSpan FirstRun = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Period = TimeSpan.FromDays(1);

    internal override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var result = await SqliteRetention.PruneAsync(
            workspace.Store, workspace.Config.Retention, Clock.GetUtcNow(), "custos", ActionChannel.ControlPlane, dryRun: false, cancellationToken);
        LogPruned(logger, result);
    }

    protected override void OnFailed(Exception exception) => LogFailed(logger, exception);

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
