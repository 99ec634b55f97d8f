using System.Globalization;

namespace Custos.Core.Configuration;

public static partial class ConfigLoader
{
    private static readonly string[] SecretsKeys = ["cache_ttl", "vault", "azure", "scopes", "unusual_use"];
    private static readonly string[] UnusualUseKeys = ["enabled", "volume_factor", "min_uses", "baseline_days", "min_history_days", "hours"];
    private static readonly string[] VaultKeys = ["address", "namespace", "auth", "token", "approle_mount", "role_id", "secret_id", "timeout"];
    private static readonly string[] AzureKeys = ["vault_url", "access_token"];
    private static readonly string[] ScopeKeys = ["secret", "agents", "systems", "version", "rotate"];
    private static readonly string[] RotateKeys = ["schedule", "postgres", "webhook"];
    private static readonly string[] PostgresRotatorKeys = ["host", "port", "database", "username", "password", "roles", "ssl_mode", "timeout"];
    private static readonly string[] WebhookRotatorKeys = ["url", "signing_key", "timeout"];
    private static readonly string[] SslModes = ["disable", "prefer", "require", "verify-ca", "verify-full"];

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial System.Text.RegularExpressions.Regex RoleNamePattern();

    private sealed partial class Binder
    {
        private SecretsSettings BindSecrets(YamlNode? node, HashSet<string> agents, HashSet<string> systems)
        {
            var settings = SecretsSettings.Default;
            if (node is null || node is YamlScalar { IsNull: true } || !ExpectMapping(node, "secrets", out var map))
            {
                return settings;
            }

            CheckKeys(map, "secrets", SecretsKeys);
            var cacheTtl = settings.CacheTtl;
            if (map.Find("cache_ttl") is { } ttlNode)
            {
                if (ttlNode is not YamlScalar ttl || ShortDurationPattern().Match(ttl.Value) is not { Success: true } match)
                {
                    Error(ttlNode.Start, "secrets.cache_ttl must be a duration such as 0s (no cache), 30s or 5m");
                }
                else
                {
                    cacheTtl = ShortDuration(match);
                    if (cacheTtl > TimeSpan.FromHours(1))
                    {
                        Error(ttlNode.Start, "secrets.cache_ttl must be at most 1h: a rotated or revoked secret stays in use for that long");
                        cacheTtl = settings.CacheTtl;
                    }
                }
            }

            var vault = BindVault(map.Find("vault"));
            AzureKeyVaultSettings? azure = null;
            if (map.Find("azure") is { } azureNode && azureNode is not YamlScalar { IsNull: true } && ExpectMapping(azureNode, "secrets.azure", out var azureMap))
            {
                CheckKeys(azureMap, "secrets.azure", AzureKeys);
                var url = GetString(azureMap, "vault_url", "secrets.azure", required: true, hint: "the key vault's URL, as in https://NAME.vault.azure.net");
                if (url is not null)
                {
                    if (!Uri.TryCreate(url, UriKind.Absolute, out var vaultUrl) || vaultUrl.Scheme != Uri.UriSchemeHttps)
                    {
                        Error(azureMap.Find("vault_url")!.Start, "secrets.azure.vault_url must be an https URL such as https://NAME.vault.azure.net");
                    }
                    else
                    {
                        azure = new AzureKeyVaultSettings(vaultUrl, SecretReferenceAt(azureMap, "access_token", "secrets.azure"));
                    }
                }
            }

            var scopes = BindList(map, "scopes", (item, path, _) => BindScope(item, "secrets." + path, agents, systems));
            var seen = new Dictionary<SecretReference, SourceMark>();
            foreach (var scope in scopes)
            {
                if (!seen.TryAdd(scope.Secret, scope.Location))
                {
                    Error(scope.Location, $"secrets.scopes: {scope.Secret} has a scope already (line {seen[scope.Secret].Line}); merge the two entries");
                }
            }

            return new SecretsSettings(cacheTtl, vault, azure, scopes) { UnusualUse = BindUnusualUse(map.Find("unusual_use")) };
        }

