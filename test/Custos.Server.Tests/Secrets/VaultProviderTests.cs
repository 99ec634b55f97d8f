using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Secrets;

namespace Custos.Server.Tests.Secrets;

/// <summary>The vault provider against <see cref="KvV2Server"/> (real Kestrel, real HTTP), through the broker and the inject stage.</summary>
public sealed class VaultProviderTests : IDisposable
{
    private readonly List<string> files = [];

    private const string ApiKey = "sk_live_VaultProviderTestValue0123456789";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_token_reads_the_newest_version_and_a_scope_can_pin_an_older_one()
    {
        await using var vault = await KvV2Server.StartAsync();
        vault.Put("kv", "billing", new() { ["api_key"] = "sk_live_OldVersion00000000000000000000", ["user"] = "svc" });
        vault.Put("kv", "billing", new() { ["api_key"] = ApiKey, ["user"] = "svc" });
        var tokenFile = await TokenFileAsync(vault.CreateToken("kv/data/billing"));
        await using var ws = await SecretsWorkspace.OpenAsync($"""
              vault:
                address: {vault.Address}
                token: secret://file/{tokenFile}
            """);
        var (context, injected) = await ws.RunAsync("dev-agent", "billing.charge");
        Assert.Equal(ActionOutcome.Success, context.Outcome);
        Assert.Equal(ApiKey, injected!["api_key"]);
        Assert.Contains("GET /v1/kv/data/billing", vault.Requests);

        var resolver = ws.Workspace.Secrets;
        var user = await resolver.ResolveAsync(Parse("secret://vault/kv/billing#user"), new SecretUse(null, "custos.test"), Ct);
        Assert.Equal("svc", user.Reveal());
        var provider = new VaultSecretProvider(new HttpClient());
        var pinned = await provider.GetAsync(Parse("secret://vault/kv/billing#api_key"), new SecretScope(Parse("secret://vault/kv/billing"), [], ["billing"], 1, null, default), ws.Workspace.Config, Ct);
        Assert.Equal(("sk_live_OldVersion00000000000000000000", 1), (pinned.Value, pinned.Version));
    }

    [Fact]
    public async Task AppRole_logs_in_once_reuses_the_token_and_logs_in_again_when_it_is_revoked()
    {
        await using var vault = await KvV2Server.StartAsync();
        vault.Put("kv", "billing", new() { ["api_key"] = ApiKey });
        var (roleId, secretId) = vault.CreateRole(3600, "kv/data/");
        var secretIdFile = await TokenFileAsync(secretId);
        await using var ws = await SecretsWorkspace.OpenAsync($"""
              vault:
                address: {vault.Address}
                auth: app_role
                role_id: {roleId}
                secret_id: secret://file/{secretIdFile}
            """, cacheTtl: "0s");
        var reference = Parse("secret://vault/kv/billing#api_key");
        var use = new SecretUse("dev-agent", "billing");
        Assert.Equal(ApiKey, (await ws.Workspace.Secrets.ResolveAsync(reference, use, Ct)).Reveal());
        Assert.Equal(ApiKey, (await ws.Workspace.Secrets.ResolveAsync(reference, use, Ct)).Reveal());
        Assert.Equal(1, vault.Logins);

        vault.RevokeAllTokens();
        Assert.Equal(ApiKey, (await ws.Workspace.Secrets.ResolveAsync(reference, use, Ct)).Reveal());
        Assert.Equal(2, vault.Logins);
    }

