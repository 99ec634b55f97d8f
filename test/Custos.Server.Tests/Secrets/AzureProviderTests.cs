using Azure.Core.Pipeline;
using Custos.Core.Configuration;
using Custos.Core.Secrets;
using Custos.Server.Secrets;

namespace Custos.Server.Tests.Secrets;

/// <summary>The azure provider through the official Azure.Security.KeyVault.Secrets client, against <see cref="KeyVaultStub"/> over HTTPS.</summary>
public sealed class AzureProviderTests
{
    private const string Value = "azure-kv-test-value-0123456789abcdef";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_official_client_answers_the_challenge_with_the_configured_token_and_reads_the_secret()
    {
        await using var vault = await KeyVaultStub.StartAsync();
        var first = vault.Set("billing-api", "azure-kv-old-value-000000000000");
        vault.Set("billing-api", Value);
        vault.Set("db", "{\"user\":\"app\",\"password\":\"db-json-password-value\"}");
        var (config, tokenFile) = await ConfigAsync(vault, vault.AcceptedToken);
        var provider = Provider(vault);

        Assert.Equal(Value, (await provider.GetAsync(Parse("secret://azure/billing-api"), null, config, Ct)).Value);
        Assert.Equal("azure-kv-old-value-000000000000", (await provider.GetAsync(Parse($"secret://azure/billing-api/{first}"), null, config, Ct)).Value);
        Assert.Equal("db-json-password-value", (await provider.GetAsync(Parse("secret://azure/db#password"), null, config, Ct)).Value);
        Assert.Contains(vault.Requests, r => r == "GET /secrets/billing-api");
        File.Delete(tokenFile);
    }

    [Fact]
    public async Task Missing_secrets_refused_tokens_and_a_missing_token_are_named_without_the_token()
    {
        await using var vault = await KeyVaultStub.StartAsync();
        vault.Set("billing-api", Value);
        vault.Set("off", "disabled-value-000000", enabled: false);
        var (config, tokenFile) = await ConfigAsync(vault, vault.AcceptedToken);
        var provider = Provider(vault);

        var missing = await Assert.ThrowsAsync<SecretResolutionException>(async () => await provider.GetAsync(Parse("secret://azure/nothing"), null, config, Ct));
        Assert.Equal(SecretFailure.NotFound, missing.Failure);
        Assert.Contains("has no secret 'nothing'", missing.Message, StringComparison.Ordinal);
        Assert.Contains("az keyvault secret set", missing.Message, StringComparison.Ordinal);

        var disabled = await Assert.ThrowsAsync<SecretResolutionException>(async () => await provider.GetAsync(Parse("secret://azure/off"), null, config, Ct));
        Assert.Contains("refused the read (403 Forbidden)", disabled.Message, StringComparison.Ordinal);

        var (forbiddenConfig, forbiddenFile) = await ConfigAsync(vault, vault.ForbiddenToken);
        var forbidden = await Assert.ThrowsAsync<SecretResolutionException>(async () => await Provider(vault).GetAsync(Parse("secret://azure/billing-api"), null, forbiddenConfig, Ct));
        Assert.Contains("Key Vault Secrets User", forbidden.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(vault.ForbiddenToken, forbidden.ToString(), StringComparison.Ordinal);

        File.Delete(tokenFile);
        var noToken = await Assert.ThrowsAsync<SecretResolutionException>(async () => await Provider(vault).GetAsync(Parse("secret://azure/billing-api"), null, config, Ct));
        Assert.Contains("no access token for the key vault", noToken.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", noToken.Message, StringComparison.Ordinal);
        File.Delete(forbiddenFile);

        var notConfigured = ConfigLoader.Parse("version: 1\n", "custos.yaml", "/tmp/custos.yaml").GetConfigOrThrow();
        var unset = await Assert.ThrowsAsync<SecretResolutionException>(async () => await provider.GetAsync(Parse("secret://azure/billing-api"), null, notConfigured, Ct));
        Assert.Contains("secrets.azure.vault_url is not set", unset.Message, StringComparison.Ordinal);
    }

    private static AzureKeyVaultSecretProvider Provider(KeyVaultStub vault) => new(options =>
    {
        options.Transport = new HttpClientTransport(vault.TrustingHandler());
        options.DisableChallengeResourceVerification = true; // the stub's host is 127.0.0.1, not *.vault.azure.net
    });

    private static async Task<(CustosConfig Config, string TokenFile)> ConfigAsync(KeyVaultStub vault, string token)
    {
        var tokenFile = Path.Combine(Path.GetTempPath(), $"custos-azure-{Guid.NewGuid():N}");
        PrivateKeyFile.CreateNew(tokenFile, System.Text.Encoding.UTF8.GetBytes(token + "\n"));
        var yaml = $"""
            version: 1
            secrets:
              azure:
                vault_url: {vault.Address}
                access_token: secret://file/{tokenFile}
            """;
        await Task.CompletedTask;
        return (ConfigLoader.Parse(yaml, "custos.yaml", "/tmp/custos.yaml").GetConfigOrThrow(), tokenFile);
    }

    private static SecretReference Parse(string text)
    {
        Assert.True(SecretReference.TryParse(text, out var reference, out var error), error);
        return reference;
    }
}
