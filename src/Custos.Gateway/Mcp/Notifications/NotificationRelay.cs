using System.Text.Json;
using Custos.Core.Agents;
using Custos.Core.Authorization;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Gateway.Mcp.Upstreams;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Custos.Gateway.Mcp.Notifications;

/// <summary>
/// Passes what upstream servers announce on to the agents' sessions, and only after judging it:
/// <list type="bullet">
/// <item><c>notifications/message</c> (logging): to each session whose agent set a level at or below the
/// message's with <c>logging/setLevel</c> and may <c>read</c> <c>system.log</c>; each delivery is an action
/// through the whole pipeline (the message screened out like a result: redacted, or withheld with an alert
/// when it holds a secret Custos keeps), and recorded. A server and logger over <c>server.mcp_log_limit</c>
/// has its messages counted and summarised instead (<see cref="LogFloodGuard"/>).</item>
/// <item><c>notifications/tools/list_changed</c>: the tools are listed again, screened for poisoning and checked
/// against their pins (holding, blocking and alerting) before anyone is told; then only the sessions whose
/// visible list changed get <c>list_changed</c>. Prompts and resources likewise.</item>
/// <item><c>notifications/resources/updated</c>: to the sessions subscribed to that resource whose agent may
/// still read it.</item>
/// </list>
/// Nothing goes to a halted agent or a closed session.
/// </summary>
public sealed partial class NotificationRelay(
    UpstreamEvents events,
    AgentSessions sessions,
    UpstreamPool upstreams,
    ToolPins pins,
    McpToolGateway tools,
    McpCatalogGateway catalog,
    ActionPipeline pipeline,
    IAuthorizer authorizer,
    IAgentStateStore states,
    AgentActivity activity,
    LogFloodGuard floods,
    TimeProvider clock,
    ILogger<NotificationRelay> logger) : BackgroundService
{
    public const string LogPrefix = "log/";

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>
    /// The Cedar resource an agent must be allowed to <c>read</c> to get a system's log messages from a logger:
    /// <c>system.log/LOGGER</c> (<c>log/default</c> for messages that name none), so a grant reads <c>tools: ["log/*"]</c>.
    /// </summary>
    public static string LogResource(string system, string? logger = null) =>
        $"{system}.{LogPrefix}{(string.IsNullOrEmpty(logger) ? "default" : McpCatalogGateway.Nameable(logger))}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        sessions.Ended += OnSessionEnded;
        try
        {
            await foreach (var item in events.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await RelayAsync(item, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogRelayFailed(logger, ex, item.Notification.Method, item.System);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
        finally
        {
            sessions.Ended -= OnSessionEnded;
        }
    }

    /// <summary>Judges and passes on one upstream notification (the relay loop calls it in arrival order).</summary>
    public async Task RelayAsync(UpstreamNotification item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var snapshot = pipeline.ConfigSource.Current;
        if (upstreams.Find(snapshot, item.System) is not { } upstream)
        {
            return;
        }

        switch (item.Notification.Method)
        {
            case NotificationMethods.LoggingMessageNotification:
                await RelayLogAsync(snapshot, item.System, item.Notification, cancellationToken);
                break;
            case NotificationMethods.ToolListChangedNotification:
                // Re-screen and re-check every pin first: a poisoned or changed tool is held (and alerted) before any agent hears of it.
                foreach (var tool in await upstream.ListToolsAsync(cancellationToken))
                {
                    await pins.RefusalAsync(snapshot, item.System, tool, cancellationToken);
                }

                await TellChangedAsync(snapshot, NotificationMethods.ToolListChangedNotification, s => s.ToolsSeen, (s, v) => s.ToolsSeen = v,
                    async (agent, token) => ListFingerprint.Of(await tools.VisibleToolsAsync(snapshot, agent, token)), cancellationToken);
                break;
            case NotificationMethods.PromptListChangedNotification:
                // The server's cached list is gone (UpstreamServer); list it again and check every pin, as for tools.
                foreach (var prompt in await upstream.ListPromptsAsync(cancellationToken))
                {
                    await catalog.PromptRefusalAsync(snapshot, item.System, prompt, cancellationToken);
                }

                await TellChangedAsync(snapshot, NotificationMethods.PromptListChangedNotification, s => s.PromptsSeen, (s, v) => s.PromptsSeen = v,
                    async (agent, token) => ListFingerprint.Of(await catalog.VisiblePromptsAsync(snapshot, agent, token)), cancellationToken);
                break;
            case NotificationMethods.ResourceListChangedNotification:
                var (listed, listedTemplates) = await upstream.ListResourcesAsync(cancellationToken);
                foreach (var resource in listed)
                {
                    await catalog.ResourceRefusalAsync(snapshot, item.System, resource, cancellationToken);
                }

                foreach (var template in listedTemplates)
                {
                    await catalog.TemplateRefusalAsync(snapshot, item.System, template, cancellationToken);
                }

                await TellChangedAsync(snapshot, NotificationMethods.ResourceListChangedNotification, s => s.ResourcesSeen, (s, v) => s.ResourcesSeen = v,
                    async (agent, token) =>
                    {
                        var (resources, templates) = await catalog.VisibleResourcesAsync(snapshot, agent, token);
                        return ListFingerprint.Of(resources, templates);
                    }, cancellationToken);
                break;
            case NotificationMethods.ResourceUpdatedNotification:
                await RelayUpdatedAsync(item.System, item.Notification, cancellationToken);
                break;
        }
    }

    /// <summary><c>logging/setLevel</c> from an agent: kept for its session, and passed to each upstream as the most verbose level any session that may read its log asked for.</summary>
    public async ValueTask<EmptyResult> SetLevelAsync(ModelContextProtocol.Server.RequestContext<SetLevelRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        McpToolGateway.PrincipalOf(request);
        if (sessions.Of(request.Server) is not { } session)
        {
            throw new McpProtocolException("logging/setLevel needs a session: Custos sends log messages only on a session's stream (connect with the initialize handshake, protocol 2025-11-25 or earlier)", McpErrorCode.InvalidRequest);
        }

        session.LoggingLevel = request.Params?.Level ?? throw new McpProtocolException("logging/setLevel needs params.level (debug, info, notice, warning, error, critical, alert or emergency)", McpErrorCode.InvalidParams);
        await ApplyLevelsAsync(cancellationToken);
        return new EmptyResult();
    }

    /// <summary>
    /// <c>resources/subscribe</c>: an action <c>read</c> on the resource through the whole pipeline (authorized,
    /// recorded); the first subscriber of a resource subscribes Custos upstream.
    /// </summary>
    public async ValueTask<EmptyResult> SubscribeAsync(ModelContextProtocol.Server.RequestContext<SubscribeRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var principal = McpToolGateway.PrincipalOf(request);
        var agentUri = request.Params?.Uri ?? string.Empty;
        var (system, uri) = McpCatalogGateway.SplitUri(agentUri);
        if (sessions.Of(request.Server) is not { } session)
        {
            throw new McpProtocolException("resources/subscribe needs a session: Custos sends resource updates only on a session's stream (connect with the initialize handshake, protocol 2025-11-25 or earlier)", McpErrorCode.InvalidRequest);
        }

        var arguments = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["uri"] = uri, ["subscribe"] = "true" }, StringMapInfo);
        var action = AgentAction.Create(ActionChannel.Mcp, principal.Credential, McpCatalogGateway.ReadAction, McpCatalogGateway.ResourceResource(system, uri), arguments, clock, principal.Origin);
        var context = await pipeline.RunAsync(action, async (ctx, token) =>
        {
            if (upstreams.Find(ctx.Config, system) is not { } upstream)
            {
                ctx.Fail(StageName.Forward, $"'{system}' is not an MCP server in custos.yaml (systems with kind: mcp); resources/list shows what you can read");
                return;
            }

            try
            {
                if (!sessions.All.Any(s => s.Subscriptions.ContainsKey(agentUri)))
                {
                    await upstream.SubscribeAsync(uri, token);
                }

                session.Subscriptions[agentUri] = 0;
            }
            catch (UpstreamUnavailableException ex)
            {
                ctx.Fail(StageName.Forward, ex.Message);
            }
            catch (McpProtocolException ex)
            {
                ctx.Fail(StageName.Forward, $"the MCP server '{system}' refused the subscription ({ex.ErrorCode}): {UpstreamServer.Truncate(ex.Message, 300)}");
            }
        }, cancellationToken);
        return context.Outcome == ActionOutcome.Success ? new EmptyResult() : throw McpCatalogGateway.Refused(context, action.Resource, cancellationToken);
    }

    /// <summary><c>resources/unsubscribe</c>: the last subscriber of a resource unsubscribes Custos upstream.</summary>
    public async ValueTask<EmptyResult> UnsubscribeAsync(ModelContextProtocol.Server.RequestContext<UnsubscribeRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        McpToolGateway.PrincipalOf(request);
        var agentUri = request.Params?.Uri ?? string.Empty;
        McpCatalogGateway.SplitUri(agentUri);
        if (sessions.Of(request.Server) is { } session && session.Subscriptions.TryRemove(agentUri, out _))
        {
            await ReleaseAsync(agentUri, cancellationToken);
        }

        return new EmptyResult();
    }

    private async Task RelayLogAsync(CustosConfig snapshot, string system, JsonRpcNotification notification, CancellationToken cancellationToken)
    {
        LoggingMessageNotificationParams? message;
        try
        {
            message = notification.Params?.Deserialize<LoggingMessageNotificationParams>(McpJsonUtilities.DefaultOptions);
        }
        catch (JsonException)
        {
            message = null;
        }

        if (message is null)
        {
            LogMalformed(logger, system, notification.Method);
            return;
        }

        var recipients = new List<AgentSession>();
        foreach (var session in sessions.All)
        {
            if (session.LoggingLevel is { } wanted && message.Level >= wanted
                && snapshot.FindAgent(session.Agent) is { } agent && Permits(snapshot, agent, McpCatalogGateway.ReadAction, LogResource(system, message.Logger)))
            {
                recipients.Add(session);
            }
        }

        // Only a message some session asked for counts against the limit; one over it is counted, not relayed
        // (checked before the store is asked whether each agent is live, so a flood stays cheap to refuse).
        if (recipients.Count == 0 || !await floods.AdmitAsync(system, message.Logger, cancellationToken))
        {
            return;
        }

        foreach (var session in recipients)
        {
            if (await IsLiveAsync(session, cancellationToken))
            {
                await DeliverLogAsync(session, system, message, cancellationToken);
            }
        }
    }

    private async Task DeliverLogAsync(AgentSession session, string system, LoggingMessageNotificationParams message, CancellationToken cancellationToken)
    {
        // Each agent gets its own copy, screened with its own screening settings.
        var data = message.Data.ValueKind == JsonValueKind.String ? message.Data.GetString() ?? string.Empty : message.Data.GetRawText();
        var loggerName = message.Logger;
        var arguments = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["level"] = message.Level.ToString().ToLowerInvariant() }, StringMapInfo);
        var action = AgentAction.Create(ActionChannel.Mcp, session.Principal.Credential, McpCatalogGateway.ReadAction, LogResource(system, message.Logger), arguments, clock, session.Principal.Origin);
        var context = await pipeline.RunAsync(action, (ctx, _) =>
        {
            var output = new McpTextsOutput();
            output.Add("data", () => data, value => data = value);
            if (loggerName is not null)
            {
                output.Add("logger", () => loggerName, value => loggerName = value);
            }

            ctx.Output = output;
            ctx.Result = output;
            return ValueTask.CompletedTask;
        }, cancellationToken);
        if (context.Outcome != ActionOutcome.Success)
        {
            return;
        }

        JsonElement sent;
        if (message.Data.ValueKind == JsonValueKind.String)
        {
            sent = JsonSerializer.SerializeToElement(data, McpInfo.Of<string>());
        }
        else
        {
            try
            {
                using var document = JsonDocument.Parse(data);
                sent = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                // Redaction broke the JSON: send the redacted text rather than anything unscreened.
                sent = JsonSerializer.SerializeToElement(data, McpInfo.Of<string>());
            }
        }

        await SendAsync(session, NotificationMethods.LoggingMessageNotification, new LoggingMessageNotificationParams
        {
            Level = message.Level,
            Logger = loggerName is null ? system : $"{system}.{loggerName}",
            Data = sent,
        }, McpInfo.Of<LoggingMessageNotificationParams>(), cancellationToken);
    }

    private async Task TellChangedAsync(CustosConfig snapshot, string method, Func<AgentSession, string?> seen, Action<AgentSession, string> remember, Func<AgentDefinition, CancellationToken, Task<string>> fingerprint, CancellationToken cancellationToken)
    {
        foreach (var session in sessions.All)
        {
            // A session that never listed has nothing to be told: its first list will be current.
            if (seen(session) is not { } before || snapshot.FindAgent(session.Agent) is not { } agent || !await IsLiveAsync(session, cancellationToken))
            {
                continue;
            }

            var now = await fingerprint(agent, cancellationToken);
            if (now == before)
            {
                continue;
            }

            remember(session, now);
            await SendAsync(session, method, cancellationToken);
        }
    }

    private async Task RelayUpdatedAsync(string system, JsonRpcNotification notification, CancellationToken cancellationToken)
    {
        ResourceUpdatedNotificationParams? updated;
        try
        {
            updated = notification.Params?.Deserialize<ResourceUpdatedNotificationParams>(McpJsonUtilities.DefaultOptions);
        }
        catch (JsonException)
        {
            updated = null;
        }

        if (updated?.Uri is not { Length: > 0 } uri)
        {
            LogMalformed(logger, system, notification.Method);
            return;
        }

        var agentUri = McpCatalogGateway.AgentUri(system, uri);
        foreach (var session in sessions.All)
        {
            if (!session.Subscriptions.ContainsKey(agentUri) || activity.IsClosed(session.Id))
            {
                continue;
            }

            // Authenticated, contained and authorized now, not at subscription time: a halt or a changed policy applies at once.
            var check = await pipeline.CheckAsync(AgentAction.Create(ActionChannel.Mcp, session.Principal.Credential, McpCatalogGateway.ReadAction, McpCatalogGateway.ResourceResource(system, uri), EmptyObject, clock, session.Principal.Origin), cancellationToken);
            if (check.Outcome != ActionOutcome.Success)
            {
                continue;
            }

            // Only the URI the agent subscribed to goes out; nothing else the server put in the notification.
            await SendAsync(session, NotificationMethods.ResourceUpdatedNotification, new ResourceUpdatedNotificationParams { Uri = agentUri },
                McpInfo.Of<ResourceUpdatedNotificationParams>(), cancellationToken);
        }
    }

    private async Task<bool> IsLiveAsync(AgentSession session, CancellationToken cancellationToken) =>
        !activity.IsClosed(session.Id) && await states.GetAsync(session.Agent, cancellationToken) is not { Status: AgentStatus.Halted };

    // The level is set per upstream, not per logger: any log of the system the agent may read counts (checked per message).
    private bool PermitsAnyLog(CustosConfig snapshot, AgentDefinition agent, string system) =>
        snapshot.Grants.Any(g => g.Agent == agent.Name && g.System == system && g.Actions.Contains(McpCatalogGateway.ReadAction))
        || Permits(snapshot, agent, McpCatalogGateway.ReadAction, LogResource(system));

    private bool Permits(CustosConfig snapshot, AgentDefinition agent, string action, string resource) =>
        ResourceName.TryParse(resource, out var name, out _)
        && authorizer.Authorize(new AuthorizationRequest(agent, action, name, EmptyObject) { At = clock.GetUtcNow(), Channel = ActionChannel.Mcp }, snapshot).IsAllowed;

    private Task SendAsync(AgentSession session, string method, CancellationToken cancellationToken) =>
        SendAsync(session, method, token => session.Server.SendNotificationAsync(method, token), cancellationToken);

    private Task SendAsync<T>(AgentSession session, string method, T parameters, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, CancellationToken cancellationToken) =>
        SendAsync(session, method, token => session.Server.SendNotificationAsync(method, parameters, info.Options, token), cancellationToken);

    private async Task SendAsync(AgentSession session, string method, Func<CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await send(timeout.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The session's stream closed or stalled; the agent lists again when it reconnects.
            LogSendFailed(logger, ex, method, session.Agent);
        }
    }

    /// <summary>Sets each upstream's log level to the most verbose one asked by a session whose agent may read its log.</summary>
    private async Task ApplyLevelsAsync(CancellationToken cancellationToken)
    {
        var snapshot = pipeline.ConfigSource.Current;
        foreach (var system in UpstreamPool.McpSystems(snapshot))
        {
            LoggingLevel? wanted = null;
            foreach (var session in sessions.All)
            {
                if (session.LoggingLevel is { } level && (wanted is null || level < wanted)
                    && snapshot.FindAgent(session.Agent) is { } agent && PermitsAnyLog(snapshot, agent, system.Name))
                {
                    wanted = level;
                }
            }

            // With no session left that wants a system's log, it is asked for emergencies only (the protocol has no "off").
            var upstream = upstreams.Get(snapshot, system);
            if (wanted is null && upstream.LoggingLevel is not null)
            {
                wanted = LoggingLevel.Emergency;
            }

            if (wanted is { } set && upstream.LoggingLevel != set)
            {
                try
                {
                    await upstream.SetLoggingLevelAsync(set, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogSetLevelFailed(logger, ex, system.Name);
                }
            }
        }
    }

    private void OnSessionEnded(AgentSession session) => _ = ReleaseAllAsync(session);

    private async Task ReleaseAllAsync(AgentSession session)
    {
        try
        {
            foreach (var uri in session.Subscriptions.Keys.ToArray())
            {
                session.Subscriptions.TryRemove(uri, out _);
                await ReleaseAsync(uri, CancellationToken.None);
            }

            if (session.LoggingLevel is not null)
            {
                await ApplyLevelsAsync(CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogRelayFailed(logger, ex, "resources/unsubscribe", session.Agent);
        }
    }

    private async Task ReleaseAsync(string agentUri, CancellationToken cancellationToken)
    {
        if (sessions.All.Any(s => s.Subscriptions.ContainsKey(agentUri)))
        {
            return;
        }

        var (system, uri) = McpCatalogGateway.SplitUri(agentUri);
        if (upstreams.Find(pipeline.ConfigSource.Current, system) is { } upstream)
        {
            try
            {
                await upstream.UnsubscribeAsync(uri, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRelayFailed(logger, ex, "resources/unsubscribe", system);
            }
        }
    }

    private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<Dictionary<string, string>> StringMapInfo =
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Dictionary<string, string>>)McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(Dictionary<string, string>));

    [LoggerMessage(EventId = 740, Level = LogLevel.Warning, Message = "Could not relay {Method} from MCP server {System}")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception, string method, string system);

    [LoggerMessage(EventId = 741, Level = LogLevel.Warning, Message = "MCP server {System} sent a malformed {Method}; it reached no agent")]
    private static partial void LogMalformed(ILogger logger, string system, string method);

    [LoggerMessage(EventId = 742, Level = LogLevel.Debug, Message = "Could not send {Method} to a session of {Agent}")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string method, string agent);

    [LoggerMessage(EventId = 743, Level = LogLevel.Warning, Message = "MCP server {System} did not take the log level")]
    private static partial void LogSetLevelFailed(ILogger logger, Exception exception, string system);
}
