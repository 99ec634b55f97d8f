namespace Custos.Core.Secrets;

/// <summary>
/// Credentials Custos obtains for itself while it runs (a Microsoft Entra ID access token fetched for a provider): held
/// with the other known values for as long as they may be valid, so a copy of one in an agent's input, output or a
/// tool result is found and blocked like any secret Custos holds. Named, never shown by value.
/// </summary>
public interface IIssuedSecrets
{
    /// <summary>Holds <paramref name="value"/> under <paramref name="name"/>, replacing what that name held.</summary>
    void Remember(string name, string value);
}
