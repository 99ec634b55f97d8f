namespace Custos.Core.Configuration;

/// <summary>The <c>secrets:</c> section: the broker's cache, its remote providers and the secrets' scopes.</summary>
/// <param name="CacheTtl">How long a resolved value is kept in memory; setting or rotating a secret drops it at once.</param>
public sealed record SecretsSettings(TimeSpan CacheTtl, VaultSettings Vault, AzureKeyVaultSettings? Azure, IReadOnlyList<SecretScope> Scopes)
{
    public static readonly TimeSpan DefaultCacheTtl = TimeSpan.FromSeconds(30);

    public static SecretsSettings Default { get; } = new(DefaultCacheTtl, VaultSettings.Default, null, []);

    /// <summary>When a use of a secret is unusual enough to raise <c>secret.unusual_use</c>.</summary>
    public UnusualUseSettings UnusualUse { get; init; } = UnusualUseSettings.Default;

    /// <summary>The scope written for <paramref name="reference"/>: the entry naming it exactly, else one naming its path without a key.</summary>
    public SecretScope? FindScope(SecretReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        SecretScope? whole = null;
        foreach (var scope in Scopes)
        {
            if (scope.Secret == reference)
            {
                return scope;
            }

            if (scope.Secret.Key is null && scope.Secret.Provider == reference.Provider && scope.Secret.Path == reference.Path)
            {
                whole ??= scope;
            }
        }

        return whole;
    }
}

public enum VaultAuthMethod
{
    Token,
    AppRole,
}

/// <summary>
/// HashiCorp Vault or OpenBao (KV version 2). Unset fields fall back to the variables the vault CLI reads:
/// <c>VAULT_ADDR</c>, <c>VAULT_NAMESPACE</c>, <c>VAULT_TOKEN</c>.
/// </summary>
/// <param name="Address">The server's base URL, as in https://vault.example:8200.</param>
/// <param name="Token">Where the token is (token auth); default <c>secret://env/VAULT_TOKEN</c>.</param>
/// <param name="RoleId">The AppRole role id (not itself secret): a literal or a reference.</param>
/// <param name="SecretId">Where the AppRole secret id is.</param>
public sealed record VaultSettings(
    string? Address,
    string? Namespace,
    VaultAuthMethod Auth,
    SecretReference? Token,
    string AppRoleMount,
    string? RoleId,
    SecretReference? RoleIdReference,
    SecretReference? SecretId,
    TimeSpan Timeout)
{
    public static VaultSettings Default { get; } = new(null, null, VaultAuthMethod.Token, null, "approle", null, null, null, TimeSpan.FromSeconds(10));
}

/// <param name="VaultUrl">The key vault's URL, as in https://NAME.vault.azure.net.</param>
/// <param name="AccessToken">Where a Microsoft Entra access token for https://vault.azure.net is (env or file, refreshed by whoever writes it); default <c>secret://env/AZURE_KEYVAULT_TOKEN</c>.</param>
public sealed record AzureKeyVaultSettings(Uri VaultUrl, SecretReference? AccessToken = null);

/// <summary>
/// Who may use one secret: the agents on whose behalf and the systems into which it is injected. A secret without
/// a scope may be injected only into the systems whose <c>credentials</c> name it.
/// </summary>
/// <param name="Version">A pinned version (vault only); null reads the newest.</param>
/// <param name="Rotate">When the secret is due for rotation; <c>custos secrets list</c> and <c>overdue</c> report it after that.</param>
public sealed record SecretScope(SecretReference Secret, IReadOnlyList<string> Agents, IReadOnlyList<string> Systems, int? Version, SecretRotation? Rotate, SourceMark Location);

/// <summary>
/// A rotation schedule: a period since the last rotation (<c>30d</c>) or a cron expression (<c>0 3 1 * *</c>, UTC);
/// neither when only a rotator is configured (rotated on demand).
/// </summary>
public sealed record SecretRotation(TimeSpan? Every, Cronos.CronExpression? Cron, string Text)
{
    /// <summary>What produces the next value; null for the built-in random rotator.</summary>
    public RotatorSettings? Rotator { get; init; }

    /// <summary>When a secret last rotated at <paramref name="lastRotated"/> is next due.</summary>
    public DateTimeOffset DueAfter(DateTimeOffset lastRotated)
    {
        if (Every is { } every)
        {
            return lastRotated + every;
        }

        if (Cron is null)
        {
            return DateTimeOffset.MaxValue;
        }

        return Cron.GetNextOccurrence(lastRotated.UtcDateTime, TimeZoneInfo.Utc) is { } next ? new DateTimeOffset(next, TimeSpan.Zero) : DateTimeOffset.MaxValue;
    }

    public override string ToString()
    {
        var schedule = Every is { } every ? $"every {every.TotalDays:0}d" : Cron is not null ? $"cron '{Text}' (UTC)" : "on demand";
        return Rotator is null ? schedule : $"{schedule}, {Rotator.Kind}";
    }
}

/// <summary>
/// <c>secrets.unusual_use</c>: when one agent's use of one secret looks unlike its own history. Volume: an hour with
/// at least <paramref name="MinUses"/> uses and at least <paramref name="VolumeFactor"/> times the average of the
/// hours it was used in over the last <paramref name="BaselineDays"/> days. Hour: a use at an hour of the day (UTC)
/// in which it was not used on any of those days. Neither fires before the agent has used the secret on
/// <paramref name="MinHistoryDays"/> different days.
/// </summary>
public sealed record UnusualUseSettings(bool Enabled, int VolumeFactor, int MinUses, int BaselineDays, int MinHistoryDays, bool Hours)
{
    public static UnusualUseSettings Default { get; } = new(true, 5, 20, 14, 3, true);
}
