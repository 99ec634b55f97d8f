namespace Custos.Core.Pipeline;

/// <summary>How an action reached Custos. Adapters set it; stages may use it, never to skip a check.</summary>
public enum ActionChannel
{
    AuthorizeApi,
    Mcp,
    Llm,
    ControlPlane,
    Cli,
}
