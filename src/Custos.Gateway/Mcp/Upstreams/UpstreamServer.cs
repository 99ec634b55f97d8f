using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Custos.Core.Configuration;
using Custos.Core.Secrets;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Custos.Gateway.Mcp.Upstreams;

/// <summary>
/// One upstream MCP server named under <c>systems:</c>, and Custos's one client of it. Connected on first use;
/// when the connection ends (the stdio process crashed, the HTTP server went away) the next use connects again.
/// Its credentials are resolved at connect time for Custos itself (no agent), into the process environment
/// (stdio) or request headers (HTTP); an HTTP server's tool calls, prompts and resource reads carry instead the
/// credentials the inject stage resolved for that agent and action (its scopes, its rotation, its use counted).
/// None ever reach an agent.
/// </summary>
public sealed partial class UpstreamServer : IAsyncDisposable
{
    /// <summary>After a failed connect, further uses fail fast for this long instead of starting a process each time.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>How long a tool, prompt or resource list is reused when the server sends no list-changed notification.</summary>
    public static readonly TimeSpan ToolsLifetime = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ISecretResolver secrets;
    private readonly string workingDirectory;
    private readonly ILoggerFactory loggerFactory;
    private readonly ILogger logger;
    private readonly TimeProvider clock;
    private readonly CancellationTokenSource disposed = new();
    private readonly ProgressRoutes progress = new();
    private readonly UpstreamEvents events;
    private readonly ConcurrentDictionary<UpstreamCall, byte> inFlight = new();
    private readonly ConcurrentDictionary<string, byte> subscribed = new(StringComparer.Ordinal);
    private LoggingLevel? loggingLevel;
    private McpClient? client;
    private readonly UpstreamListCache<IReadOnlyList<Tool>> tools = new();
    private readonly UpstreamListCache<IReadOnlyList<Prompt>> prompts = new();
    private readonly UpstreamListCache<ResourceLists> resources = new();
    private DateTimeOffset retryAfter;
    private string? lastError;

    public UpstreamServer(SystemDefinition system, string workingDirectory, ISecretResolver secrets, TimeProvider clock, ILoggerFactory loggerFactory, UpstreamEvents? events = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        System = system;
        Fingerprint = FingerprintOf(system);
        this.workingDirectory = workingDirectory;
        this.secrets = secrets;
        this.clock = clock;
        this.loggerFactory = loggerFactory;
        this.events = events ?? new UpstreamEvents();
        logger = loggerFactory.CreateLogger<UpstreamServer>();
    }

    /// <summary>The tool calls in flight on this server, with who made them (to route the server's requests back to that caller).</summary>
    public ICollection<UpstreamCall> CallsInFlight => inFlight.Keys;

    /// <summary>The log level last asked of the server (<c>logging/setLevel</c>), set again after a reconnect.</summary>
    public LoggingLevel? LoggingLevel => loggingLevel;

    public SystemDefinition System { get; }

    /// <summary>What the connection depends on; a reload that changes it replaces the server.</summary>
    public string Fingerprint { get; }

    /// <summary>How many times a connection was made; above 1 means the server was restarted.</summary>
    public int Connections { get; private set; }

