using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using ModelContextProtocol.Server;

namespace Custos.Gateway.Mcp.Notifications;

/// <summary>
/// The agents' open MCP sessions, registered while each runs (the MCP SDK's session handler). A client of the
/// stateless 2026-07-28 protocol has no session and so gets no unsolicited notifications.
/// </summary>
public sealed class AgentSessions
{
    private readonly ConcurrentDictionary<string, AgentSession> sessions = new(StringComparer.Ordinal);

    /// <summary>Raised (on the ending session's task) when a session ends, so what it held can be released.</summary>
    public event Action<AgentSession>? Ended;

    public ICollection<AgentSession> All => sessions.Values;

    public AgentSession? Find(string? id) => id is not null && sessions.TryGetValue(id, out var session) ? session : null;

    /// <summary>The session a request came on, or null for a client without one.</summary>
    public AgentSession? Of(McpServer server) => Find(server?.SessionId);

    /// <summary>Runs one session of the MCP SDK, registered under its id while it runs.</summary>
    public async Task RunAsync(HttpContext http, McpServer server, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(server);
        if (server.SessionId is not { } id || http.User is not AgentPrincipal principal)
        {
            await server.RunAsync(cancellationToken);
            return;
        }

        var session = new AgentSession(id, principal, server);
        sessions[id] = session;
        try
        {
            await server.RunAsync(cancellationToken);
        }
        finally
        {
            sessions.TryRemove(new KeyValuePair<string, AgentSession>(id, session));
            Ended?.Invoke(session);
        }
    }
}
