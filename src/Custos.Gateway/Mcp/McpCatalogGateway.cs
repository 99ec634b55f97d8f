using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Custos.Core.Authorization;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Gateway.Mcp.Upstreams;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Custos.Gateway.Mcp;

/// <summary>
/// The prompts and resources side of the MCP endpoint. Prompts are named <c>system.prompt</c> as tools are;
/// resource URIs are prefixed with their system, <c>system+uri</c> (<c>everything+demo://resource/…</c>), which
/// stays a valid URI. Both are read: Cedar action <c>read</c> on <c>system.prompt/NAME</c> or on
/// <c>system.resource/URI</c> (the URI with <c>://</c> as <c>/</c> and any character a grant cannot name as
/// <c>_</c>), so a grant reads <c>tools: ["prompt/*", "resource/demo/resource/static/*"]</c> and a tool and a prompt
/// of the same name never share a permission. Lists show only what the agent may read and whose definition is
/// approved and not poisoned (pinned by hash like tools, <see cref="ToolPins"/>, under <c>prompt/NAME</c>,
/// <c>resource/URI</c> and <c>resource-template/URI</c>); <c>prompts/get</c> and <c>resources/read</c> run the
/// whole pipeline, their texts (and text blobs, decoded) screened out.
/// A refusal is a JSON-RPC error naming the stage and the reasons (these methods have no tool-error form).
/// </summary>
public sealed partial class McpCatalogGateway(ActionPipeline pipeline, IAuthorizer authorizer, UpstreamPool upstreams, ToolPins pins, Notifications.AgentSessions sessions, TimeProvider clock, ILogger<McpCatalogGateway> logger)
{
    public const string ReadAction = "read";
    public const string PromptPrefix = "prompt/";
    public const string ResourcePrefix = "resource/";
    public const string TemplatePrefix = "resource-template/";

    /// <summary>The most suggestions one completion carries (the protocol's own limit); the rest are cut, with hasMore set.</summary>
    public const int MaxCompletionValues = 100;

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    public async ValueTask<ListPromptsResult> ListPromptsAsync(RequestContext<ListPromptsRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var principal = McpToolGateway.PrincipalOf(request);
        var snapshot = pipeline.ConfigSource.Current;
        var result = new ListPromptsResult { Prompts = new List<Prompt>() };
        if (snapshot.FindAgent(principal.Agent) is not { } agent)
        {
            return result;
        }

        result.Prompts = await VisiblePromptsAsync(snapshot, agent, cancellationToken);
        if (sessions.Of(request.Server) is { } session)
        {
            session.PromptsSeen = Notifications.ListFingerprint.Of(result.Prompts);
        }

        return result;
    }

    /// <summary>The prompts <paramref name="agent"/> may see, namespaced: readable under policy, approved and not poisoned (pinned when new).</summary>
    public async Task<List<Prompt>> VisiblePromptsAsync(CustosConfig snapshot, AgentDefinition agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var systems = UpstreamPool.McpSystems(snapshot).ToArray();
        var lists = await Task.WhenAll(systems.Select(s => ListAsync(s, async token => await upstreams.Get(snapshot, s).ListPromptsAsync(token), (IReadOnlyList<Prompt>)[], cancellationToken)));
        var visible = new List<Prompt>();
        for (var i = 0; i < systems.Length; i++)
        {
            var system = systems[i].Name;
            await AddVisibleAsync(visible, snapshot, agent, lists[i], p => PromptResource(system, p.Name), p => PromptRefusalAsync(snapshot, system, p, cancellationToken), p => p.Name = $"{system}.{p.Name}");
        }

        return visible;
    }

    public async ValueTask<ListResourcesResult> ListResourcesAsync(RequestContext<ListResourcesRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (resources, _) = await ResourceListsOfAsync(request, cancellationToken);
        return new ListResourcesResult { Resources = resources };
    }

    public async ValueTask<ListResourceTemplatesResult> ListResourceTemplatesAsync(RequestContext<ListResourceTemplatesRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (_, templates) = await ResourceListsOfAsync(request, cancellationToken);
        return new ListResourceTemplatesResult { ResourceTemplates = templates };
    }

