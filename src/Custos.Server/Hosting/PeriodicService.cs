using Microsoft.Extensions.Hosting;

namespace Custos.Server.Hosting;

/// <summary>
/// A job the server runs on a schedule: <paramref name="firstRun"/> after start, then every
/// <paramref name="period"/>, on the injected clock. A run that throws is handed to <see cref="OnFailed"/> and the
/// next run comes as scheduled; a failure never stops the server.
/// </summary>
internal abstract class PeriodicService(TimeProvider clock, TimeSpan firstRun, TimeSpan period) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    /// <summary>One run of the job.</summary>
    internal abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>Logs a run that failed (the exception may carry details that must not reach the log: pick).</summary>
    protected abstract void OnFailed(Exception exception);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(firstRun, Clock, stoppingToken);
            using var timer = new PeriodicTimer(period, Clock);
            do
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    OnFailed(ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