    [Fact]
    public async Task Vault_failures_name_the_reference_and_the_fix_never_a_token_or_value()
    {
        await using var vault = await KvV2Server.StartAsync();
        vault.Put("kv", "billing", new() { ["api_key"] = ApiKey, ["user"] = "svc" });
        var token = vault.CreateToken("kv/data/billing");
        var tokenFile = await TokenFileAsync(token);
        await using var ws = await SecretsWorkspace.OpenAsync($"""
              vault:
                address: {vault.Address}
                token: secret://file/{tokenFile}
            """);
        var use = new SecretUse(null, "custos.test");
        async Task<string> Error(string reference)
        {
            var error = await Assert.ThrowsAsync<SecretResolutionException>(async () => await ws.Workspace.Secrets.ResolveAsync(Parse(reference), use, Ct));
            Assert.DoesNotContain(token, error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(ApiKey, error.ToString(), StringComparison.Ordinal);
            return error.Message;
        }

        Assert.Contains("has no field 'password'; its fields are: api_key, user", await Error("secret://vault/kv/billing#password"), StringComparison.Ordinal);
        Assert.Contains("holds 2 fields (api_key, user); name one with #KEY", await Error("secret://vault/kv/billing"), StringComparison.Ordinal);
        Assert.Contains("refused to read kv/data/other (403)", await Error("secret://vault/kv/other#x"), StringComparison.Ordinal);
        Assert.Contains("names the KV mount and the secret's path", await Error("secret://vault/billing#x"), StringComparison.Ordinal);

        vault.Put("kv", "gone", new() { ["x"] = "y" });
        var widerFile = await TokenFileAsync(vault.CreateToken("kv/data/"));
        await using var wider = await SecretsWorkspace.OpenAsync($"""
              vault:
                address: {vault.Address}
                token: secret://file/{widerFile}
            """);
        using (var http = new HttpClient { BaseAddress = vault.Address })
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, "v1/kv/data/gone");
            request.Headers.Add("X-Vault-Token", File.ReadAllText(widerFile).Trim());
            (await http.SendAsync(request, Ct)).EnsureSuccessStatusCode();
        }

        var deleted = await Assert.ThrowsAsync<SecretResolutionException>(async () => await wider.Workspace.Secrets.ResolveAsync(Parse("secret://vault/kv/gone#x"), use, Ct));
        Assert.Contains("has no secret kv/gone", deleted.Message, StringComparison.Ordinal);
        Assert.Contains("vault kv put -mount=kv gone x=", deleted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_vault_or_a_missing_token_fails_the_action_with_a_clear_reason()
    {
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        var tokenFile = await TokenFileAsync("hvs.never-sent-anywhere");
        await using var ws = await SecretsWorkspace.OpenAsync($"""
              vault:
                address: http://127.0.0.1:{port}
                token: secret://file/{tokenFile}
            """);
        var (context, _) = await ws.RunAsync("dev-agent", "billing.charge");
        Assert.Equal(ActionOutcome.Failure, context.Outcome);
        Assert.Contains($"vault at http://127.0.0.1:{port} cannot be reached", Assert.Single(context.Reasons), StringComparison.Ordinal);

        await using var noToken = await SecretsWorkspace.OpenAsync($"""
              vault:
                address: http://127.0.0.1:{port}
                token: secret://env/CUSTOS_TEST_NO_SUCH_VAULT_TOKEN
            """);
        var (failed, _) = await noToken.RunAsync("dev-agent", "billing.charge");
        Assert.Contains("no vault token", Assert.Single(failed.Reasons), StringComparison.Ordinal);
        Assert.Contains("CUSTOS_TEST_NO_SUCH_VAULT_TOKEN is not set", failed.Reasons[0], StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var file in files)
        {
            File.Delete(file);
        }
    }

    private async Task<string> TokenFileAsync(string token)
    {
        var path = Path.Combine(Path.GetTempPath(), $"custos-vault-{Guid.NewGuid():N}");
        files.Add(path);
        PrivateKeyFile.CreateNew(path, System.Text.Encoding.UTF8.GetBytes(token + "\n"));
        await Task.CompletedTask;
        return path;
    }

    private static SecretReference Parse(string text)
    {
        Assert.True(SecretReference.TryParse(text, out var reference, out var error), error);
        return reference;
    }
}
