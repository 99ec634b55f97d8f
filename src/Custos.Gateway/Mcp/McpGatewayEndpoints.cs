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
#pragma warning disable MCPEXP002 // RunSessionHandler is the SDK's one hook that hands over a session's own server, which unsolicited notifications need.
        services.AddOptions<HttpServerTransportOptions>().Configure<AgentSessions>((options, sessions) => options.RunSessionHandler = sessions.RunAsync);
#pragma warning restore MCPEXP002
        services.AddOptions<McpServerOptions>().Configure<McpToolGateway, McpCatalogGateway, NotificationRelay>((options, gateway, catalog, relay) =>
        {
            options.Handlers.SetLoggingLevelHandler = relay.SetLevelAsync;
            options.Handlers.SubscribeToResourcesHandler = relay.SubscribeAsync;
            options.Handlers.UnsubscribeFromResourcesHandler = relay.UnsubscribeAsync;
            options.Handlers.ListToolsHandler = gateway.ListToolsAsync;
            options.Handlers.CallToolHandler = gateway.CallToolAsync;
            options.Handlers.ListPromptsHandler = catalog.ListPromptsAsync;
            options.Handlers.GetPromptHandler = catalog.GetPromptAsync;
            options.Handlers.ListResourcesHandler = catalog.ListResourcesAsync;
            options.Handlers.ListResourceTemplatesHandler = catalog.ListResourceTemplatesAsync;
            options.Handlers.ReadResourceHandler = catalog.ReadResourceAsync;
            options.Handlers.CompleteHandler = catalog.CompleteAsync;
        });
        return services;
    }

    /// <summary>Admits requests to the MCP endpoint (<see cref="McpAdmission"/>); call between routing and endpoints.</summary>
    public static IApplicationBuilder UseMcpGateway(this IApplicationBuilder app) =>
        app.UseWhen(http => http.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase), branch => branch.UseMiddleware<McpAdmission>());

    public static IEndpointConventionBuilder MapMcpGateway(this IEndpointRouteBuilder endpoints) => endpoints.MapMcp(Path);
}
