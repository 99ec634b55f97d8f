using System.Text;
using System.Text.Json;
using Custos.Core.Authorization;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Gateway.Mcp.Upstreams;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Custos.Gateway.Mcp;

/// <summary>
/// The tools side of the MCP endpoint. <c>tools/list</c> merges the upstream servers' tools under
/// <c>system.tool</c> names and shows an agent only those policy lets it call; <c>tools/call</c> is an
/// <see cref="AgentAction"/> (action <c>call</c>, resource <c>system.tool</c>, context the arguments) that the
/// whole pipeline decides, forwards, screens and records. A refusal or failure is a tool error result that
/// says which stage stopped it and why.
/// </summary>
public sealed partial class McpToolGateway(ActionPipeline pipeline, IAuthorizer authorizer, UpstreamPool upstreams, ToolPins pins, AgentActivity activity, Notifications.AgentSessions sessions, TimeProvider clock, ILogger<McpToolGateway> logger)
{
    public const string CallAction = "call";

    /// <summary>How long tools/list waits for one upstream before leaving its tools out of this answer.</summary>
    public static readonly TimeSpan ListTimeout = TimeSpan.FromSeconds(20);

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    public async ValueTask<ListToolsResult> ListToolsAsync(RequestContext<ListToolsRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var principal = PrincipalOf(request);
        var snapshot = pipeline.ConfigSource.Current;
        var result = new ListToolsResult { Tools = new List<Tool>() };
        if (snapshot.FindAgent(principal.Agent) is not { } agent)
        {
            return result;
        }

        result.Tools = await VisibleToolsAsync(snapshot, agent, cancellationToken);
        if (sessions.Of(request.Server) is { } session)
        {
            session.ToolsSeen = Notifications.ListFingerprint.Of(result.Tools);
        }

        return result;
    }

    /// <summary>
    /// The tools <paramref name="agent"/> may see, namespaced: listed by their server, approved and not poisoned
    /// (pinned when new), and callable under policy.
    /// </summary>
    public async Task<List<Tool>> VisibleToolsAsync(CustosConfig snapshot, AgentDefinition agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(agent);
        var visible = new List<Tool>();
        var systems = UpstreamPool.McpSystems(snapshot).ToArray();
        var lists = await Task.WhenAll(systems.Select(s => ListSystemAsync(snapshot, s, cancellationToken)));
        var now = clock.GetUtcNow();
        for (var i = 0; i < systems.Length; i++)
        {
            foreach (var tool in lists[i])
            {
                var name = $"{systems[i].Name}.{tool.Name}";
                if (!ResourceName.TryParse(name, out var resource, out _) || !await pins.IsUsableAsync(snapshot, systems[i].Name, tool, cancellationToken))
                {
                    continue;
                }

                var decision = authorizer.Authorize(new AuthorizationRequest(agent, CallAction, resource, EmptyObject) { At = now, Channel = ActionChannel.Mcp }, snapshot);
                if (decision.IsAllowed)
                {
                    visible.Add(Namespaced(tool, name));
                }
            }
        }

        return visible;
    }

