using Custos.Gateway.Mcp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModelContextProtocol.AspNetCore;
using ModelContextProtocol.Server;

namespace Custos.Mcp.Tests;

/// <summary>
/// What the gateway registers with the MCP SDK. The SDK builds a server's options for every stateless request,
/// so every configure step it registers runs per call.
/// </summary>
public sealed class McpGatewayServicesTests
{
    private static readonly string[] Guards = ["AuthorizationFilterSetup", "AuthorizationCallToolFilterGuardSetup"];

    private static string[] SdkGuards(IServiceCollection services) => services
        .Where(d => d.ServiceType == typeof(IPostConfigureOptions<McpServerOptions>) && d.ImplementationType?.Assembly == typeof(HttpServerTransportOptions).Assembly)
        .Select(d => d.ImplementationType!.Name)
        .Where(Guards.Contains)
        .Order(StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void The_sdk_authorization_guards_are_not_run_per_request_as_the_gateway_registers_no_sdk_tools()
    {
        // The SDK as used registers both guards (if it renames them, the gateway's removal must follow).
        var plain = new ServiceCollection();
        plain.AddMcpServer().WithHttpTransport();
        Assert.Equal(Guards.Order(StringComparer.Ordinal), SdkGuards(plain));

        var gateway = new ServiceCollection();
        gateway.AddMcpGateway();
        Assert.Empty(SdkGuards(gateway));
        Assert.DoesNotContain(gateway, d => d.ServiceType == typeof(McpServerTool) || d.ServiceType == typeof(McpServerPrompt) || d.ServiceType == typeof(McpServerResource));
    }
}
