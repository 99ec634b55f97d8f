using System.Threading.Channels;
using ModelContextProtocol.Protocol;

namespace Custos.Gateway.Mcp.Upstreams;

/// <summary>
/// What upstream MCP servers send Custos on their own: notifications (log messages, list changes, resource
/// updates), queued in the order they came for the relay to judge and pass on, and requests for the agent
/// (sampling, elicitation, roots), answered by the handlers the relay sets. Nothing here reaches an agent unjudged.
/// </summary>
public sealed class UpstreamEvents
{
    /// <summary>How many notifications may wait for the relay; beyond it they are refused and counted, never queued unbounded.</summary>
    public const int Capacity = 4096;

    private readonly Channel<UpstreamNotification> queue = Channel.CreateBounded<UpstreamNotification>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private long dropped;

    /// <summary>The notifications methods Custos takes from upstream servers.</summary>
    public static IReadOnlyList<string> Methods { get; } =
    [
        NotificationMethods.LoggingMessageNotification,
        NotificationMethods.ToolListChangedNotification,
        NotificationMethods.PromptListChangedNotification,
        NotificationMethods.ResourceListChangedNotification,
        NotificationMethods.ResourceUpdatedNotification,
    ];

    public ChannelReader<UpstreamNotification> Reader => queue.Reader;

    /// <summary>How many notifications were refused because the relay fell <see cref="Capacity"/> behind.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    /// <summary>Answers an upstream's <c>sampling/createMessage</c>; unset, every such request is refused.</summary>
    public Func<UpstreamServer, CreateMessageRequestParams, CancellationToken, ValueTask<CreateMessageResult>>? Sampling { get; set; }

    /// <summary>Answers an upstream's <c>elicitation/create</c>; unset, every such request is refused.</summary>
    public Func<UpstreamServer, ElicitRequestParams, CancellationToken, ValueTask<ElicitResult>>? Elicitation { get; set; }

    /// <summary>Answers an upstream's <c>roots/list</c> (from custos.yaml, never from the agent); unset, every such request is refused.</summary>
    public Func<UpstreamServer, CancellationToken, ValueTask<ListRootsResult>>? Roots { get; set; }

    /// <summary>Queues a notification from <paramref name="system"/>; false (and counted) when the relay is too far behind.</summary>
    public bool Post(string system, JsonRpcNotification notification)
    {
        if (queue.Writer.TryWrite(new UpstreamNotification(system, notification)))
        {
            return true;
        }

        Interlocked.Increment(ref dropped);
        return false;
    }
}

/// <summary>One notification an upstream server sent, with the system it came from.</summary>
public sealed record UpstreamNotification(string System, JsonRpcNotification Notification);

/// <summary>A tool call in flight on an upstream server, and who made it (the gateway's own record of the caller).</summary>
public sealed record UpstreamCall(string Tool, object? Caller)
{
    // Each call is its own entry, even two calls of the same tool by the same caller.
    public bool Equals(UpstreamCall? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
