using System.Collections.Concurrent;
using Azure;
using Azure.Core;
using Azure.Security.KeyVault.Secrets;
using Custos.Core.Configuration;
using Custos.Core.Secrets;

namespace Custos.Server.Secrets;

/// <summary>
/// <c>secret://azure/NAME[/VERSION][#KEY]</c>: a secret of the Azure Key Vault named in <c>secrets.azure.vault_url</c>,
/// read with the official client (Azure.Security.KeyVault.Secrets). It authenticates with a Microsoft Entra access
/// token for https://vault.azure.net read from <c>secrets.azure.access_token</c> (an env or file reference, default
/// <c>secret://env/AZURE_KEYVAULT_TOKEN</c>) on every token request, so whatever refreshes that token (workload
/// identity, a sidecar, <c>az account get-access-token</c>) is picked up. With <c>#KEY</c> the value is read as
/// JSON or <c>KEY=value</c> lines and the field is taken.
/// </summary>
public sealed class AzureKeyVaultSecretProvider(Action<SecretClientOptions>? configure = null) : ISecretProvider
{
    private readonly ConcurrentDictionary<AzureKeyVaultSettings, SecretClient> clients = new();

    public string Name => "azure";

    public async ValueTask<ProvidedSecret> GetAsync(SecretReference reference, SecretScope? scope, CustosConfig config, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(config);
        var settings = config.Secrets.Azure
            ?? throw Fail(reference, "secrets.azure.vault_url is not set in custos.yaml; set it to the key vault's URL, as in https://NAME.vault.azure.net", SecretFailure.ProviderFailed);
        var parts = reference.Path.Split('/');
        if (parts.Length > 2)
        {
            throw Fail(reference, "an azure reference names a secret and optionally its version: secret://azure/NAME or secret://azure/NAME/VERSION", SecretFailure.NotFound);
        }

        var name = parts[0];
        var version = parts.Length == 2 ? parts[1] : null;
        var configDirectory = Path.GetDirectoryName(config.SourcePath);
        var client = clients.GetOrAdd(settings, s =>
        {
            var options = new SecretClientOptions { Retry = { MaxRetries = 1, Delay = TimeSpan.FromMilliseconds(200), NetworkTimeout = TimeSpan.FromSeconds(10) } };
            configure?.Invoke(options);
            return new SecretClient(s.VaultUrl, new ReferenceTokenCredential(s.AccessToken ?? new SecretReference("env", "AZURE_KEYVAULT_TOKEN", null), configDirectory), options);
        });

        KeyVaultSecret secret;
        try
        {
            secret = (await client.GetSecretAsync(name, version, cancellationToken)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw Fail(reference, $"the key vault {settings.VaultUrl.Host} has no secret '{name}'{(version is null ? string.Empty : $" version {version}")}; create it with 'az keyvault secret set --vault-name VAULT --name {name} --file FILE'", SecretFailure.NotFound);
        }
        catch (RequestFailedException ex) when (ex.Status is 401 or 403)
        {
            throw Fail(reference, $"the key vault {settings.VaultUrl.Host} refused the read ({ex.Status} {ex.ErrorCode}): the token must be current and its identity needs the 'Key Vault Secrets User' role (or a 'get' access policy) on the vault", SecretFailure.ProviderFailed);
        }
        catch (RequestFailedException ex)
        {
            // The exception's message carries the response's headers and body: only status and code are passed on.
            throw Fail(reference, $"the key vault {settings.VaultUrl.Host} answered {(ex.Status == 0 ? "nothing (unreachable)" : ex.Status.ToString(System.Globalization.CultureInfo.InvariantCulture))}{(ex.ErrorCode is null ? string.Empty : $" {ex.ErrorCode}")}; check secrets.azure.vault_url and the network", SecretFailure.ProviderFailed);
        }
        catch (SecretResolutionException ex)
        {
            throw Fail(reference, $"no access token for the key vault: {ex.Message} (secrets.azure.access_token)", SecretFailure.ProviderFailed);
        }

        if (secret.Properties.Enabled == false)
        {
            throw Fail(reference, $"the secret '{name}' is disabled in the key vault; enable it or point the reference at another", SecretFailure.NotFound);
        }

        var value = secret.Value ?? string.Empty;
        return new ProvidedSecret(reference.Key is null ? value : LocalSecrets.Field(reference, value, $"the key vault secret '{name}'"));
    }

    private static SecretResolutionException Fail(SecretReference reference, string message, SecretFailure failure) =>
        new($"{reference}: {message}") { Failure = failure };

    /// <summary>A bearer token read through the env or file provider on each request for one.</summary>
    private sealed class ReferenceTokenCredential(SecretReference reference, string? configDirectory) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            var token = reference.Provider == "file" ? LocalSecrets.ReadFile(reference, configDirectory) : LocalSecrets.ReadEnvironment(reference);
            return new AccessToken(token.Trim(), DateTimeOffset.UtcNow.AddMinutes(5));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
