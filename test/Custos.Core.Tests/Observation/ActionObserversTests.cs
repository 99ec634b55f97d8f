using Custos.Core.Observation;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Custos.Core.Tests.Observation;

public sealed class ActionObserversTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Records_posted_while_the_loop_pauses_between_batches_are_observed_in_order_before_drain_returns()
    {
        var observer = new Collecting();
        await using var observers = new ActionObservers([observer], NullLogger<ActionObservers>.Instance);
        var first = Record(0);
        observers.Post(first);
        await observer.Seen.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        // The loop now pauses (Coalescing) before it looks again: what arrives meanwhile waits, is not lost, and
        // DrainAsync does not return before it is observed.
        var burst = Enumerable.Range(1, 500).Select(Record).ToArray();
        foreach (var record in burst)
        {
            observers.Post(record);
        }

        await observers.DrainAsync(Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Assert.Equal([first.Id, .. burst.Select(r => r.Id)], observer.Ids());
        Assert.Equal(0, observers.Dropped);
    }

    private static ActionRecord Record(int i) => new(
        Guid.CreateVersion7(), DateTimeOffset.UtcNow, ActionChannel.Mcp, "dev-agent", null, "call", $"tool-{i}",
        Effect.Allow, ActionOutcome.Success, null, [], [], null, 1);

    private sealed class Collecting : IActionObserver
    {
        private readonly List<Guid> seen = [];

        public TaskCompletionSource Seen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ValueTask ObserveAsync(ActionRecord record, CancellationToken cancellationToken)
        {
            lock (seen)
            {
                seen.Add(record.Id);
            }

            Seen.TrySetResult();
            return ValueTask.CompletedTask;
        }

        public Guid[] Ids()
        {
            lock (seen)
            {
                return [.. seen];
            }
        }
    }
}