        private UnusualUseSettings BindUnusualUse(YamlNode? node)
        {
            var settings = UnusualUseSettings.Default;
            const string path = "secrets.unusual_use";
            if (node is null || node is YamlScalar { IsNull: true } || !ExpectMapping(node, path, out var map))
            {
                return settings;
            }

            CheckKeys(map, path, UnusualUseKeys);
            int Bounded(string key, int fallback, int min, int max, string what)
            {
                var value = GetInt(map, key, path);
                if (value is null)
                {
                    return fallback;
                }

                if (value < min || value > max)
                {
                    Error(map.Find(key)!.Start, $"{path}.{key} must be between {min} and {max} ({what})");
                    return fallback;
                }

                return value.Value;
            }

            bool Flag(string key, bool fallback)
            {
                var text = GetString(map, key, path);
                switch (text)
                {
                    case null:
                        return fallback;
                    case "true":
                        return true;
                    case "false":
                        return false;
                    default:
                        Error(map.Find(key)!.Start, $"{path}.{key} must be true or false, found '{YamlTreeReader.Truncate(text)}'");
                        return fallback;
                }
            }

            var baseline = Bounded("baseline_days", settings.BaselineDays, 1, 90, "how many days of history a use is compared with");
            var history = Bounded("min_history_days", settings.MinHistoryDays, 1, 90, "on how many days an agent must have used a secret before its use can look unusual");
            if (history > baseline)
            {
                Error(map.Find("min_history_days")!.Start, $"{path}.min_history_days ({history}) cannot be more than baseline_days ({baseline}): no history could ever satisfy it");
                history = Math.Min(settings.MinHistoryDays, baseline);
            }

            return new UnusualUseSettings(
                Flag("enabled", settings.Enabled),
                Bounded("volume_factor", settings.VolumeFactor, 2, 1000, "how many times its usual hourly volume an hour must reach"),
                Bounded("min_uses", settings.MinUses, 1, 1_000_000, "the fewest uses in an hour that can count as unusual volume"),
                baseline,
                history,
                Flag("hours", settings.Hours));
        }

