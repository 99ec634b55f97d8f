using ModelContextProtocol.Server;

namespace Custos.Gateway.Mcp;

/// <summary>
/// Who a tool call in flight on an upstream server belongs to: the agent, the agent's request (whose stream a
/// request from the server for that call goes back on; none on the lean path, whose stateless request cannot
/// carry one), the tool and the action.
/// </summary>
public sealed record ToolCaller(AgentPrincipal Principal, McpServer? AgentRequest, string Tool, Guid ActionId);
