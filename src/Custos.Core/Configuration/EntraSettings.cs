namespace Custos.Core.Configuration;

/// <summary>
/// An Azure OpenAI system's <c>entra:</c>: Custos gets a Microsoft Entra ID access token itself and sends it as
/// <c>Authorization: Bearer</c>, instead of reading a token that something else keeps fresh. One of three ways:
/// the OAuth 2.0 client credentials grant with a client secret (<see cref="ClientSecret"/>) or with a federated
/// token from a file (<see cref="FederatedTokenFile"/>, workload identity: Kubernetes writes and rotates that file),
/// both a form POST to <see cref="TokenEndpoint"/>; or the managed identity of the machine Custos runs on
/// (<see cref="IdentityEndpoint"/>, the instance metadata service).
/// </summary>
/// <param name="TenantId">The directory (tenant) ID or its domain; never <c>common</c>, which the client credentials grant cannot use. Null with a managed identity.</param>
/// <param name="ClientId">The application (client) ID of the app registration, a GUID; with a managed identity, the user-assigned identity's client ID, or null for the system-assigned one.</param>
/// <param name="ClientSecret">Where the app's client secret is; resolved by the secrets broker for each token request, never kept.</param>
/// <param name="AuthorityHost">The sign-in host, ending in '/': <see cref="DefaultAuthorityHost"/> or a national cloud's.</param>
/// <param name="Scope">What the token is for: <see cref="DefaultScope"/> for Azure OpenAI.</param>
public sealed record EntraSettings(string? TenantId, string? ClientId, SecretReference? ClientSecret, Uri AuthorityHost, string Scope)
{
    public const string DefaultAuthorityHost = "https://login.microsoftonline.com/";
    public const string DefaultScope = "https://cognitiveservices.azure.com/.default";

    /// <summary>The Azure instance metadata service's token endpoint (plain http on a link-local address, by design).</summary>
    public const string DefaultIdentityEndpoint = "http://169.254.169.254/metadata/identity/oauth2/token";

    /// <summary>The file holding a federated token (a JWT issued by the cluster) sent as the client assertion; read afresh for every token request.</summary>
    public string? FederatedTokenFile { get; init; }

    /// <summary>Set for a managed identity: where its tokens are asked for (<see cref="DefaultIdentityEndpoint"/> unless configured).</summary>
    public Uri? IdentityEndpoint { get; init; }

    /// <summary><c>{authority_host}/{tenant_id}/oauth2/v2.0/token</c>.</summary>
    public Uri TokenEndpoint => new(AuthorityHost, $"{Uri.EscapeDataString(TenantId ?? "")}/oauth2/v2.0/token");

    /// <summary>The resource a managed identity token is asked for: <see cref="Scope"/> without its <c>/.default</c>.</summary>
    public string Resource => Scope.EndsWith("/.default", StringComparison.Ordinal) ? Scope[..^"/.default".Length] : Scope;

    /// <summary>Which way the token is got, as <c>custos.yaml</c> names it (for errors).</summary>
    public string Grant => IdentityEndpoint is not null ? "managed_identity" : FederatedTokenFile is not null ? "federated_token_file" : "client_secret";
}
