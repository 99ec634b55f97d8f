using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Custos.Gateway.Mcp;

/// <summary>
/// Passes an upstream's progress notifications for one call on to the agent, under the agent's own progress
/// token and in the order they came. A notification that cannot be delivered is dropped; the call goes on.
/// </summary>
internal sealed class ProgressRelay(McpServer agentSession, ProgressToken token) : IProgress<ProgressNotificationValue>
{
    private readonly Lock order = new();
    private Task last = Task.CompletedTask;

    public void Report(ProgressNotificationValue value)
    {
        lock (order)
        {
            var previous = last;
            last = SendAfterAsync(previous, value);
        }
    }

    /// <summary>
    /// Waits until every notification reported so far went out (or failed), so the call's answer never overtakes
    /// its own last progress; bounded, as a stalled agent stream must not hold the answer.
    /// </summary>
    public async Task DrainAsync()
    {
        Task pending;
        lock (order)
        {
            pending = last;
        }

        await Task.WhenAny(pending, Task.Delay(TimeSpan.FromSeconds(2)));
    }

    private async Task SendAfterAsync(Task previous, ProgressNotificationValue value)
    {
        await previous;
        try
        {
            await agentSession.NotifyProgressAsync(token, value);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The agent went away or its stream closed; the call's own answer still goes through the pipeline.
        }
    }
}
