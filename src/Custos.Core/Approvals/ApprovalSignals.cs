using System.Collections.Concurrent;

namespace Custos.Core.Approvals;

/// <summary>
/// Wakes a call waiting in this process as soon as its request is answered here (the control-plane API); an
/// answer from another process (the CLI) is seen by polling the store.
/// </summary>
public sealed class ApprovalSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> waiting = new(StringComparer.Ordinal);

    internal Task Register(string id) =>
        waiting.GetOrAdd(id, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    internal void Unregister(string id) => waiting.TryRemove(id, out _);

    public void Signal(string id)
    {
        if (waiting.TryGetValue(id, out var source))
        {
            source.TrySetResult();
        }
    }
}