    /// <summary>
    /// The resources and resource templates <paramref name="agent"/> may see, with agent URIs: readable under
    /// policy (a template when the agent may read what its fixed part names, the URI up to the first '{'),
    /// approved and not poisoned (pinned when new).
    /// </summary>
    public async Task<(List<Resource> Resources, List<ResourceTemplate> Templates)> VisibleResourcesAsync(CustosConfig snapshot, AgentDefinition agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var systems = UpstreamPool.McpSystems(snapshot).ToArray();
        var lists = await Task.WhenAll(systems.Select(s => ListAsync(
            s,
            async token => await upstreams.Get(snapshot, s).ListResourcesAsync(token),
            ((IReadOnlyList<Resource>)[], (IReadOnlyList<ResourceTemplate>)[]),
            cancellationToken)));
        var resources = new List<Resource>();
        var templates = new List<ResourceTemplate>();
        for (var i = 0; i < systems.Length; i++)
        {
            var system = systems[i].Name;
            await AddVisibleAsync(resources, snapshot, agent, lists[i].Item1, r => ResourceResource(system, r.Uri), r => ResourceRefusalAsync(snapshot, system, r, cancellationToken), r => r.Uri = AgentUri(system, r.Uri));
            await AddVisibleAsync(templates, snapshot, agent, lists[i].Item2, t => TemplateResource(system, t.UriTemplate), t => TemplateRefusalAsync(snapshot, system, t, cancellationToken), t => t.UriTemplate = AgentUri(system, t.UriTemplate));
        }

        return (resources, templates);
    }

