using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Custos.Core.Authorization;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Screening;
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
/// of the same name never share a permission. Lists show only what the agent may read and whose description is
/// not poisoned; <c>prompts/get</c> and <c>resources/read</c> run the whole pipeline, their texts screened out.
/// A refusal is a JSON-RPC error naming the stage and the reasons (these methods have no tool-error form).
/// </summary>
public sealed partial class McpCatalogGateway(ActionPipeline pipeline, IAuthorizer authorizer, UpstreamPool upstreams, TimeProvider clock, ILogger<McpCatalogGateway> logger)
{
    public const string ReadAction = "read";
    public const string PromptPrefix = "prompt/";
    public const string ResourcePrefix = "resource/";

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

        var systems = UpstreamPool.McpSystems(snapshot).ToArray();
        var lists = await Task.WhenAll(systems.Select(s => ListAsync(s, async token => await upstreams.Get(snapshot, s).ListPromptsAsync(token), (IReadOnlyList<Prompt>)[], cancellationToken)));
        var screener = Screener.For(snapshot);
        for (var i = 0; i < systems.Length; i++)
        {
            foreach (var prompt in lists[i])
            {
                if (Permits(snapshot, agent, PromptResource(systems[i].Name, prompt.Name)) && !IsPoisoned(screener, prompt))
                {
                    result.Prompts.Add(new Prompt
                    {
                        Name = $"{systems[i].Name}.{prompt.Name}",
                        Title = prompt.Title,
                        Description = prompt.Description,
                        Arguments = prompt.Arguments,
                        Icons = prompt.Icons,
                        Meta = prompt.Meta,
                    });
                }
            }
        }

