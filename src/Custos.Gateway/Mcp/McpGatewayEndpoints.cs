using Custos.Core.Secrets;
using Custos.Gateway.Mcp.Notifications;
using Custos.Gateway.Mcp.Upstreams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelContextProtocol.AspNetCore;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Custos.Gateway.Mcp;

/// <summary>
/// The MCP gateway at <c>/mcp</c> (Streamable HTTP, the official MCP C# SDK): agents reach their upstream MCP
/// servers' tools only through it, each request admitted by the agent's Custos token and each call decided by
/// the pipeline.
/// </summary>
public static class McpGatewayEndpoints
{
    public const string Path = "/mcp";

    /// <summary>Registers the gateway's services. Needs <see cref="Core.Pipeline.ActionPipeline"/>, <see cref="Core.Authorization.IAuthorizer"/>, the stores and a <see cref="TimeProvider"/> registered by the host.</summary>
    public static IServiceCollection AddMcpGateway(this IServiceCollection services)
    {
        services.TryAddSingleton<ISecretResolver, FallbackSecretResolver>();
        services.AddSingleton<UpstreamEvents>();
        services.AddSingleton<AgentSessions>();
        services.AddSingleton<UpstreamPool>();
        services.AddHostedService(sp => sp.GetRequiredService<UpstreamPool>());
        services.AddSingleton<AgentActivity>();
        services.AddSingleton<HaltWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<HaltWatcher>());
        services.AddSingleton<ToolPins>();
        services.AddSingleton<McpToolGateway>();
        services.AddSingleton<McpCatalogGateway>();
        services.AddSingleton<McpLeanToolCall>();
        services.AddSingleton<LogFloodGuard>();
        services.AddHostedService(sp => sp.GetRequiredService<LogFloodGuard>());
        services.AddSingleton<NotificationRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationRelay>());
        services.AddSingleton<UpstreamRequestRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<UpstreamRequestRelay>());
        services.AddMcpServer(options =>
            {
                options.ServerInfo = new Implementation { Name = "custos", Title = "Custos MCP gateway", Version = typeof(McpGatewayEndpoints).Assembly.GetName().Version?.ToString() ?? "0" };
                options.Capabilities = new ServerCapabilities
                {
                    Tools = new ToolsCapability { ListChanged = true },
                    Prompts = new PromptsCapability { ListChanged = true },
                    Resources = new ResourcesCapability { ListChanged = true, Subscribe = true },
                    Logging = new LoggingCapability(),
                    Completions = new CompletionsCapability(),
                };
                options.ServerInstructions = "Custos: every tool and prompt here belongs to an upstream MCP server, named system.name; resource URIs are system+uri. Each call is authorized, screened and recorded; a refused call returns a tool error that says why.";
            })
            .WithHttpTransport(options => options.SessionMode = HttpServerSessionMode.StatefulForInitializeClients);
        RemoveSdkAuthorizationGuards(services);
#pragma warning disable MCPEXP002 // RunSessionHandler is the SDK's one hook that hands over a session's own server, which unsolicited notifications need.
        services.AddOptions<HttpServerTransportOptions>().Configure<AgentSessions>((options, sessions) => options.RunSessionHandler = sessions.RunAsync);
