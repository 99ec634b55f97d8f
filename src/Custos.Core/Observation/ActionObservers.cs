using System.Threading.Channels;
using Custos.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Custos.Core.Observation;

/// <summary>
/// Fans recorded actions out to the observers on one background loop. <see cref="Post"/> never blocks: the
/// queue is bounded and, when it is full, the oldest record waiting is dropped and counted (the action itself is
/// already in the ledger; only the observation is lost). Disposing it disposes the observers that are disposable
/// (to write what they keep in memory), after the last record.
/// </summary>
public sealed partial class ActionObservers : IAsyncDisposable
{
    private readonly Channel<ActionRecord> queue;
    private readonly IActionObserver[] observers;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private long dropped;

    public ActionObservers(IEnumerable<IActionObserver> observers, ILogger<ActionObservers> logger, int capacity = 65_536)
    {
        ArgumentNullException.ThrowIfNull(observers);
        this.observers = [.. observers];
        this.logger = logger;
        queue = Channel.CreateBounded<ActionRecord>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        }, _ => Interlocked.Increment(ref dropped));
        loop = this.observers.Length == 0 ? Task.CompletedTask : Task.Run(RunAsync);
    }

    /// <summary>How long the loop waits after a batch before it looks for the next: the most an observation is delayed by batching.</summary>
    public static readonly TimeSpan Coalescing = TimeSpan.FromMilliseconds(10);

    /// <summary>Records that observers never saw because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    public void Post(ActionRecord record)
    {
        if (observers.Length > 0)
        {
            queue.Writer.TryWrite(record);
        }
    }

    /// <summary>Waits until every record posted so far has been observed (tests, shutdown).</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (queue.Reader.Count > 0 || Volatile.Read(ref busy) != 0)
        {
            await Task.Delay(5, cancellationToken);
        }
    }

    private int busy;
    private int disposed;

    private async Task RunAsync()
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stopping.Token))
            {
                Volatile.Write(ref busy, 1);
                while (queue.Reader.TryRead(out var record))
                {
                    foreach (var observer in observers)
                    {
                        try
                        {
                            await observer.ObserveAsync(record, stopping.Token);
                        }
                        catch (Exception e) when (e is not OperationCanceledException)
                        {
                            LogObserverFailed(logger, observer.GetType().Name, e.GetType().Name);
                        }
                    }
                }

                Volatile.Write(ref busy, 0);

                // Records that arrive within the next moment are taken together: under load the loop wakes once
                // per interval instead of once per action (each wake a thread-pool hand-off that competes with the
                // actions for a core). An action arriving after a quiet spell is still observed at once.
                await Task.Delay(Coalescing, stopping.Token);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        queue.Writer.TryComplete();
        try
        {
            await loop.WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (TimeoutException)
        {
        }

        if (loop.IsCompleted)
        {
            // Observers that keep state write it now (the loop no longer calls them).
            foreach (var observer in observers)
            {
                if (observer is IAsyncDisposable disposable)
                {
                    try
                    {
                        await disposable.DisposeAsync();
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        LogObserverFailed(logger, observer.GetType().Name, e.GetType().Name);
                    }
                }
            }
        }

        await stopping.CancelAsync();
        stopping.Dispose();
    }

    [LoggerMessage(EventId = 510, Level = LogLevel.Error, Message = "Action observer {Observer} failed with {Error}")]
    private static partial void LogObserverFailed(ILogger logger, string observer, string error);
}