        return result;
    }

    public async ValueTask<ListResourcesResult> ListResourcesAsync(RequestContext<ListResourcesRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = new ListResourcesResult { Resources = new List<Resource>() };
        await EachResourceListAsync(request, (system, lists, permits, screener) =>
        {
            foreach (var resource in lists.Resources)
            {
                if (permits(ResourceResource(system, resource.Uri)) && !IsPoisoned(screener, resource))
                {
                    result.Resources.Add(new Resource
                    {
                        Uri = AgentUri(system, resource.Uri),
                        Name = resource.Name,
                        Title = resource.Title,
                        Description = resource.Description,
                        MimeType = resource.MimeType,
                        Size = resource.Size,
                        Annotations = resource.Annotations,
                        Icons = resource.Icons,
                        Meta = resource.Meta,
                    });
                }
            }
        }, cancellationToken);
        return result;
    }

    public async ValueTask<ListResourceTemplatesResult> ListResourceTemplatesAsync(RequestContext<ListResourceTemplatesRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = new ListResourceTemplatesResult { ResourceTemplates = new List<ResourceTemplate>() };
        await EachResourceListAsync(request, (system, lists, permits, screener) =>
        {
            foreach (var template in lists.Templates)
            {
                // A template is shown when the agent may read what its fixed part names (the URI up to the first '{').
                var brace = template.UriTemplate.IndexOf('{', StringComparison.Ordinal);
                var fixedPart = brace < 0 ? template.UriTemplate : template.UriTemplate[..brace] + "x";
                if (permits(ResourceResource(system, fixedPart)) && !IsPoisoned(screener, template))
                {
                    result.ResourceTemplates.Add(new ResourceTemplate
                    {
                        UriTemplate = AgentUri(system, template.UriTemplate),
                        Name = template.Name,
                        Title = template.Title,
                        Description = template.Description,
                        MimeType = template.MimeType,
                        Annotations = template.Annotations,
                        Icons = template.Icons,
                        Meta = template.Meta,
                    });
                }
            }
        }, cancellationToken);
        return result;
    }

    public async ValueTask<GetPromptResult> GetPromptAsync(RequestContext<GetPromptRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var principal = McpToolGateway.PrincipalOf(request);
        var name = request.Params?.Name ?? string.Empty;
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == name.Length - 1)
        {
            throw new McpProtocolException($"'{Shown(name)}' is not a prompt name; name a prompt as system.prompt, as prompts/list shows", McpErrorCode.InvalidParams);
        }

        var system = name[..dot];
        var prompt = name[(dot + 1)..];
        var arguments = McpToolGateway.ArgumentsOf(request.Params?.Arguments);
        var action = AgentAction.Create(ActionChannel.Mcp, principal.Credential, ReadAction, PromptResource(system, prompt), arguments, clock, principal.Origin);
        var context = await pipeline.RunAsync(action, (ctx, token) => ForwardAsync(ctx, system, async client =>
        {
            var result = await client.GetPromptAsync(new GetPromptRequestParams { Name = prompt, Arguments = ArgumentDictionary(ctx.Arguments) }, token);
            var output = new McpTextsOutput();
            for (var i = 0; i < result.Messages.Count; i++)
            {
                var message = result.Messages[i];
                AddSlots(output, $"messages/{i}", message.Content, block => message.Content = block);
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
        var uri = request.Params?.Uri ?? string.Empty;
        var plus = uri.IndexOf('+', StringComparison.Ordinal);
        if (plus <= 0 || plus == uri.Length - 1)
        {
            throw new McpProtocolException("the URI names no system; read a resource by the URI resources/list shows, as system+uri", McpErrorCode.InvalidParams);
        }

        var system = uri[..plus];
        var upstreamUri = uri[(plus + 1)..];
        var arguments = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["uri"] = upstreamUri }, StringMapInfo);
        var action = AgentAction.Create(ActionChannel.Mcp, principal.Credential, ReadAction, ResourceResource(system, upstreamUri), arguments, clock, principal.Origin);
        var context = await pipeline.RunAsync(action, (ctx, token) => ForwardAsync(ctx, system, async client =>
        {
            var result = await client.ReadResourceAsync(new ReadResourceRequestParams { Uri = upstreamUri }, token);
            var output = new McpTextsOutput();
            for (var i = 0; i < result.Contents.Count; i++)
            {
                if (result.Contents[i] is TextResourceContents text)
                {
                    output.Add($"contents/{i}", () => text.Text, value => text.Text = value);
                }

                // Make the URIs the agent sees its own again.
                result.Contents[i].Uri = AgentUri(system, result.Contents[i].Uri);
            }

            return (result, output);
        }, token), cancellationToken);
        return context.Outcome == ActionOutcome.Success && context.Result is ReadResourceResult forwarded
            ? forwarded
            : throw Refused(context, action.Resource, cancellationToken);
    }

    /// <summary>The Cedar resource of a prompt: <c>system.prompt/NAME</c>.</summary>
    public static string PromptResource(string system, string prompt) => $"{system}.{PromptPrefix}{Nameable(prompt)}";

    /// <summary>The Cedar resource of a resource URI: <c>system.resource/</c> and the URI with <c>://</c> as <c>/</c> and other characters a grant cannot name as <c>_</c>.</summary>
    public static string ResourceResource(string system, string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        var text = scheme > 0 ? string.Concat(uri.AsSpan(0, scheme), "/", uri.AsSpan(scheme + 3)) : uri;
        return $"{system}.{ResourcePrefix}{Nameable(text)}";
    }

    /// <summary>The URI an agent sees: the upstream's URI prefixed with <c>system+</c>.</summary>
    public static string AgentUri(string system, string uri) => $"{system}+{uri}";

    private static string Nameable(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/' ? c : '_');
        }

        return result.ToString();
    }

    private async Task EachResourceListAsync<T>(RequestContext<T> request, Action<string, (IReadOnlyList<Resource> Resources, IReadOnlyList<ResourceTemplate> Templates), Func<string, bool>, Screener> each, CancellationToken cancellationToken)
    {
        var principal = McpToolGateway.PrincipalOf(request);
        var snapshot = pipeline.ConfigSource.Current;
        if (snapshot.FindAgent(principal.Agent) is not { } agent)
        {
            return;
        }

        var systems = UpstreamPool.McpSystems(snapshot).ToArray();
        var lists = await Task.WhenAll(systems.Select(s => ListAsync(
            s,
            async token => await upstreams.Get(snapshot, s).ListResourcesAsync(token),
            ((IReadOnlyList<Resource>)[], (IReadOnlyList<ResourceTemplate>)[]),
            cancellationToken)));
        var screener = Screener.For(snapshot);
        for (var i = 0; i < systems.Length; i++)
        {
            each(systems[i].Name, lists[i], resource => Permits(snapshot, agent, resource), screener);
        }
    }

    private bool Permits(CustosConfig snapshot, Core.Configuration.AgentDefinition agent, string resource) =>
        ResourceName.TryParse(resource, out var name, out _)
        && authorizer.Authorize(new AuthorizationRequest(agent, ReadAction, name, EmptyObject) { At = clock.GetUtcNow(), Channel = ActionChannel.Mcp }, snapshot).IsAllowed;

    private static bool IsPoisoned<T>(Screener screener, T definition) =>
        ToolPins.PoisoningOf(screener, JsonSerializer.Serialize(definition, (JsonTypeInfo<T>)McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(T)))) is not null;

    private async Task<T> ListAsync<T>(SystemDefinition system, Func<CancellationToken, Task<T>> list, T empty, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(McpToolGateway.ListTimeout);
        try
        {
            return await list(timeout.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogListFailed(logger, ex, system.Name);
            return empty;
        }
    }

    private async ValueTask ForwardAsync(ActionContext context, string system, Func<ModelContextProtocol.Client.McpClient, Task<(object Result, McpTextsOutput Output)>> send, CancellationToken cancellationToken)
    {
        if (upstreams.Find(context.Config, system) is not { } upstream)
        {
            context.Fail(StageName.Forward, $"'{system}' is not an MCP server in custos.yaml (systems with kind: mcp); prompts/list and resources/list show what you can read");
            return;
        }

        try
        {
            var client = await upstream.GetClientAsync(cancellationToken);
            using var perCall = PerCallCredentials.Use(upstream.System.Url is null ? new Dictionary<string, Core.Secrets.SecretValue>() : context.Credentials);
            var (result, output) = await send(client);
            context.Result = result;
            context.Output = output;
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

    private static void AddSlots(McpTextsOutput output, string location, ContentBlock block, Action<ContentBlock> replace)
    {
        switch (block)
        {
            case TextContentBlock text:
                output.Add(location, () => text.Text, value => replace(text = new TextContentBlock { Text = value, Annotations = text.Annotations, Meta = text.Meta }));
                break;
            case EmbeddedResourceBlock { Resource: TextResourceContents embedded }:
                output.Add(location + "/resource", () => embedded.Text, value => embedded.Text = value);
                break;
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

    private static McpProtocolException Refused(ActionContext context, string name, CancellationToken cancellationToken)
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
