using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Threading.Channels;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Custos.Gateway.Mcp.Upstreams;

/// <summary>
/// Hands an upstream's progress notifications to the call they belong to at the moment the transport reads them,
/// in the order the server sent them. The SDK dispatches every incoming message on its own task, so a call's
/// response can complete the call before the handler of its last progress notification runs; and the per-call
/// progress handler of <c>McpClient.CallToolAsync</c> is unregistered when the call returns, so that notification
/// was silently dropped. Routed here, every notification read before the response is reported before the call
/// can return. The messages still go on to the SDK unchanged.
/// </summary>
internal sealed class ProgressRoutingTransport(IClientTransport inner, ProgressRoutes routes) : IClientTransport
{
    public string Name => inner.Name;

    public async Task<ITransport> ConnectAsync(CancellationToken cancellationToken = default) =>
        new Connected(await inner.ConnectAsync(cancellationToken), routes);

    private sealed class Connected(ITransport transport, ProgressRoutes routes) : ITransport
    {
        public string? SessionId => transport.SessionId;

        public ChannelReader<JsonRpcMessage> MessageReader { get; } = new RoutingReader(transport.MessageReader, routes);

        public Task SendMessageAsync(JsonRpcMessage message, CancellationToken cancellationToken = default) =>
            transport.SendMessageAsync(message, cancellationToken);

        public ValueTask DisposeAsync() => transport.DisposeAsync();
    }

    private sealed class RoutingReader(ChannelReader<JsonRpcMessage> inner, ProgressRoutes routes) : ChannelReader<JsonRpcMessage>
    {
        public override Task Completion => inner.Completion;

        public override bool TryRead([MaybeNullWhen(false)] out JsonRpcMessage item)
        {
            if (!inner.TryRead(out item))
            {
                return false;
            }

            if (item is JsonRpcNotification { Method: NotificationMethods.ProgressNotification } notification)
            {
                routes.Route(notification);
            }

            return true;
        }

        public override ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default) => inner.WaitToReadAsync(cancellationToken);
    }
}

/// <summary>The calls in flight on one upstream connection that want progress, by the progress token Custos sent.</summary>
internal sealed class ProgressRoutes
{
    private readonly ConcurrentDictionary<string, IProgress<ProgressNotificationValue>> routes = new(StringComparer.Ordinal);

    /// <summary>Routes progress for <paramref name="token"/> to <paramref name="progress"/> until the returned handle is disposed.</summary>
    public IDisposable Add(string token, IProgress<ProgressNotificationValue> progress)
    {
        routes[token] = progress;
        return new Removal(routes, token);
    }

    public void Route(JsonRpcNotification notification)
    {
        if (routes.IsEmpty)
        {
            return;
        }

        ProgressNotificationParams? value;
        try
        {
            value = notification.Params?.Deserialize<ProgressNotificationParams>(McpJsonUtilities.DefaultOptions);
        }
        catch (JsonException)
        {
            // A malformed notification is the SDK's to reject; it reaches no agent from here.
            return;
        }

        if (value?.ProgressToken.ToString() is { } token && routes.TryGetValue(token, out var progress))
        {
            progress.Report(value.Progress);
        }
    }

    private sealed class Removal(ConcurrentDictionary<string, IProgress<ProgressNotificationValue>> routes, string token) : IDisposable
    {
        public void Dispose() => routes.TryRemove(token, out _);
    }
}
