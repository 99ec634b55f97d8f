using System.Collections.Concurrent;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Custos.Gateway.Mcp.Notifications;

/// <summary>
/// One agent's open MCP session (an initialize-handshake client with an <c>Mcp-Session-Id</c>): the only place
/// notifications Custos did not get as an answer can be sent. Holds what the agent asked for (its log level,
/// its resource subscriptions) and a fingerprint of each list it was last shown, so a change upstream tells
/// only the sessions whose visible list changed.
/// </summary>
public sealed class AgentSession(string id, AgentPrincipal principal, McpServer server)
{
    public string Id { get; } = id;

    public AgentPrincipal Principal { get; } = principal;

    public string Agent => Principal.Agent;

    /// <summary>The session's own server, whose notifications go out on the session's stream.</summary>
    public McpServer Server { get; } = server;

    /// <summary>The level the agent set with <c>logging/setLevel</c>; null (the default) means it gets no log messages.</summary>
    public LoggingLevel? LoggingLevel { get; set; }

    /// <summary>The resource URIs (as the agent names them, <c>system+uri</c>) the agent subscribed to.</summary>
    public ConcurrentDictionary<string, byte> Subscriptions { get; } = new(StringComparer.Ordinal);

    /// <summary>The fingerprint of the last tools/list answer, or null before the first.</summary>
    public string? ToolsSeen { get; set; }

    public string? PromptsSeen { get; set; }

    public string? ResourcesSeen { get; set; }
}