    public ValueTask<CallToolResult> CallToolAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CallAsync(PrincipalOf(request), request.Params?.Name ?? string.Empty, ArgumentsOf(request.Params?.Arguments), request.Params?.ProgressToken, request.Server, cancellationToken);
    }

    /// <summary>
    /// One <c>tools/call</c>, decided, forwarded, screened and recorded by the pipeline. <paramref name="agentRequest"/>
    /// is the SDK's server for the agent's request: progress goes back on it, and an upstream's sampling or
    /// elicitation for this call is asked of it; without one (the lean path, <see cref="McpLeanToolCall"/>, which
    /// serves only calls without a progress token on the stateless protocol), such a request is refused as the
    /// SDK's stateless server refuses it.
    /// </summary>
    internal async ValueTask<CallToolResult> CallAsync(AgentPrincipal principal, string name, JsonElement arguments, ProgressToken? progressToken, McpServer? agentRequest, CancellationToken cancellationToken)
    {
        var action = AgentAction.Create(ActionChannel.Mcp, principal.Credential, CallAction, name, arguments, clock, principal.Origin);

        using var call = activity.BeginCall(principal.Agent);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, call.Halted);
        var context = await pipeline.RunAsync(action, (ctx, token) => ForwardAsync(ctx, principal, agentRequest, progressToken, token), linked.Token);
        if (context.Outcome == ActionOutcome.Success && context.Result is CallToolResult forwarded)
        {
            return forwarded;
        }

        if (call.WasHalted)
        {
            return Refusal($"Custos cancelled {Shown(name)}: agent {principal.Agent} was halted while the call ran; nothing passes until an operator resumes it (action {action.Id})");
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Refusal(Explain(context, name));
    }

    // A loop, not FirstOrDefault with a lambda: this runs on every call, and the lambda captured the tool's name.
    private static Tool? Listed(IReadOnlyList<Tool> tools, string name)
    {
        for (var i = 0; i < tools.Count; i++)
        {
            if (tools[i].Name == name)
            {
                return tools[i];
            }
        }

        return null;
    }

    /// <summary>The tool error text for a refused or failed call: the stage, the reasons and the deciding policies.</summary>
    public static string Explain(ActionContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = new StringBuilder();
        var stage = context.StoppedAt is { } stopped ? StageText(stopped) : "unknown";
        text.Append(context.Outcome == ActionOutcome.Failure ? "Custos could not complete " : "Custos denied ")
            .Append(Shown(name)).Append(" at the ").Append(stage).Append(" stage: ")
            .AppendJoin("; ", context.Reasons);
        if (context.StoppedAt == StageName.Authorize && context.Decision is { Policies.Count: > 0 } decision)
        {
            text.Append(" (policies: ").AppendJoin(", ", decision.Policies).Append(')');
        }

        text.Append(" (action ").Append(context.Action.Id).Append(')');
        return text.ToString();
    }

    private async ValueTask ForwardAsync(ActionContext context, AgentPrincipal principal, McpServer? agentSession, ProgressToken? progressToken, CancellationToken cancellationToken)
    {
        var resource = context.Resource ?? throw new InvalidOperationException("forward runs after authorize");
        if (resource.Tool is not { } tool)
        {
            context.Fail(StageName.Forward, $"'{resource}' names a system, not a tool; call a tool as system.tool, as tools/list shows");
            return;
        }

        if (upstreams.Find(context.Config, resource.System) is not { } upstream)
        {
            context.Fail(StageName.Forward, $"'{resource.System}' is not an MCP server in custos.yaml (systems with kind: mcp); tools/list shows the tools you can call");
            return;
        }

        ModelContextProtocol.Client.McpClient client;
        try
        {
            client = await upstream.GetClientAsync(cancellationToken);
        }
        catch (UpstreamUnavailableException ex)
        {
            context.Fail(StageName.Forward, ex.Message);
            return;
        }

        // Only a tool the server lists, with the definition that was approved, is called (rug-pull protection).
        Tool? definition;
        try
        {
            definition = Listed(await upstream.ListToolsAsync(cancellationToken), tool);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            context.Fail(StageName.Forward, $"the MCP server '{resource.System}' did not list its tools ({ex.GetType().Name}); it is started again on next use");
            return;
        }

        if (definition is null)
        {
            context.Fail(StageName.Forward, $"the MCP server '{resource.System}' has no tool named '{tool}'; tools/list shows the tools you can call");
            return;
        }

        if (await pins.RefusalAsync(context.Config, resource.System, definition, cancellationToken) is { } refusal)
        {
            context.Deny(StageName.Forward, refusal);
            return;
        }

        var progress = progressToken is { } token && agentSession is not null ? new ProgressRelay(agentSession, token) : null;
        CallToolResult result;
        try
        {
            result = await upstream.CallToolAsync(client, tool, DictionaryOf(context.Arguments), context.Credentials, progress, cancellationToken, new ToolCaller(principal, agentSession, tool, context.Action.Id));
            if (progress is not null)
            {
                await progress.DrainAsync();
            }
        }
        catch (McpProtocolException ex)
        {
            context.Fail(StageName.Forward, $"the MCP server '{resource.System}' answered with an error ({ex.ErrorCode}): {UpstreamServer.Truncate(ex.Message, 300)}");
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUpstreamFailed(logger, ex, resource.System, context.Action.Id);
            context.Fail(StageName.Forward, $"the MCP server '{resource.System}' failed during the call ({ex.GetType().Name}); it is started again on next use");
            return;
        }

        ToolResultOutput output;
        try
        {
            output = new ToolResultOutput(result, context.Config.Server.MaxMcpBlobBytes);
        }
        catch (McpBlobException ex)
        {
            context.Fail(StageName.Forward, $"the MCP server '{resource.System}' answered {tool} with a result Custos cannot screen: {ex.Message}");
            return;
        }

        context.Findings.AddRange(output.Binaries);
        context.Result = result;
        context.Output = output;
    }

    private Task<IReadOnlyList<Tool>> ListSystemAsync(CustosConfig snapshot, SystemDefinition system, CancellationToken cancellationToken) =>
        ListWithinAsync(async token => await upstreams.Get(snapshot, system).ListToolsAsync(token), (IReadOnlyList<Tool>)[], ex => LogListFailed(logger, ex, system.Name), cancellationToken);

    /// <summary>
    /// One upstream's list, within <see cref="ListTimeout"/>: a server that fails or stalls is reported
    /// (<paramref name="failed"/>) and contributes <paramref name="empty"/>, so one server never empties or stalls the others' lists.
    /// </summary>
    internal static async Task<T> ListWithinAsync<T>(Func<CancellationToken, Task<T>> list, T empty, Action<Exception> failed, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ListTimeout);
        try
        {
            return await list(timeout.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            failed(ex);
            return empty;
        }
    }

    private static Tool Namespaced(Tool tool, string name) => new()
    {
        Name = name,
        Title = tool.Title,
        Description = tool.Description,
        InputSchema = tool.InputSchema,
        OutputSchema = tool.OutputSchema,
        Annotations = tool.Annotations,
        Icons = tool.Icons,
        Meta = tool.Meta,
    };

    internal static AgentPrincipal PrincipalOf(MessageContext request) =>
        request.User as AgentPrincipal ?? throw new McpProtocolException("the request was not admitted by Custos; send the agent's Custos token as 'Authorization: Bearer cst_…'", McpErrorCode.InvalidRequest);

    internal static JsonElement ArgumentsOf(IDictionary<string, JsonElement>? arguments)
    {
        if (arguments is null || arguments.Count == 0)
        {
            return EmptyObject;
        }

        // One pooled buffer and one parse into a document of its own (ParseValue copies what it reads), not a
        // growing array, a document and its clone.
        using var buffer = new Llm.PooledBufferWriter(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in arguments)
            {
                writer.WritePropertyName(key);
                value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>The arguments of a parsed request's object, as <see cref="ArgumentsOf(IDictionary{string, JsonElement}?)"/> makes them from the SDK's dictionary: the same bytes.</summary>
    internal static JsonElement ArgumentsOf(JsonElement arguments)
    {
        if (arguments.ValueKind != JsonValueKind.Object || arguments.GetPropertyCount() == 0)
        {
            return EmptyObject;
        }

        using var buffer = new Llm.PooledBufferWriter(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in arguments.EnumerateObject())
            {
                writer.WritePropertyName(property.Name);
                property.Value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    private static Dictionary<string, JsonElement> DictionaryOf(JsonElement? arguments)
    {
        if (arguments is not { ValueKind: JsonValueKind.Object } json)
        {
            return new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        }

        var result = new Dictionary<string, JsonElement>(json.GetPropertyCount(), StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            result[property.Name] = property.Value;
        }

        return result;
    }

    private static CallToolResult Refusal(string text) => new() { IsError = true, Content = [new TextContentBlock { Text = text }] };

    private static string Shown(string name) => ResourceName.TryParse(name, out var resource, out _) ? resource.ToString() : "the tool";

    private static string StageText(StageName stage) => stage switch
    {
        StageName.ScreenIn => "screen-in",
        StageName.ScreenOut => "screen-out",
        StageName.InjectCredentials => "inject-credentials",
        _ => stage.ToString().ToLowerInvariant(),
    };

    [LoggerMessage(EventId = 720, Level = LogLevel.Warning, Message = "MCP server {System} failed during call {ActionId}")]
    private static partial void LogUpstreamFailed(ILogger logger, Exception exception, string system, Guid actionId);

    [LoggerMessage(EventId = 721, Level = LogLevel.Warning, Message = "MCP server {System} did not list its tools; they are left out of tools/list")]
    private static partial void LogListFailed(ILogger logger, Exception exception, string system);
}
