using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Custos.Mcp.Tests;

/// <summary>
/// The official C# SDK client in a session (protocol 2025-11-25, the initialize handshake), so Custos can send it
/// notifications on its stream; it keeps every notification it gets and answers sampling requests if asked to.
/// </summary>
internal sealed class SessionClient : IAsyncDisposable
{
    public const string ProtocolVersion = "2025-11-25";

    private readonly ConcurrentQueue<JsonRpcNotification> received = new();
    private McpClient client = null!;

    private SessionClient(string agent)
    {
        Agent = agent;
    }

    public string Agent { get; }

    public McpClient Client => client;

    /// <summary>How many sampling requests this client was asked to answer.</summary>
    public int SamplingRequests;

    public IReadOnlyList<JsonRpcNotification> Received => [.. received];

    /// <summary>How many elicitation requests this client was asked to answer.</summary>
    public int ElicitationRequests;

    public static async Task<SessionClient> ConnectAsync(GatewayServer server, string agent, Func<CreateMessageRequestParams, CreateMessageResult>? sampling = null, Func<ElicitRequestParams, ElicitResult>? elicitation = null)
    {
        var session = new SessionClient(agent);
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = server.Endpoint,
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + await server.IssueAsync(agent) },
        });
        var handlers = new McpClientHandlers
        {
            NotificationHandlers = new[]
            {
                NotificationMethods.LoggingMessageNotification,
                NotificationMethods.ToolListChangedNotification,
                NotificationMethods.PromptListChangedNotification,
                NotificationMethods.ResourceListChangedNotification,
                NotificationMethods.ResourceUpdatedNotification,
            }.Select(method => new KeyValuePair<string, Func<JsonRpcNotification, CancellationToken, ValueTask>>(method, (notification, _) =>
            {
                session.received.Enqueue(notification);
                return ValueTask.CompletedTask;
            })).ToArray(),
        };
        if (sampling is not null)
        {
            handlers.SamplingHandler = (request, _, _) =>
            {
                Interlocked.Increment(ref session.SamplingRequests);
                return ValueTask.FromResult(sampling(request!));
            };
        }

        if (elicitation is not null)
        {
            handlers.ElicitationHandler = (request, _) =>
            {
                Interlocked.Increment(ref session.ElicitationRequests);
                return ValueTask.FromResult(elicitation(request!));
            };
        }

        session.client = await McpClient.CreateAsync(transport, new McpClientOptions { ProtocolVersion = ProtocolVersion, Handlers = handlers }, cancellationToken: TestContext.Current.CancellationToken);
        return session;
    }

    public IReadOnlyList<JsonRpcNotification> Of(string method) => [.. received.Where(n => n.Method == method)];

    /// <summary>The log messages received, as level and data text.</summary>
    public IReadOnlyList<LoggingMessageNotificationParams> Logs =>
        [.. Of(NotificationMethods.LoggingMessageNotification).Select(n => n.Params.Deserialize<LoggingMessageNotificationParams>(McpJsonUtilities.DefaultOptions)!)];

    /// <summary>Waits until <paramref name="done"/> holds of what was received, or fails after <paramref name="seconds"/>.</summary>
    public async Task WaitForAsync(Func<SessionClient, bool> done, string what, double seconds = 10)
    {
        var clock = Stopwatch.StartNew();
        while (!done(this))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(seconds), $"{Agent} did not get {what} within {seconds} s; it got: {string.Join(", ", received.Select(n => n.Method))}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Gives the relay time to deliver anything still in flight (for tests that something did not arrive).</summary>
    public static Task SettleAsync() => Task.Delay(1500, TestContext.Current.CancellationToken);

    public async Task<string> CallAsync(string tool, Dictionary<string, object?>? arguments = null)
    {
        var result = await client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken);
        var text = string.Concat(result.Content.OfType<TextContentBlock>().Select(b => b.Text));
        Assert.True(result.IsError != true, $"{tool} failed: {text}");
        return text;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await client.DisposeAsync();
        }
        catch (Exception)
        {
            // A halted agent's session is already closed.
        }
    }
}
