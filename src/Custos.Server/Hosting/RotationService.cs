using Custos.Server.Workspaces;
using Microsoft.Extensions.Logging;

namespace Custos.Server.Hosting;

/// <summary>
/// Runs the secrets' rotators on their schedules while the server runs: a minute after start and then every five
/// minutes, each built-in secret with a rotator (postgres, webhook) past its <c>rotate.schedule</c> is rotated
/// (<see cref="Core.Secrets.SecretRotations.RotateDueAsync"/>; each attempt recorded). A failure is recorded and
/// retried at the next run; it never stops the server.
/// </summary>
internal sealed partial class RotationService(Workspace workspace, TimeProvider clock, ILogger<RotationService> logger)
    : PeriodicService(clock, FirstRun, Period)
{
    public static readonly TimeSpan FirstRun = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(5);

    internal override Task RunOnceAsync(CancellationToken cancellationToken) => workspace.Rotations.RotateDueAsync(cancellationToken);

    protected override void OnFailed(Exception exception) => LogFailed(logger, exception.GetType().Name);

    [LoggerMessage(EventId = 42, Level = LogLevel.Error, Message = "Scheduled rotation could not run ({Error}); it is retried at the next run")]
    private static partial void LogFailed(ILogger logger, string error);
}
