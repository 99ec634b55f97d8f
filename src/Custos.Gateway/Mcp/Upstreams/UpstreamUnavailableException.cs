namespace Custos.Gateway.Mcp.Upstreams;

/// <summary>An upstream MCP server could not be started or reached. The message names the system and the cause, never a secret.</summary>
public sealed class UpstreamUnavailableException : Exception
{
    public UpstreamUnavailableException()
    {
    }

    public UpstreamUnavailableException(string message)
        : base(message)
    {
    }

    public UpstreamUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