    /// <summary>
    /// Adds to <paramref name="visible"/> each of a system's <paramref name="items"/> the agent may read whose
    /// definition is approved and not poisoned, as a copy renamed for the agent (the upstream's list is left as it is).
    /// </summary>
    private async Task AddVisibleAsync<T>(List<T> visible, CustosConfig snapshot, AgentDefinition agent, IReadOnlyList<T> items, Func<T, string> cedarResource, Func<T, ValueTask<string?>> refusal, Action<T> rename)
    {
        var info = (JsonTypeInfo<T>)McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(T));
        foreach (var item in items)
        {
            if (Permits(snapshot, agent, cedarResource(item)) && await refusal(item) is null)
            {
                var copy = JsonSerializer.Deserialize(JsonSerializer.SerializeToElement(item, info), info)!;
                rename(copy);
                visible.Add(copy);
            }
        }
    }

    private async Task<(List<Resource> Resources, List<ResourceTemplate> Templates)> ResourceListsOfAsync(MessageContext request, CancellationToken cancellationToken)
    {
        var principal = McpToolGateway.PrincipalOf(request);
        var snapshot = pipeline.ConfigSource.Current;
        if (snapshot.FindAgent(principal.Agent) is not { } agent)
        {
            return ([], []);
        }

        var lists = await VisibleResourcesAsync(snapshot, agent, cancellationToken);
        if (sessions.Of(request.Server) is { } session)
        {
            session.ResourcesSeen = Notifications.ListFingerprint.Of(lists.Resources, lists.Templates);
        }

        return lists;
    }

    /// <summary>Null when the prompt's definition is approved and not poisoned; otherwise why it is held back.</summary>
    public ValueTask<string?> PromptRefusalAsync(CustosConfig snapshot, string system, Prompt prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        return pins.RefusalAsync(snapshot, system, PromptPrefix + Nameable(prompt.Name), prompt, static p => DefinitionOf(new Prompt { Name = p.Name, Title = p.Title, Description = p.Description, Arguments = p.Arguments }), ToolPins.PromptPoisonedRule, cancellationToken);
    }

    /// <summary>Null when the resource's definition is approved and not poisoned; otherwise why it is held back.</summary>
    public ValueTask<string?> ResourceRefusalAsync(CustosConfig snapshot, string system, Resource resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return pins.RefusalAsync(snapshot, system, ResourcePrefix + NameablePath(resource.Uri), resource, static r => DefinitionOf(new Resource { Uri = r.Uri, Name = r.Name, Title = r.Title, Description = r.Description, MimeType = r.MimeType }), ToolPins.ResourcePoisonedRule, cancellationToken);
    }

    /// <summary>Null when the resource template's definition is approved and not poisoned; otherwise why it is held back.</summary>
    public ValueTask<string?> TemplateRefusalAsync(CustosConfig snapshot, string system, ResourceTemplate template, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        return pins.RefusalAsync(snapshot, system, TemplatePrefix + Nameable(template.UriTemplate), template, static t => DefinitionOf(t), ToolPins.ResourcePoisonedRule, cancellationToken);
    }

    public async ValueTask<GetPromptResult> GetPromptAsync(RequestContext<GetPromptRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var principal = McpToolGateway.PrincipalOf(request);
        var name = request.Params?.Name ?? string.Empty;
        var (system, prompt) = SplitPromptName(name);
        var arguments = McpToolGateway.ArgumentsOf(request.Params?.Arguments);
        var action = AgentAction.Create(ActionChannel.Mcp, principal.Credential, ReadAction, PromptResource(system, prompt), arguments, clock, principal.Origin);
        var context = await pipeline.RunAsync(action, (ctx, token) => ForwardAsync(ctx, system, async (upstream, client) =>
        {
            // Only a prompt the server lists, with the definition that was approved, is fetched.
            var refusal = (await upstream.ListPromptsAsync(token)).FirstOrDefault(p => p.Name == prompt) is { } definition
                ? await PromptRefusalAsync(ctx.Config, system, definition, token)
                : $"the MCP server '{system}' lists no prompt '{Shown(prompt)}'; prompts/list shows what you can use";
            if (refusal is not null)
            {
                throw new PinRefusedException(refusal);
            }

            var result = await client.GetPromptAsync(new GetPromptRequestParams { Name = prompt, Arguments = ArgumentDictionary(ctx.Arguments) }, token);
            var output = new McpTextsOutput();
            for (var i = 0; i < result.Messages.Count; i++)
            {
                var message = result.Messages[i];
                output.AddContent($"messages/{i}", message.Content, block => message.Content = block, ctx.Config.Server.MaxMcpBlobBytes);
            }

            return (result, output);
        }, token), cancellationToken);
        return context.Outcome == ActionOutcome.Success && context.Result is GetPromptResult forwarded
            ? forwarded
            : throw Refused(context, name, cancellationToken);
    }

    public async ValueTask<ReadResourceResult> ReadResourceAsync(RequestContext<ReadResourceRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var principal = McpToolGateway.PrincipalOf(request);
        var (system, upstreamUri) = SplitUri(request.Params?.Uri);
        var arguments = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["uri"] = upstreamUri }, StringMapInfo);
        var action = AgentAction.Create(ActionChannel.Mcp, principal.Credential, ReadAction, ResourceResource(system, upstreamUri), arguments, clock, principal.Origin);
        var context = await pipeline.RunAsync(action, (ctx, token) => ForwardAsync(ctx, system, async (upstream, client) =>
        {
            var result = await client.ReadResourceAsync(new ReadResourceRequestParams { Uri = upstreamUri }, token);
            var output = new McpTextsOutput();
            for (var i = 0; i < result.Contents.Count; i++)
            {
                output.AddResource($"contents/{i}", result.Contents[i], ctx.Config.Server.MaxMcpBlobBytes);

                // Make the URIs the agent sees its own again.
                result.Contents[i].Uri = AgentUri(system, result.Contents[i].Uri);
            }

            return (result, output);
        }, token), cancellationToken);
        return context.Outcome == ActionOutcome.Success && context.Result is ReadResourceResult forwarded
            ? forwarded
            : throw Refused(context, action.Resource, cancellationToken);
    }

    /// <summary>
    /// <c>completion/complete</c>: suggestions for a prompt's or a resource template's argument, from the upstream
    /// that owns it (by its name, <c>system.prompt</c>, or URI, <c>system+uri</c>). An action <c>read</c> on the same
    /// Cedar resource the agent needs to get the prompt (<c>system.prompt/NAME</c>) or to see the template
    /// (<see cref="TemplateResource"/>), through the whole pipeline: the typed value screened in, the suggestions
    /// screened out, recorded; only for a prompt or template whose definition is approved and not poisoned.
    /// A refusal is a JSON-RPC error naming the stage and the reasons.
    /// </summary>
    public async ValueTask<CompleteResult> CompleteAsync(RequestContext<CompleteRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var principal = McpToolGateway.PrincipalOf(request);
        var asked = request.Params ?? throw new McpProtocolException("completion/complete needs params with ref and argument", McpErrorCode.InvalidParams);
        string system, resource, shown, upstreamUri = string.Empty;
        Reference upstreamRef;
        switch (asked.Ref)
        {
            case PromptReference prompt:
                (system, var name) = SplitPromptName(prompt.Name);
                (resource, shown, upstreamRef) = (PromptResource(system, name), prompt.Name, new PromptReference { Name = name });
                break;
            case ResourceTemplateReference { Uri: var agentUri }:
                (system, upstreamUri) = SplitUri(agentUri);
                (resource, shown, upstreamRef) = (TemplateResource(system, upstreamUri), agentUri!, new ResourceTemplateReference { Uri = upstreamUri });
                break;
            default:
                throw new McpProtocolException("completion/complete: ref must be a prompt (type ref/prompt, name system.prompt) or a resource template (type ref/resource, uri system+uri) as prompts/list and resources/templates/list show", McpErrorCode.InvalidParams);
        }

        var forwarded = new CompleteRequestParams { Ref = upstreamRef, Argument = asked.Argument ?? throw new McpProtocolException("completion/complete needs argument with name and value", McpErrorCode.InvalidParams), Context = asked.Context };
        var arguments = JsonSerializer.SerializeToElement(forwarded, McpInfo.Of<CompleteRequestParams>());
        var action = AgentAction.Create(ActionChannel.Mcp, principal.Credential, ReadAction, resource, arguments, clock, principal.Origin);
        var context = await pipeline.RunAsync(action, (ctx, token) => ForwardAsync(ctx, system, async (upstream, client) =>
        {
            // Only for a prompt or template the server lists, whose definition was approved and is not poisoned.
            var refusal = upstreamRef is PromptReference { Name: var promptName }
                ? (await upstream.ListPromptsAsync(token)).FirstOrDefault(d => d.Name == promptName) is { } prompt
                    ? await PromptRefusalAsync(ctx.Config, system, prompt, token)
                    : $"the MCP server '{system}' lists no prompt '{Shown(promptName)}'; prompts/list shows what you can use"
                : (await upstream.ListResourcesAsync(token)).Templates.FirstOrDefault(t => t.UriTemplate == upstreamUri) is { } template
                    ? await TemplateRefusalAsync(ctx.Config, system, template, token)
                    : $"the MCP server '{system}' lists no resource template '{Shown(upstreamUri)}'; resources/templates/list shows what you can use";
            if (refusal is not null)
            {
                throw new PinRefusedException(refusal);
            }

            if (client.ServerCapabilities.Completions is null)
            {
                throw new UpstreamUnavailableException($"the MCP server '{system}' does not offer completions");
            }

            // What the screen-in stage let through (redacted, if it rewrote the typed value), for the ref already checked.
            var sent = ctx.Arguments is { ValueKind: JsonValueKind.Object } screened ? screened.Deserialize(McpInfo.Of<CompleteRequestParams>()) ?? forwarded : forwarded;
            var result = await client.CompleteAsync(new CompleteRequestParams { Ref = upstreamRef, Argument = sent.Argument, Context = sent.Context }, token);
            var values = result.Completion.Values.Take(MaxCompletionValues).ToList();
            if (values.Count < result.Completion.Values.Count)
            {
                result.Completion.HasMore = true;
            }

            result.Completion.Values = values;
            var output = new McpTextsOutput();
            for (var i = 0; i < values.Count; i++)
            {
                var index = i;
                output.Add($"completion/values/{index}", () => values[index], value => values[index] = value);
            }

            return (result, output);
        }, token), cancellationToken);
        return context.Outcome == ActionOutcome.Success && context.Result is CompleteResult completed
            ? completed
            : throw Refused(context, shown, cancellationToken);
    }

    /// <summary>The system and the upstream's own name of a prompt as the agent names it (<c>system.prompt</c>).</summary>
    /// <exception cref="McpProtocolException">The name names no system.</exception>
    public static (string System, string Prompt) SplitPromptName(string? name)
    {
        name ??= string.Empty;
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == name.Length - 1)
        {
            throw new McpProtocolException($"'{Shown(name)}' is not a prompt name; name a prompt as system.prompt, as prompts/list shows", McpErrorCode.InvalidParams);
        }

        return (name[..dot], name[(dot + 1)..]);
    }

    /// <summary>The system and the upstream's own URI of a URI as the agent names it (<c>system+uri</c>).</summary>
    /// <exception cref="McpProtocolException">The URI names no system.</exception>
    public static (string System, string Uri) SplitUri(string? uri)
    {
        uri ??= string.Empty;
        var plus = uri.IndexOf('+', StringComparison.Ordinal);
        if (plus <= 0 || plus == uri.Length - 1)
        {
            throw new McpProtocolException("the URI names no system; name a resource by the URI resources/list shows, as system+uri", McpErrorCode.InvalidParams);
        }

        return (uri[..plus], uri[(plus + 1)..]);
    }

    /// <summary>The Cedar resource of a prompt: <c>system.prompt/NAME</c>.</summary>
    public static string PromptResource(string system, string prompt) => $"{system}.{PromptPrefix}{Nameable(prompt)}";

    /// <summary>The Cedar resource of a resource URI: <c>system.resource/</c> and the URI with <c>://</c> as <c>/</c> and other characters a grant cannot name as <c>_</c>.</summary>
    public static string ResourceResource(string system, string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return $"{system}.{ResourcePrefix}{NameablePath(uri)}";
    }

    /// <summary>
    /// The Cedar resource of a resource template: that of the URI its fixed part names (up to the first '{', with
    /// a placeholder after it), so an agent reads a template when it may read what the template's URIs start with.
    /// </summary>
    public static string TemplateResource(string system, string uriTemplate)
    {
        ArgumentNullException.ThrowIfNull(uriTemplate);
        var brace = uriTemplate.IndexOf('{', StringComparison.Ordinal);
        return ResourceResource(system, brace < 0 ? uriTemplate : uriTemplate[..brace] + "x");
    }

    private static string NameablePath(string uri)
    {
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        var text = scheme > 0 ? string.Concat(uri.AsSpan(0, scheme), "/", uri.AsSpan(scheme + 3)) : uri;
        return Nameable(text);
    }

    /// <summary>The URI an agent sees: the upstream's URI prefixed with <c>system+</c>.</summary>
    public static string AgentUri(string system, string uri) => $"{system}+{uri}";

    internal static string Nameable(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/' ? c : '_');
        }

        return result.ToString();
    }

    private bool Permits(CustosConfig snapshot, Core.Configuration.AgentDefinition agent, string resource) =>
        ResourceName.TryParse(resource, out var name, out _)
        && authorizer.Authorize(new AuthorizationRequest(agent, ReadAction, name, EmptyObject) { At = clock.GetUtcNow(), Channel = ActionChannel.Mcp }, snapshot).IsAllowed;

    private static string DefinitionOf<T>(T definition) =>
        JsonSerializer.Serialize(definition, (JsonTypeInfo<T>)McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(T)));

    private Task<T> ListAsync<T>(SystemDefinition system, Func<CancellationToken, Task<T>> list, T empty, CancellationToken cancellationToken) =>
        McpToolGateway.ListWithinAsync(list, empty, ex => LogListFailed(logger, ex, system.Name), cancellationToken);

    private async ValueTask ForwardAsync(ActionContext context, string system, Func<UpstreamServer, ModelContextProtocol.Client.McpClient, Task<(object Result, McpTextsOutput Output)>> send, CancellationToken cancellationToken)
    {
        if (upstreams.Find(context.Config, system) is not { } upstream)
        {
            context.Fail(StageName.Forward, $"'{system}' is not an MCP server in custos.yaml (systems with kind: mcp); prompts/list and resources/list show what you can read");
            return;
        }

        try
        {
            var client = await upstream.GetClientAsync(cancellationToken);
            using var perCall = PerCallCredentials.Use(upstream.System.Url is null ? PerCallCredentials.None : context.Credentials);
            var (result, output) = await send(upstream, client);
            context.Findings.AddRange(output.Binaries);
            context.Result = result;
            context.Output = output;
        }
        catch (PinRefusedException ex)
        {
            context.Deny(StageName.Forward, ex.Message);
        }
        catch (McpBlobException ex)
        {
            context.Fail(StageName.Forward, $"the MCP server '{system}' answered with content Custos cannot screen: {ex.Message}");
        }
        catch (UpstreamUnavailableException ex)
        {
            context.Fail(StageName.Forward, ex.Message);
        }
        catch (McpProtocolException ex)
        {
            context.Fail(StageName.Forward, $"the MCP server '{system}' answered with an error ({ex.ErrorCode}): {UpstreamServer.Truncate(ex.Message, 300)}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUpstreamFailed(logger, ex, system, context.Action.Id);
            context.Fail(StageName.Forward, $"the MCP server '{system}' failed during the request ({ex.GetType().Name}); it is started again on next use");
        }
    }

    private static Dictionary<string, JsonElement>? ArgumentDictionary(JsonElement? arguments)
    {
        if (arguments is not { ValueKind: JsonValueKind.Object } json)
        {
            return null;
        }

        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            result[property.Name] = property.Value.Clone();
        }

        return result;
    }

    private sealed class PinRefusedException(string message) : Exception(message);

    internal static McpProtocolException Refused(ActionContext context, string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new McpProtocolException(McpToolGateway.Explain(context, name), McpErrorCode.InvalidRequest);
    }

    private static string Shown(string name) => name.Length <= 80 ? name : name[..80] + "…";

    private static readonly JsonTypeInfo<Dictionary<string, string>> StringMapInfo = (JsonTypeInfo<Dictionary<string, string>>)McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(Dictionary<string, string>));

    [LoggerMessage(EventId = 722, Level = LogLevel.Warning, Message = "MCP server {System} failed during read {ActionId}")]
    private static partial void LogUpstreamFailed(ILogger logger, Exception exception, string system, Guid actionId);

    [LoggerMessage(EventId = 723, Level = LogLevel.Warning, Message = "MCP server {System} did not list its prompts or resources; they are left out")]
    private static partial void LogListFailed(ILogger logger, Exception exception, string system);
}