    /// <summary>The connected client, connecting first when there is none or the last one ended.</summary>
    /// <exception cref="UpstreamUnavailableException">The server cannot be started or reached; the message says why without secrets.</exception>
    public async ValueTask<McpClient> GetClientAsync(CancellationToken cancellationToken)
    {
        if (client is { } current && !current.Completion.IsCompleted)
        {
            return current;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(disposed.IsCancellationRequested, this);
            if (client is { } again && !again.Completion.IsCompleted)
            {
                return again;
            }

            if (client is { } ended)
            {
                client = null;
                InvalidateLists();
                await DisposeQuietlyAsync(ended);
            }

            if (clock.GetUtcNow() < retryAfter && lastError is not null)
            {
                throw new UpstreamUnavailableException(lastError);
            }

            try
            {
                client = await ConnectAsync(cancellationToken);
                Connections++;
                lastError = null;
                var connected = client;
                _ = connected.Completion.ContinueWith(t => OnEnded(connected, t), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                return client;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                lastError = $"the MCP server '{System.Name}' could not be started or reached: {Describe(ex)}";
                retryAfter = clock.GetUtcNow() + RetryDelay;
                LogConnectFailed(logger, ex, System.Name);
                throw new UpstreamUnavailableException(lastError, ex);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Calls a tool, handing the server's progress notifications for it to <paramref name="onProgress"/> in order;
    /// every notification the server sent before its answer is reported before this returns (see <see cref="ProgressRoutingTransport"/>).
    /// </summary>
    /// <remarks>
    /// An HTTP server gets <paramref name="credentials"/> (resolved by the inject stage for this agent and action)
    /// as this call's headers. A stdio server keeps the environment it was started with: a process's environment
    /// cannot change per call, and starting one per call or per agent would cost seconds and lose its state.
    /// </remarks>
    public async ValueTask<CallToolResult> CallToolAsync(McpClient connected, string tool, IDictionary<string, JsonElement> arguments, IReadOnlyDictionary<string, SecretValue> credentials, IProgress<ModelContextProtocol.ProgressNotificationValue>? onProgress, CancellationToken cancellationToken, object? caller = null)
    {
        ArgumentNullException.ThrowIfNull(connected);
        ArgumentNullException.ThrowIfNull(credentials);
        using var perCall = PerCallCredentials.Use(System.Url is null ? PerCallCredentials.None : credentials);
        var call = new UpstreamCall(tool, caller);
        inFlight[call] = 0;
        try
        {
            return await SendCallAsync(connected, tool, arguments, onProgress, cancellationToken);
        }
        finally
        {
            inFlight.TryRemove(call, out _);
        }
    }

    /// <summary>Asks the server to send log messages at <paramref name="level"/> and above (kept and sent again after a reconnect).</summary>
    public async ValueTask SetLoggingLevelAsync(LoggingLevel level, CancellationToken cancellationToken)
    {
        loggingLevel = level;
        var connected = await GetClientAsync(cancellationToken);
        if (connected.ServerCapabilities.Logging is not null)
        {
            await connected.SetLoggingLevelAsync(level, cancellationToken: cancellationToken);
        }
    }

    /// <summary>Subscribes Custos to updates of the server's resource <paramref name="uri"/> (kept and sent again after a reconnect).</summary>
    public async ValueTask SubscribeAsync(string uri, CancellationToken cancellationToken)
    {
        var connected = await GetClientAsync(cancellationToken);
        if (connected.ServerCapabilities.Resources?.Subscribe != true)
        {
            throw new UpstreamUnavailableException($"the MCP server '{System.Name}' does not offer resource subscriptions");
        }

        await connected.SubscribeToResourceAsync(new SubscribeRequestParams { Uri = uri }, cancellationToken);
        subscribed[uri] = 0;
    }

    public async ValueTask UnsubscribeAsync(string uri, CancellationToken cancellationToken)
    {
        subscribed.TryRemove(uri, out _);
        var connected = await GetClientAsync(cancellationToken);
        if (connected.ServerCapabilities.Resources?.Subscribe == true)
        {
            await connected.UnsubscribeFromResourceAsync(new UnsubscribeRequestParams { Uri = uri }, cancellationToken);
        }
    }

    private async ValueTask<CallToolResult> SendCallAsync(McpClient connected, string tool, IDictionary<string, JsonElement> arguments, IProgress<ModelContextProtocol.ProgressNotificationValue>? onProgress, CancellationToken cancellationToken)
    {
        var request = new CallToolRequestParams { Name = tool, Arguments = arguments };
        if (onProgress is null)
        {
            return await connected.CallToolAsync(request, cancellationToken);
        }

        var token = Guid.NewGuid().ToString("N");
        request.Meta = new JsonObject { ["progressToken"] = token };
        using var route = progress.Add(token, onProgress);
        return await connected.CallToolAsync(request, cancellationToken);
    }

    /// <summary>The server's tools as it names them, cached until it says its list changed or the connection ends.</summary>
    public async ValueTask<IReadOnlyList<Tool>> ListToolsAsync(CancellationToken cancellationToken)
    {
        var connected = await GetClientAsync(cancellationToken);
        return await tools.GetAsync(connected, clock, ToolsLifetime, token => FetchToolsAsync(connected, token), disposed.Token, cancellationToken);
    }

    private static async Task<IReadOnlyList<Tool>> FetchToolsAsync(McpClient connected, CancellationToken cancellationToken)
    {
        var all = new List<Tool>();
        if (connected.ServerCapabilities.Tools is not null)
        {
            string? cursor = null;
            do
            {
                var page = await connected.ListToolsAsync(new ListToolsRequestParams { Cursor = cursor }, cancellationToken);
                all.AddRange(page.Tools);
                cursor = page.NextCursor;
            }
            while (cursor is not null && all.Count < 10_000);
        }

        return all;
    }

    /// <summary>
    /// The server's prompts as it names them, cached like tools: until it says its prompt list changed
    /// (<c>notifications/prompts/list_changed</c>) or the connection ends, so a completion or prompts/get checks
    /// its prompt's pin without listing the server each time.
    /// </summary>
    public async ValueTask<IReadOnlyList<Prompt>> ListPromptsAsync(CancellationToken cancellationToken)
    {
        var connected = await GetClientAsync(cancellationToken);
        return await prompts.GetAsync(connected, clock, ToolsLifetime, token => FetchPromptsAsync(connected, token), disposed.Token, cancellationToken);
    }

    private static async Task<IReadOnlyList<Prompt>> FetchPromptsAsync(McpClient connected, CancellationToken cancellationToken)
    {
        var all = new List<Prompt>();
        if (connected.ServerCapabilities.Prompts is not null)
        {
            string? cursor = null;
            do
            {
                var page = await connected.ListPromptsAsync(new ListPromptsRequestParams { Cursor = cursor }, cancellationToken);
                all.AddRange(page.Prompts);
                cursor = page.NextCursor;
            }
            while (cursor is not null && all.Count < 10_000);
        }

        return all;
    }

    /// <summary>The server's resources and resource templates, with their own URIs; cached like prompts, until <c>notifications/resources/list_changed</c>.</summary>
    public async ValueTask<(IReadOnlyList<Resource> Resources, IReadOnlyList<ResourceTemplate> Templates)> ListResourcesAsync(CancellationToken cancellationToken)
    {
        var connected = await GetClientAsync(cancellationToken);
        var lists = await resources.GetAsync(connected, clock, ToolsLifetime, token => FetchResourcesAsync(connected, token), disposed.Token, cancellationToken);
        return (lists.Resources, lists.Templates);
    }

    private static async Task<ResourceLists> FetchResourcesAsync(McpClient connected, CancellationToken cancellationToken)
    {
        var listed = new List<Resource>();
        var templates = new List<ResourceTemplate>();
        if (connected.ServerCapabilities.Resources is not null)
        {
            string? cursor = null;
            do
            {
                var page = await connected.ListResourcesAsync(new ListResourcesRequestParams { Cursor = cursor }, cancellationToken);
                listed.AddRange(page.Resources);
                cursor = page.NextCursor;
            }
            while (cursor is not null && listed.Count < 10_000);

            cursor = null;
            do
            {
                var page = await connected.ListResourceTemplatesAsync(new ListResourceTemplatesRequestParams { Cursor = cursor }, cancellationToken);
                templates.AddRange(page.ResourceTemplates);
                cursor = page.NextCursor;
            }
            while (cursor is not null && templates.Count < 10_000);
        }

        return new ResourceLists(listed, templates);
    }

    private void InvalidateLists()
    {
        tools.Invalidate();
        prompts.Invalidate();
        resources.Invalidate();
    }

    private sealed record ResourceLists(IReadOnlyList<Resource> Resources, IReadOnlyList<ResourceTemplate> Templates);

    private async Task<McpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        IClientTransport transport;
        var credentials = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, reference) in System.Credentials)
        {
            var value = await secrets.ResolveAsync(reference, new SecretUse(null, System.Name), cancellationToken);
            credentials[name] = value.Reveal();
        }

        if (System.Command.Count > 0)
        {
            // The server gets a curated environment (PATH, HOME, …), its env: and its credentials, never the rest
            // of Custos's environment (which may hold other systems' secrets).
            var environment = StdioClientTransportOptions.GetDefaultEnvironmentVariables();
            foreach (var (name, value) in System.Environment)
            {
                environment[name] = value;
            }

            foreach (var (name, value) in credentials)
            {
                environment[name] = value;
            }

            transport = new StdioClientTransport(new StdioClientTransportOptions
            {
                Name = System.Name,
                Command = System.Command[0],
                Arguments = [.. System.Command.Skip(1)],
                WorkingDirectory = workingDirectory,
                InheritEnvironmentVariables = false,
                EnvironmentVariables = environment!,
                ShutdownTimeout = TimeSpan.FromSeconds(2),
            }, loggerFactory);
        }
        else
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in System.Headers)
            {
                headers[name] = value;
            }

            foreach (var (name, value) in credentials)
            {
                headers[name] = value;
            }

            // Each tools/call carries the credentials the inject stage resolved for that agent and action
            // (PerCallHeadersHandler); the ones resolved here are Custos's own, for initialize, lists and the stream.
            var http = new HttpClient(new PerCallHeadersHandler(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }));
            transport = new HttpClientTransport(new HttpClientTransportOptions
            {
                Name = System.Name,
                Endpoint = new Uri(System.Url!),
                AdditionalHeaders = headers,
                ConnectionTimeout = TimeSpan.FromSeconds(15),
            }, http, loggerFactory, ownsHttpClient: true);
        }

        transport = new ProgressRoutingTransport(transport, progress);
        var options = new McpClientOptions
        {
            ClientInfo = new Implementation { Name = "custos", Version = typeof(UpstreamServer).Assembly.GetName().Version?.ToString() ?? "0" },
            InitializationTimeout = TimeSpan.FromSeconds(30),
            Handlers = new McpClientHandlers
            {
                NotificationHandlers = UpstreamEvents.Methods.Select(method => new KeyValuePair<string, Func<JsonRpcNotification, CancellationToken, ValueTask>>(method, (notification, _) =>
                {
                    // The cached list goes before the relay hears of the change: whoever lists next gets the new one.
                    if (method == NotificationMethods.ToolListChangedNotification)
                    {
                        tools.Invalidate();
                    }
                    else if (method == NotificationMethods.PromptListChangedNotification)
                    {
                        prompts.Invalidate();
                    }
                    else if (method == NotificationMethods.ResourceListChangedNotification)
                    {
                        resources.Invalidate();
                    }

                    if (!events.Post(System.Name, notification))
                    {
                        LogNotificationDropped(logger, System.Name, method);
                    }

                    return ValueTask.CompletedTask;
                })).ToArray(),

                // Declared so servers offer their sampling and elicitation tools; each request is judged by the relay.
                SamplingHandler = (request, _, token) => events.Sampling is { } sampling && request is not null
                    ? sampling(this, request, token)
                    : throw new ModelContextProtocol.McpException("Custos does not pass sampling requests from MCP servers to agents here"),
                ElicitationHandler = (request, token) => events.Elicitation is { } elicitation && request is not null
                    ? elicitation(this, request, token)
                    : throw new ModelContextProtocol.McpException("Custos does not pass elicitation requests from MCP servers to agents here"),

                // Answered from custos.yaml (the system's roots:), never by the agent.
                RootsHandler = (_, token) => events.Roots is { } roots
                    ? roots(this, token)
                    : throw new ModelContextProtocol.McpException("Custos does not answer roots/list here"),
            },
        };
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, disposed.Token);
        var connected = await McpClient.CreateAsync(transport, options, loggerFactory, linked.Token);
        await RestoreAsync(connected, linked.Token);
        return connected;
    }

    /// <summary>A new connection gets the log level and the subscriptions the last one had.</summary>
    private async Task RestoreAsync(McpClient connected, CancellationToken cancellationToken)
    {
        try
        {
            if (loggingLevel is { } level && connected.ServerCapabilities.Logging is not null)
            {
                await connected.SetLoggingLevelAsync(level, cancellationToken: cancellationToken);
            }

            if (connected.ServerCapabilities.Resources?.Subscribe == true)
            {
                foreach (var uri in subscribed.Keys)
                {
                    await connected.SubscribeToResourceAsync(new SubscribeRequestParams { Uri = uri }, cancellationToken);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRestoreFailed(logger, ex, System.Name);
        }
    }

    private void OnEnded(McpClient ended, Task<ClientCompletionDetails> completion)
    {
        if (disposed.IsCancellationRequested || !ReferenceEquals(ended, client))
        {
            return;
        }

        InvalidateLists();
        var details = completion.IsCompletedSuccessfully ? completion.Result : null;
        var exit = details is StdioClientCompletionDetails stdio ? stdio.ExitCode : null;
        LogEnded(logger, System.Name, exit?.ToString(global::System.Globalization.CultureInfo.InvariantCulture) ?? "n/a");
    }

    private static string Describe(Exception ex)
    {
        // Exception messages from the SDK name commands, URLs and status codes, not header or environment values.
        var inner = ex;
        while (inner is AggregateException { InnerException: { } next })
        {
            inner = next;
        }

        return inner is SecretResolutionException secret ? secret.Message : $"{inner.GetType().Name}: {Truncate(inner.Message, 300)}";
    }

    internal static string Truncate(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    internal static string FingerprintOf(SystemDefinition system)
    {
        var text = new StringBuilder();
        text.Append(system.Url).Append('\n');
        foreach (var part in system.Command)
        {
            text.Append(part).Append('\u0001');
        }

        foreach (var map in new[] { system.Environment, system.Headers })
        {
            text.Append('\n');
            foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(key).Append('=').Append(value).Append('\u0001');
            }
        }

        text.Append('\n');
        foreach (var (key, value) in system.Credentials.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append('=').Append(value).Append('\u0001');
        }

        // A server asks for roots when it connects: new roots take a new connection.
        text.Append('\n');
        foreach (var root in system.Roots)
        {
            text.Append(root).Append('\u0001');
        }

        return text.ToString();
    }

    private static async ValueTask DisposeQuietlyAsync(McpClient ended)
    {
        try
        {
            await ended.DisposeAsync();
        }
        catch (Exception)
        {
            // The connection is already gone; nothing more to release.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed.IsCancellationRequested)
        {
            return;
        }

        await disposed.CancelAsync();
        await gate.WaitAsync();
        try
        {
            if (client is { } current)
            {
                client = null;
                await DisposeQuietlyAsync(current);
            }
        }
        finally
        {
            gate.Release();
        }

        disposed.Dispose();
    }

    [LoggerMessage(EventId = 700, Level = LogLevel.Warning, Message = "MCP server {System} could not be started or reached")]
    private static partial void LogConnectFailed(ILogger logger, Exception exception, string system);

    [LoggerMessage(EventId = 702, Level = LogLevel.Warning, Message = "MCP server {System} sent {Method} while the relay was too far behind; the notification was refused")]
    private static partial void LogNotificationDropped(ILogger logger, string system, string method);

    [LoggerMessage(EventId = 703, Level = LogLevel.Warning, Message = "MCP server {System} did not take back its log level or resource subscriptions after reconnecting")]
    private static partial void LogRestoreFailed(ILogger logger, Exception exception, string system);

    [LoggerMessage(EventId = 701, Level = LogLevel.Warning, Message = "MCP server {System} ended (exit code {ExitCode}); it is started again on next use")]
    private static partial void LogEnded(ILogger logger, string system, string exitCode);
}
