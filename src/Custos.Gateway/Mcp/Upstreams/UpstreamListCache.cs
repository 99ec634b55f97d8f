using ModelContextProtocol.Client;

namespace Custos.Gateway.Mcp.Upstreams;

/// <summary>
/// One of an upstream server's lists (tools, prompts, resources) as Custos last fetched it, reused until the server
/// says it changed (its <c>list_changed</c> notification, <see cref="Invalidate"/>), the connection it came from
/// ends, or <see cref="UpstreamServer.ToolsLifetime"/> passes (for servers that never say). Callers that find no
/// current list while one is being fetched wait for that fetch instead of sending their own (single flight). A
/// fetch that was under way when the list changed is returned to the callers that were waiting for it but not kept,
/// and nobody joins it afterwards, so a change is never papered over by the answer to a request sent before it.
/// </summary>
internal sealed class UpstreamListCache<T>
    where T : class
{
    private readonly Lock gate = new();
    private T? value;
    private McpClient? from;
    private DateTimeOffset listedAt;
    private long generation;
    private Task<T>? pending;
    private McpClient? pendingFrom;
    private long pendingGeneration;

    /// <summary>
    /// The cached list when it came from <paramref name="connected"/> and is younger than <paramref name="lifetime"/>;
    /// otherwise the one being fetched from it, or a new fetch with <paramref name="list"/>. The fetch is shared, so it
    /// runs on <paramref name="shared"/> (the connection's life) within <see cref="McpToolGateway.ListTimeout"/>, not on
    /// any one caller's token; each caller stops waiting on its own <paramref name="cancellationToken"/>.
    /// </summary>
    public async ValueTask<T> GetAsync(McpClient connected, TimeProvider clock, TimeSpan lifetime, Func<CancellationToken, Task<T>> list, CancellationToken shared, CancellationToken cancellationToken)
    {
        Task<T> fetch;
        lock (gate)
        {
            if (value is not null && ReferenceEquals(from, connected) && clock.GetUtcNow() - listedAt < lifetime)
            {
                return value;
            }

            if (pending is null || !ReferenceEquals(pendingFrom, connected) || pendingGeneration != generation)
            {
                (pending, pendingFrom, pendingGeneration) = (FetchAsync(connected, generation, clock, list, shared), connected, generation);
            }

            fetch = pending;
        }

        return await fetch.WaitAsync(cancellationToken);
    }

    public void Invalidate()
    {
        lock (gate)
        {
            generation++;
            (value, from) = (null, null);
        }
    }

    private async Task<T> FetchAsync(McpClient connected, long listedGeneration, TimeProvider clock, Func<CancellationToken, Task<T>> list, CancellationToken shared)
    {
        // Returns to GetAsync first, so pending is set before this can finish and clear it.
        await Task.Yield();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(shared);
            timeout.CancelAfter(McpToolGateway.ListTimeout);
            var listed = await list(timeout.Token);
            lock (gate)
            {
                if (listedGeneration == generation)
                {
                    (value, from, listedAt) = (listed, connected, clock.GetUtcNow());
                }
            }

            return listed;
        }
        finally
        {
            lock (gate)
            {
                if (ReferenceEquals(pendingFrom, connected) && pendingGeneration == listedGeneration)
                {
                    (pending, pendingFrom) = (null, null);
                }
            }
        }
    }
}
