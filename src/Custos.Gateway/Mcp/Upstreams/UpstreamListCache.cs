using ModelContextProtocol.Client;

namespace Custos.Gateway.Mcp.Upstreams;

/// <summary>
/// One of an upstream server's lists (tools, prompts, resources) as Custos last fetched it, reused until the server
/// says it changed (its <c>list_changed</c> notification, <see cref="Invalidate"/>), the connection it came from
/// ends, or <see cref="UpstreamServer.ToolsLifetime"/> passes (for servers that never say). A listing that was under
/// way when the list changed is returned to its caller but not kept, so a change is never papered over by the
/// answer to a request sent before it.
/// </summary>
internal sealed class UpstreamListCache<T>
    where T : class
{
    private readonly Lock gate = new();
    private T? value;
    private McpClient? from;
    private DateTimeOffset listedAt;
    private long generation;

    /// <summary>The cached list when it came from <paramref name="connected"/> and is younger than <paramref name="lifetime"/>; otherwise null, and the generation to hand to <see cref="Keep"/>.</summary>
    public T? Find(McpClient connected, DateTimeOffset now, TimeSpan lifetime, out long current)
    {
        lock (gate)
        {
            current = generation;
            return value is not null && ReferenceEquals(from, connected) && now - listedAt < lifetime ? value : null;
        }
    }

    /// <summary>Keeps <paramref name="listed"/> unless the list changed since <paramref name="listedGeneration"/> was read.</summary>
    public void Keep(McpClient connected, T listed, long listedGeneration, DateTimeOffset now)
    {
        lock (gate)
        {
            if (listedGeneration == generation)
            {
                (value, from, listedAt) = (listed, connected, now);
            }
        }
    }

    public void Invalidate()
    {
        lock (gate)
        {
            generation++;
            (value, from) = (null, null);
        }
    }
}
