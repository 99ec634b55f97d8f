namespace Custos.Gateway.Llm;

/// <summary>
/// Custos could not get a Microsoft Entra ID access token. The message says why in words safe to show an agent and
/// to record (the token endpoint's host, its status and OAuth error code), never the client secret, a token, or
/// the endpoint's free text.
/// </summary>
/// <param name="Transient">The endpoint was unreachable, slow, throttling or failing (408, 429, 5xx): worth trying again.</param>
public sealed class EntraTokenException(string message, bool transient = false) : Exception(message)
{
    public bool Transient { get; } = transient;
}
