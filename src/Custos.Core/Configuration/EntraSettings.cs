namespace Custos.Core.Configuration;

/// <summary>
/// An Azure OpenAI system's <c>entra:</c>: Custos gets a Microsoft Entra ID access token itself with the OAuth 2.0
/// client credentials grant (a form POST to <see cref="TokenEndpoint"/>) and sends it as <c>Authorization: Bearer</c>,
/// instead of reading a token that something else keeps fresh.
/// </summary>
/// <param name="TenantId">The directory (tenant) ID or its domain; never <c>common</c>, which the client credentials grant cannot use.</param>
/// <param name="ClientId">The application (client) ID of the app registration, a GUID.</param>
/// <param name="ClientSecret">Where the app's client secret is; resolved by the secrets broker for each token request, never kept.</param>
/// <param name="AuthorityHost">The sign-in host, ending in '/': <see cref="DefaultAuthorityHost"/> or a national cloud's.</param>
/// <param name="Scope">What the token is for: <see cref="DefaultScope"/> for Azure OpenAI.</param>
public sealed record EntraSettings(string TenantId, string ClientId, SecretReference ClientSecret, Uri AuthorityHost, string Scope)
{
    public const string DefaultAuthorityHost = "https://login.microsoftonline.com/";
    public const string DefaultScope = "https://cognitiveservices.azure.com/.default";

    /// <summary><c>{authority_host}/{tenant_id}/oauth2/v2.0/token</c>.</summary>
    public Uri TokenEndpoint => new(AuthorityHost, $"{Uri.EscapeDataString(TenantId)}/oauth2/v2.0/token");
}
