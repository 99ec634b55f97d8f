using Custos.Core.Configuration;

namespace Custos.Core.Tests.Configuration;

public sealed class SecretsSectionTests
{
    private const string Base = """
        version: 1
        agents:
          - name: dev-agent
            owner: a@example.com
            purpose: Writes code.
            gdpr:
              lawful_basis: contract
              processing_purpose: Development.
        systems:
          - name: github
            kind: http
            url: https://api.github.com
            credentials:
              token: secret://builtin/github
        grants:
          - agent: dev-agent
            system: github
            actions: [read]

        """;

    [Fact]
    public void Scopes_cache_and_vault_settings_are_read()
    {
        var config = Load("""
            secrets:
              cache_ttl: 5s
              vault:
                address: http://127.0.0.1:8200
                auth: app_role
                role_id: 1d2f-role
                secret_id: secret://env/VAULT_SECRET_ID
              scopes:
                - secret: secret://builtin/github
                  agents: [dev-agent]
                  systems: [github]
                  rotate: 30d
                - secret: secret://vault/kv/billing
                  agents: [dev-agent]
                  systems: [github]
                  version: 3
            """).GetConfigOrThrow();
        Assert.Equal(TimeSpan.FromSeconds(5), config.Secrets.CacheTtl);
        Assert.Equal(VaultAuthMethod.AppRole, config.Secrets.Vault.Auth);
        Assert.Equal("1d2f-role", config.Secrets.Vault.RoleId);
        Assert.Equal(2, config.Secrets.Scopes.Count);
        Assert.True(SecretReference.TryParse("secret://vault/kv/billing#api_key", out var keyed, out _));
        Assert.Equal(3, config.Secrets.FindScope(keyed)!.Version);
        Assert.Equal(TimeSpan.FromDays(30), config.Secrets.Scopes[0].Rotate!.Every);
    }

    [Fact]
    public void Without_a_section_the_cache_is_thirty_seconds_and_nothing_is_scoped()
    {
        var config = Load(string.Empty).GetConfigOrThrow();
        Assert.Equal(TimeSpan.FromSeconds(30), config.Secrets.CacheTtl);
        Assert.Empty(config.Secrets.Scopes);
    }

    [Theory]
    [InlineData("secrets:\n  cach_ttl: 5s", "unknown key 'cach_ttl' in secrets (did you mean 'cache_ttl'?)")]
    [InlineData("secrets:\n  cache_ttl: 2h", "secrets.cache_ttl must be at most 1h")]
    [InlineData("secrets:\n  scopes:\n    - secret: secret://builtin/github\n      agents: [dev-agnt]\n      systems: [github]", "secrets.scopes[0].agents: 'dev-agnt' is not defined under agents (did you mean 'dev-agent'?)")]
    [InlineData("secrets:\n  scopes:\n    - secret: secret://builtin/github\n      agents: [dev-agent]", "secrets.scopes[0] names no systems")]
    [InlineData("secrets:\n  scopes:\n    - secret: secret://builtin/github\n      systems: [github]\n      version: 2", "the builtin provider has no versions to pin")]
    [InlineData("secrets:\n  scopes:\n    - secret: builtin/github\n      systems: [github]", "secrets.scopes[0].secret: a secret reference starts with 'secret://'")]
    [InlineData("secrets:\n  vault:\n    token: hvs.literal-token-value", "secrets.vault.token must be a secret reference")]
    [InlineData("secrets:\n  vault:\n    token: secret://vault/kv/token", "must come from secret://env/NAME or secret://file/PATH")]
    [InlineData("secrets:\n  vault:\n    auth: app_role", "needs role_id")]
    [InlineData("secrets:\n  azure:\n    vault_url: http://x.vault.azure.net", "must be an https URL")]
    [InlineData("secrets:\n  scopes:\n    - secret: secret://builtin/github\n      systems: [github]\n      rotate: 2x", "rotate must be a period such as 30d")]
    [InlineData("secrets:\n  scopes:\n    - secret: secret://builtin/github\n      systems: [github]\n      rotate: '0 3 * *'", "is not a cron expression")]
    [InlineData("secrets:\n  scopes:\n    - secret: secret://builtin/github\n      systems: [github]\n      rotate: '0 3 31 2 *'", "never fires")]
    public void Mistakes_in_the_section_are_named_with_the_fix(string section, string message)
    {
        var result = Load(section);
        Assert.False(result.IsValid);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("literal-token-value", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cron_rotation_is_due_at_its_next_occurrence_after_the_last_rotation()
    {
        var config = Load("secrets:\n  scopes:\n    - secret: secret://builtin/github\n      systems: [github]\n      rotate: '0 3 1 * *'").GetConfigOrThrow();
        var rotation = config.Secrets.Scopes[0].Rotate!;
        Assert.Null(rotation.Every);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero), rotation.DueAfter(new DateTimeOffset(2026, 11, 5, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero), new SecretRotation(TimeSpan.FromDays(30), null, "30d").DueAfter(new DateTimeOffset(2026, 11, 5, 12, 0, 0, TimeSpan.Zero)));
    }

    private static ConfigLoadResult Load(string section) => ConfigLoader.Parse(Base + section, "custos.yaml", "/srv/acme/custos.yaml");
}
