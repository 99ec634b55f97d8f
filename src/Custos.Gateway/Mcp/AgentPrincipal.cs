using System.Security.Claims;
using Custos.Core.Pipeline;

namespace Custos.Gateway.Mcp;

/// <summary>
/// The agent an MCP request was admitted as. The MCP SDK hands it to every handler with the request, and ties a
/// session to its agent by the name identifier, so one agent cannot use another's session. It carries the
/// request's credential for the pipeline, outside the claims, so it is never serialized or logged.
/// </summary>
public sealed class AgentPrincipal : ClaimsPrincipal
{
    public const string AuthenticationType = "custos-agent-token";

    public AgentPrincipal(string agent, AgentCredential credential, string? origin)
        : base(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, agent), new Claim(ClaimTypes.Name, agent)], AuthenticationType))
    {
        ArgumentNullException.ThrowIfNull(credential);
        Agent = agent;
        Credential = credential;
        Origin = origin;
    }

    public string Agent { get; }

    public AgentCredential Credential { get; }

    /// <summary>The client's address as the socket saw it, for the audit trail.</summary>
    public string? Origin { get; }
}