        private VaultSettings BindVault(YamlNode? node)
        {
            var settings = VaultSettings.Default;
            if (node is null || node is YamlScalar { IsNull: true } || !ExpectMapping(node, "secrets.vault", out var map))
            {
                return settings;
            }

            const string path = "secrets.vault";
            CheckKeys(map, path, VaultKeys);
            var address = GetString(map, "address", path);
            if (address is not null && (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
            {
                Error(map.Find("address")!.Start, $"{path}.address must be an http or https URL such as https://vault.example:8200");
                address = null;
            }

            var auth = GetEnum(map, "auth", path, VaultAuthMethod.Token);
            var token = SecretReferenceAt(map, "token", path);
            var roleIdText = GetString(map, "role_id", path);
            SecretReference? roleIdReference = null;
            if (roleIdText is not null && roleIdText.StartsWith(SecretReference.Scheme, StringComparison.Ordinal))
            {
                roleIdReference = SecretReferenceAt(map, "role_id", path);
                roleIdText = null;
            }

            var secretId = SecretReferenceAt(map, "secret_id", path);
            if (auth == VaultAuthMethod.AppRole && (roleIdText is null && roleIdReference is null || secretId is null))
            {
                Error(map.Start, $"{path}.auth is app_role, which needs role_id (the role's id, or a secret:// reference) and secret_id (a secret:// reference such as secret://env/VAULT_SECRET_ID)");
            }

            var mount = GetString(map, "approle_mount", path) ?? settings.AppRoleMount;
            if (!SecretReference.TryParse($"secret://vault/{mount}", out _, out _) || mount.Contains('/', StringComparison.Ordinal))
            {
                Error(map.Find("approle_mount")!.Start, $"{path}.approle_mount must be one path segment such as approle");
                mount = settings.AppRoleMount;
            }

            var timeout = settings.Timeout;
            if (map.Find("timeout") is { } timeoutNode)
            {
                if (timeoutNode is not YamlScalar t || ShortDurationPattern().Match(t.Value) is not { Success: true } match || ShortDuration(match) is var value && (value < TimeSpan.FromSeconds(1) || value > TimeSpan.FromMinutes(5)))
                {
                    Error(timeoutNode.Start, $"{path}.timeout must be a duration between 1s and 5m, such as 10s");
                }
                else
                {
                    timeout = value;
                }
            }

            return new VaultSettings(address, GetString(map, "namespace", path), auth, token, mount, roleIdText, roleIdReference, secretId, timeout);
        }

        /// <summary>A reference to a credential Custos itself needs to reach a provider: env or file only, so it never depends on another remote provider.</summary>
        private SecretReference? SecretReferenceAt(YamlMapping map, string key, string path)
        {
            var text = GetString(map, key, path);
            if (text is null)
            {
                return null;
            }

            if (!SecretReference.TryParse(text, out var reference, out var error))
            {
                Error(map.Find(key)!.Start, text.StartsWith(SecretReference.Scheme, StringComparison.Ordinal)
                    ? $"{path}.{key}: {error}"
                    : $"{path}.{key} must be a secret reference such as secret://env/VAULT_{key.ToUpperInvariant()}; credentials never go in custos.yaml");
                return null;
            }

            if (reference.Provider is not ("env" or "file"))
            {
                Error(map.Find(key)!.Start, $"{path}.{key} must come from secret://env/NAME or secret://file/PATH, not from {reference.Provider}");
                return null;
            }

            return reference;
        }

        private SecretScope? BindScope(YamlNode node, string path, HashSet<string> agents, HashSet<string> systems)
        {
            if (!ExpectMapping(node, path, out var map))
            {
                return null;
            }

            CheckKeys(map, path, ScopeKeys);
            var text = GetString(map, "secret", path, required: true, hint: "the secret:// reference this scope is for");
            SecretReference? reference = null;
            if (text is not null && !SecretReference.TryParse(text, out reference, out var error))
            {
                Error(map.Find("secret")!.Start, $"{path}.secret: {error}");
            }

            var agentList = GetStringList(map, "agents", path);
            foreach (var agent in agentList)
            {
                if (!agents.Contains(agent))
                {
                    Error(map.Find("agents")!.Start, $"{path}.agents: '{YamlTreeReader.Truncate(agent)}' is not defined under agents{Suggest(agent, agents)}");
                }
            }

            var systemList = GetStringList(map, "systems", path);
            foreach (var system in systemList)
            {
                if (!systems.Contains(system) && !system.StartsWith(BuiltInSystem.Name + ".", StringComparison.Ordinal))
                {
                    Error(map.Find("systems")!.Start, $"{path}.systems: '{YamlTreeReader.Truncate(system)}' is not defined under systems{Suggest(system, systems)}");
                }
            }

            if (systemList.Count == 0)
            {
                Error(map.Start, $"{path} names no systems; list the systems the secret may be injected into (systems: [github])");
            }

            var version = GetInt(map, "version", path);
            if (version is < 1)
            {
                Error(map.Find("version")!.Start, $"{path}.version must be 1 or more");
                version = null;
            }

            if (version is not null && reference is { Provider: not "vault" })
            {
                Error(map.Find("version")!.Start, $"{path}.version pins a version of a vault secret; the {reference.Provider} provider has no versions to pin");
            }

            SecretRotation? rotate = null;
            if (map.Find("rotate") is { } rotateNode)
            {
                rotate = rotateNode is YamlMapping rotateMap ? BindRotator(rotateMap, path + ".rotate", reference) : BindRotation(rotateNode, path);
            }

            return reference is null ? null : new SecretScope(reference, agentList, systemList, version, rotate, map.Start);
        }

        /// <summary><c>rotate:</c> as a mapping: an optional schedule and the rotator that makes the next value.</summary>
        private SecretRotation? BindRotator(YamlMapping map, string path, SecretReference? secret)
        {
            CheckKeys(map, path, RotateKeys);
            var schedule = map.Find("schedule") is { } scheduleNode ? BindRotation(scheduleNode, path[..^".rotate".Length], "rotate.schedule") : null;
            var postgresNode = map.Find("postgres");
            var webhookNode = map.Find("webhook");
            if (postgresNode is not null && webhookNode is not null)
            {
                Error(webhookNode.Start, $"{path} names two rotators (postgres and webhook); a secret has one, keep one of them");
                return null;
            }

            RotatorSettings? rotator = null;
            if ((postgresNode ?? webhookNode) is { } rotatorNode)
            {
                if (secret is { Provider: not "builtin" })
                {
                    Error(rotatorNode.Start, $"{path}: a rotator stores the new value in the built-in store, so the secret must be secret://builtin/NAME, not {secret}; rotate {secret.Provider} secrets in their provider");
                    return null;
                }

                var kind = postgresNode is not null ? "postgres" : "webhook";
                if (!ExpectMapping(rotatorNode, $"{path}.{kind}", out var rotatorMap))
                {
                    return null;
                }

                rotator = postgresNode is not null ? BindPostgresRotator(rotatorMap, $"{path}.postgres", secret) : BindWebhookRotator(rotatorMap, $"{path}.webhook", secret);
                if (rotator is null)
                {
                    return null;
                }
            }
            else if (schedule is null)
            {
                Error(map.Start, $"{path} needs a schedule (30d, or a cron expression such as '0 3 1 * *'), a rotator (postgres: or webhook:), or both");
                return null;
            }

            return (schedule ?? new SecretRotation(null, null, string.Empty)) with { Rotator = rotator };
        }

        private PostgresRotationSettings? BindPostgresRotator(YamlMapping map, string path, SecretReference? secret)
        {
            CheckKeys(map, path, PostgresRotatorKeys);
            var ok = true;
            var host = GetString(map, "host", path, required: true, hint: "the PostgreSQL server's host name or address");
            var port = GetInt(map, "port", path) ?? 5432;
            if (port is < 1 or > 65535)
            {
                Error(map.Find("port")!.Start, $"{path}.port must be between 1 and 65535");
                ok = false;
            }

            var database = GetString(map, "database", path) ?? "postgres";
            var username = GetString(map, "username", path, required: true, hint: "the admin role Custos logs in as; it needs CREATEROLE or to own the two roles");
            var password = RotationReferenceAt(map, "password", path, secret, "secret://builtin/pg-admin");
            var roles = GetStringList(map, "roles", path);
            if (map.Find("roles") is { } rolesNode)
            {
                if (roles.Count != 2 || roles[0] == roles[1])
                {
                    Error(rolesNode.Start, $"{path}.roles must name two different login roles, as in [app_a, app_b]: each rotation sets a new password on the one not in use and switches to it");
                    ok = false;
                }

                foreach (var role in roles)
                {
                    if (!RoleNamePattern().IsMatch(role))
                    {
                        Error(rolesNode.Start, $"{path}.roles: '{YamlTreeReader.Truncate(role)}' is not a plain role name; use lower-case letters, digits and _ (at most 63, starting with a letter or _)");
                        ok = false;
                    }
                }
            }
            else
            {
                Error(map.Start, $"{path} is missing 'roles' (the two login roles it alternates between, as in [app_a, app_b])");
                ok = false;
            }

            var sslMode = GetString(map, "ssl_mode", path) ?? "prefer";
            if (!SslModes.Contains(sslMode))
            {
                Error(map.Find("ssl_mode")!.Start, $"{path}.ssl_mode must be one of: {string.Join(", ", SslModes)}");
                ok = false;
            }

            var timeout = RotatorTimeout(map, path);
            return ok && host is not null && username is not null && password is not null && timeout is not null
                ? new PostgresRotationSettings(host, port, database, username, password, roles, sslMode, timeout.Value, map.Start)
                : null;
        }

        private WebhookRotationSettings? BindWebhookRotator(YamlMapping map, string path, SecretReference? secret)
        {
            CheckKeys(map, path, WebhookRotatorKeys);
            var text = GetString(map, "url", path, required: true, hint: "the https URL Custos POSTs the rotation request to");
            Uri? url = null;
            if (text is not null)
            {
                if (!Uri.TryCreate(text, UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)) || !string.IsNullOrEmpty(url.UserInfo))
                {
                    Error(map.Find("url")!.Start, $"{path}.url must be an https URL (http only for localhost) without a user name or password, such as https://rotator.internal/rotate");
                    url = null;
                }
            }

            var key = RotationReferenceAt(map, "signing_key", path, secret, "secret://builtin/rotator-signing-key");
            var timeout = RotatorTimeout(map, path);
            return url is not null && key is not null && timeout is not null ? new WebhookRotationSettings(url, key, timeout.Value, map.Start) : null;
        }

        private SecretReference? RotationReferenceAt(YamlMapping map, string key, string path, SecretReference? secret, string example)
        {
            var text = GetString(map, key, path, required: true, hint: $"a secret reference such as {example}");
            if (text is null)
            {
                return null;
            }

            if (!SecretReference.TryParse(text, out var reference, out var error))
            {
                Error(map.Find(key)!.Start, text.StartsWith(SecretReference.Scheme, StringComparison.Ordinal)
                    ? $"{path}.{key}: {error}"
                    : $"{path}.{key} must be a secret reference such as {example}; credentials never go in custos.yaml");
                return null;
            }

            if (reference == secret)
            {
                Error(map.Find(key)!.Start, $"{path}.{key} is the secret being rotated; it must be another secret");
                return null;
            }

            return reference;
        }

        private TimeSpan? RotatorTimeout(YamlMapping map, string path)
        {
            if (map.Find("timeout") is not { } node)
            {
                return TimeSpan.FromSeconds(10);
            }

            if (node is not YamlScalar t || ShortDurationPattern().Match(t.Value) is not { Success: true } match || ShortDuration(match) is var value && (value < TimeSpan.FromSeconds(1) || value > TimeSpan.FromMinutes(5)))
            {
                Error(node.Start, $"{path}.timeout must be a duration between 1s and 5m, such as 10s");
                return null;
            }

            return value;
        }

        private SecretRotation? BindRotation(YamlNode node, string path, string key = "rotate")
        {
            const string hint = "a period such as 30d, 12w or 3m (days, weeks, months, years) or a cron expression such as '0 3 1 * *' (UTC)";
            if (node is not YamlScalar { IsNull: false } scalar)
            {
                Error(node.Start, $"{path}.{key} must be {hint}");
                return null;
            }

            if (DurationPattern().Match(scalar.Value) is { Success: true } match)
            {
                var amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                var every = match.Groups[2].Value switch
                {
                    "d" => TimeSpan.FromDays(amount),
                    "w" => TimeSpan.FromDays(7 * amount),
                    "m" => TimeSpan.FromDays(30 * amount),
                    _ => TimeSpan.FromDays(365 * amount),
                };
                if (every < TimeSpan.FromDays(1))
                {
                    Error(node.Start, $"{path}.{key} must be at least 1d");
                    return null;
                }

                return new SecretRotation(every, null, scalar.Value);
            }

            if (scalar.Value.Contains(' ', StringComparison.Ordinal))
            {
                try
                {
                    var cron = Cronos.CronExpression.Parse(scalar.Value, Cronos.CronFormat.Standard);
                    if (cron.GetNextOccurrence(DateTime.UtcNow) is null)
                    {
                        Error(node.Start, $"{path}.{key}: the cron expression '{YamlTreeReader.Truncate(scalar.Value)}' never fires");
                        return null;
                    }

                    return new SecretRotation(null, cron, scalar.Value);
                }
                catch (Cronos.CronFormatException ex)
                {
                    Error(node.Start, $"{path}.{key}: '{YamlTreeReader.Truncate(scalar.Value)}' is not a cron expression ({ex.Message}); write five fields: minute hour day-of-month month day-of-week, as in '0 3 1 * *'");
                    return null;
                }
            }

            Error(node.Start, $"{path}.{key} must be {hint}");
            return null;
        }

        private static TimeSpan ShortDuration(System.Text.RegularExpressions.Match match)
        {
            var amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value switch
            {
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromHours(amount),
            };
        }
    }
}