#pragma warning restore MCPEXP002
        // The SDK builds a server's options per session, and a stateless client's every request is a session:
        // the handlers are made once and handed to each.
        services.AddSingleton<GatewayHandlers>();
        services.AddOptions<McpServerOptions>().Configure<GatewayHandlers>((options, handlers) => handlers.Apply(options.Handlers));
        return services;
    }

    /// <summary>
    /// Drops the SDK's <c>[Authorize]</c> guards (<c>AuthorizationFilterSetup</c> and
    /// <c>AuthorizationCallToolFilterGuardSetup</c>, post-configure steps of <see cref="McpServerOptions"/>). They
    /// check tools, prompts and resources registered with the SDK for ASP.NET Core authorization metadata; Custos
    /// registers none (every handler is its own and every call is authorized by Cedar), so they never fire, yet
    /// the SDK builds a server's options for each stateless request and each guard then wraps a handler in new
    /// closures: seven filters per request for nothing.
    /// </summary>
    internal static void RemoveSdkAuthorizationGuards(IServiceCollection services)
    {
        var sdk = typeof(HttpServerTransportOptions).Assembly;
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(Microsoft.Extensions.Options.IPostConfigureOptions<McpServerOptions>)
                && services[i].ImplementationType is { Name: "AuthorizationFilterSetup" or "AuthorizationCallToolFilterGuardSetup" } type
                && type.Assembly == sdk)
            {
                services.RemoveAt(i);
            }
        }
    }

    /// <summary>The gateway's MCP request handlers, as delegates made once.</summary>
    private sealed class GatewayHandlers(McpToolGateway gateway, McpCatalogGateway catalog, NotificationRelay relay)
    {
        private readonly McpRequestHandler<SetLevelRequestParams, EmptyResult> setLoggingLevel = relay.SetLevelAsync;
        private readonly McpRequestHandler<SubscribeRequestParams, EmptyResult> subscribe = relay.SubscribeAsync;
        private readonly McpRequestHandler<UnsubscribeRequestParams, EmptyResult> unsubscribe = relay.UnsubscribeAsync;
        private readonly McpRequestHandler<ListToolsRequestParams, ListToolsResult> listTools = gateway.ListToolsAsync;
        private readonly McpRequestHandler<CallToolRequestParams, CallToolResult> callTool = gateway.CallToolAsync;
        private readonly McpRequestHandler<ListPromptsRequestParams, ListPromptsResult> listPrompts = catalog.ListPromptsAsync;
        private readonly McpRequestHandler<GetPromptRequestParams, GetPromptResult> getPrompt = catalog.GetPromptAsync;
        private readonly McpRequestHandler<ListResourcesRequestParams, ListResourcesResult> listResources = catalog.ListResourcesAsync;
        private readonly McpRequestHandler<ListResourceTemplatesRequestParams, ListResourceTemplatesResult> listResourceTemplates = catalog.ListResourceTemplatesAsync;
        private readonly McpRequestHandler<ReadResourceRequestParams, ReadResourceResult> readResource = catalog.ReadResourceAsync;
        private readonly McpRequestHandler<CompleteRequestParams, CompleteResult> complete = catalog.CompleteAsync;

        public void Apply(McpServerHandlers handlers)
        {
            handlers.SetLoggingLevelHandler = setLoggingLevel;
            handlers.SubscribeToResourcesHandler = subscribe;
            handlers.UnsubscribeFromResourcesHandler = unsubscribe;
            handlers.ListToolsHandler = listTools;
            handlers.CallToolHandler = callTool;
            handlers.ListPromptsHandler = listPrompts;
            handlers.GetPromptHandler = getPrompt;
            handlers.ListResourcesHandler = listResources;
            handlers.ListResourceTemplatesHandler = listResourceTemplates;
            handlers.ReadResourceHandler = readResource;
            handlers.CompleteHandler = complete;
        }
    }

    /// <summary>Admits requests to the MCP endpoint (<see cref="McpAdmission"/>); call between routing and endpoints.</summary>
    public static IApplicationBuilder UseMcpGateway(this IApplicationBuilder app) =>
        app.UseWhen(http => http.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase), branch => branch.UseMiddleware<McpAdmission>());

    /// <summary>Maps the SDK's MCP endpoints, marked so that <see cref="McpLeanToolCall"/> knows routing chose one of them.</summary>
    public static IEndpointConventionBuilder MapMcpGateway(this IEndpointRouteBuilder endpoints) => endpoints.MapMcp(Path).WithMetadata(McpLeanToolCall.EndpointMarker);
}
