using System.Text.RegularExpressions;

namespace Custos.Core.Configuration;

public static partial class ConfigLoader
{
    private static readonly string[] EntraKeys = ["tenant_id", "client_id", "client_secret", "federated_token_file", "managed_identity", "identity_endpoint", "authority_host", "scope"];

    private static readonly string[] EntraClientCredentials = ["client_secret", "federated_token_file"];
    private static readonly string[] NotForManagedIdentity = ["tenant_id", "authority_host"];

    private sealed partial class Binder
    {
        /// <summary>An Azure OpenAI system's <c>deployments</c> (model to deployment) and <c>api_version</c>.</summary>
        private AzureOpenAiSettings? BindAzure(YamlMapping map, string path, string? provider, string? url, Dictionary<string, SecretReference> credentials)
        {
            var deploymentsNode = map.Find("deployments");
            var versionNode = map.Find("api_version");
            if (provider != AzureOpenAiSettings.Provider)
            {
                if ((deploymentsNode ?? versionNode) is { } misplaced)
                {
                    Error(misplaced.Start, $"{path}: deployments and api_version are only for Azure OpenAI systems (provider: {AzureOpenAiSettings.Provider})");
                }

                if (map.Find("entra") is { } entraNode)
                {
                    Error(entraNode.Start, $"{path}.entra is only for Azure OpenAI systems (provider: {AzureOpenAiSettings.Provider})");
                }

                return null;
            }

            if (url is null)
            {
                Error(map.Start, $"{path} is an Azure OpenAI system without 'url'; give the resource endpoint, as in https://NAME.openai.azure.com");
            }

            if (credentials.ContainsKey(AzureOpenAiSettings.EntraTokenCredential) && credentials.ContainsKey("api_key"))
            {
                Error(map.Find("credentials")!.Start, $"{path}.credentials has both api_key and {AzureOpenAiSettings.EntraTokenCredential}; Azure takes one of them, keep one");
            }

            var deployments = GetStringMap(map, "deployments", path);
            foreach (var (model, deployment) in deployments)
            {
                if (!DeploymentPattern().IsMatch(deployment))
                {
                    Error(deploymentsNode!.Start, $"{path}.deployments.{YamlTreeReader.Truncate(model)}: '{YamlTreeReader.Truncate(deployment)}' is not a deployment name (1 to 64 letters, digits, '-', '_' and '.')");
                }
            }

            var version = GetString(map, "api_version", path) ?? AzureOpenAiSettings.DefaultApiVersion;
            if (!ApiVersionPattern().IsMatch(version))
            {
                Error(versionNode!.Start, $"{path}.api_version '{YamlTreeReader.Truncate(version)}' is not an Azure OpenAI API version; write a date such as {AzureOpenAiSettings.DefaultApiVersion} or 2025-04-01-preview");
                version = AzureOpenAiSettings.DefaultApiVersion;
            }

            return new AzureOpenAiSettings(deployments, version) { Entra = BindEntra(map, path, credentials) };
        }

        /// <summary>An Azure OpenAI system's <c>entra:</c> (Custos fetches the Microsoft Entra ID token itself); null when absent or wrong.</summary>
        private EntraSettings? BindEntra(YamlMapping system, string systemPath, Dictionary<string, SecretReference> credentials)
        {
            var node = system.Find("entra");
            var path = systemPath + ".entra";
            if (node is null || node is YamlScalar { IsNull: true } || !ExpectMapping(node, path, out var map))
            {
                return null;
            }

            CheckKeys(map, path, EntraKeys);
            foreach (var key in new[] { AzureOpenAiSettings.EntraTokenCredential, "api_key" })
            {
                if (credentials.ContainsKey(key))
                {
                    Error(node.Start, $"{systemPath} has both entra: and credentials.{key}; with entra: Custos gets the token itself, so remove credentials.{key}");
                }
            }

            // One way to get the token: a client secret, a federated token file (workload identity) or the machine's managed identity.
            var managed = false;
            if (GetString(map, "managed_identity", path) is { } managedText)
            {
                if (managedText is "true" or "false")
                {
                    managed = managedText == "true";
                }
                else
                {
                    Error(map.Find("managed_identity")!.Start, $"{path}.managed_identity must be true or false, found '{YamlTreeReader.Truncate(managedText)}'");
                }
            }

            var ways = EntraClientCredentials.Where(k => map.Find(k) is { } n && n is not YamlScalar { IsNull: true }).ToList();
            if (managed)
            {
                ways.Add("managed_identity");
            }

            if (ways.Count == 0)
            {
                Error(map.Start, $"{path} needs one way to get the token: client_secret (a secret reference such as secret://env/AZURE_CLIENT_SECRET), federated_token_file (workload identity, as /var/run/secrets/azure/tokens/azure-identity-token) or managed_identity: true");
                return null;
            }

            if (ways.Count > 1)
            {
                Error(map.Start, $"{path} has {string.Join(" and ", ways)}; Custos gets the token one way, keep one");
                return null;
            }

            if (managed)
            {
                return BindManagedIdentity(map, path);
            }

            var tenant = GetString(map, "tenant_id", path, required: true, hint: "the directory (tenant) ID of the app registration, a GUID, or its domain such as contoso.onmicrosoft.com");
            if (tenant is not null)
            {
                if (tenant.ToLowerInvariant() is "common" or "organizations" or "consumers")
                {
                    Error(map.Find("tenant_id")!.Start, $"{path}.tenant_id '{tenant}' names no tenant; the client credentials grant needs the app's own tenant (its directory ID, a GUID)");
                    tenant = null;
                }
                else if (!Guid.TryParseExact(tenant, "D", out _) && !TenantDomainPattern().IsMatch(tenant))
                {
                    Error(map.Find("tenant_id")!.Start, $"{path}.tenant_id '{YamlTreeReader.Truncate(tenant)}' is not a tenant; give the directory (tenant) ID, a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47, or a domain such as contoso.onmicrosoft.com");
                    tenant = null;
                }
            }

            var client = EntraClientId(map, path, required: true);
            if (map.Find("identity_endpoint") is { } misplaced)
            {
                Error(misplaced.Start, $"{path}.identity_endpoint is only for managed_identity: true; remove it");
            }

            SecretReference? secret = null;
            string? federated = null;
            if (ways[0] == "client_secret")
            {
                var secretText = GetString(map, "client_secret", path, required: true, hint: "a secret reference such as secret://env/AZURE_CLIENT_SECRET");
                if (secretText is not null && !SecretReference.TryParse(secretText, out secret, out var error))
                {
                    Error(map.Find("client_secret")!.Start, secretText.StartsWith(SecretReference.Scheme, StringComparison.Ordinal)
                        ? $"{path}.client_secret: {error}"
                        : $"{path}.client_secret must be a secret reference such as secret://env/AZURE_CLIENT_SECRET; credentials never go in custos.yaml");
                    secret = null;
                }
            }
            else
            {
                federated = GetString(map, "federated_token_file", path);
                if (federated is not null && (!Path.IsPathFullyQualified(federated) || federated.IndexOfAny(['\0', '\n', '\r']) >= 0))
                {
                    Error(map.Find("federated_token_file")!.Start, $"{path}.federated_token_file '{YamlTreeReader.Truncate(federated)}' is not an absolute file path; write where the cluster mounts the token, as /var/run/secrets/azure/tokens/azure-identity-token");
                    federated = null;
                }
            }

            var authority = new Uri(EntraSettings.DefaultAuthorityHost);
            if (GetString(map, "authority_host", path) is { } hostText)
            {
                if (!Uri.TryCreate(hostText, UriKind.Absolute, out var host) || host.Scheme is not ("https" or "http") || host.UserInfo.Length > 0 || host.Query.Length > 0 || host.Fragment.Length > 0)
                {
                    Error(map.Find("authority_host")!.Start, $"{path}.authority_host '{YamlTreeReader.Truncate(hostText)}' is not a sign-in host; write an https:// URL such as {EntraSettings.DefaultAuthorityHost.TrimEnd('/')} (or a national cloud's, as https://login.microsoftonline.us)");
                }
                else if (host.Scheme == "http" && !host.IsLoopback)
                {
                    Error(map.Find("authority_host")!.Start, $"{path}.authority_host must use https:// (the client's credential is sent to it); plain http:// is only for a loopback address");
                }
                else
                {
                    authority = new Uri(host.AbsoluteUri.TrimEnd('/') + "/");
                }
            }

            var scope = EntraScope(map, path);
            return tenant is null || client is null || (secret is null && federated is null) ? null : new EntraSettings(tenant, client, secret, authority, scope) { FederatedTokenFile = federated };
        }

        /// <summary><c>entra: {managed_identity: true}</c>: tokens from the machine's identity endpoint; no tenant, sign-in host or secret.</summary>
        private EntraSettings? BindManagedIdentity(YamlMapping map, string path)
        {
            foreach (var key in NotForManagedIdentity)
            {
                if (map.Find(key) is { } unused)
                {
                    Error(unused.Start, $"{path}.{key} is not used with managed_identity: true (the machine's identity endpoint knows its tenant); remove it");
                }
            }

            var client = EntraClientId(map, path, required: false);
            var endpoint = new Uri(EntraSettings.DefaultIdentityEndpoint);
            if (GetString(map, "identity_endpoint", path) is { } endpointText)
            {
                if (!Uri.TryCreate(endpointText, UriKind.Absolute, out var given) || given.Scheme is not ("https" or "http") || given.UserInfo.Length > 0 || given.Query.Length > 0 || given.Fragment.Length > 0)
                {
                    Error(map.Find("identity_endpoint")!.Start, $"{path}.identity_endpoint '{YamlTreeReader.Truncate(endpointText)}' is not a token endpoint; leave it out for Azure's ({EntraSettings.DefaultIdentityEndpoint}) or write an http(s):// URL without a query");
                    return null;
                }

                if (given.Scheme == "http" && !given.IsLoopback && given.Host != "169.254.169.254")
                {
                    Error(map.Find("identity_endpoint")!.Start, $"{path}.identity_endpoint must use https:// unless it is the metadata address 169.254.169.254 or a loopback address (the token comes back over it)");
                    return null;
                }

                endpoint = given;
            }

            var scope = EntraScope(map, path);
            return map.Find("client_id") is not null && client is null ? null : new EntraSettings(null, client, null, new Uri(EntraSettings.DefaultAuthorityHost), scope) { IdentityEndpoint = endpoint };
        }

        private string? EntraClientId(YamlMapping map, string path, bool required)
        {
            var client = GetString(map, "client_id", path, required, hint: "the application (client) ID of the app registration, a GUID");
            if (client is not null && !Guid.TryParseExact(client, "D", out _))
            {
                Error(map.Find("client_id")!.Start, $"{path}.client_id '{YamlTreeReader.Truncate(client)}' is not an application (client) ID; copy the GUID from the app registration's (or the managed identity's) overview, such as 00000000-0000-0000-0000-000000000001");
                return null;
            }

            return client;
        }

        private string EntraScope(YamlMapping map, string path)
        {
            var scope = GetString(map, "scope", path) ?? EntraSettings.DefaultScope;
            if (scope.Length > 1024 || !ScopePattern().IsMatch(scope))
            {
                Error(map.Find("scope")!.Start, $"{path}.scope '{YamlTreeReader.Truncate(scope)}' is not an OAuth scope; for Azure OpenAI write {EntraSettings.DefaultScope}");
                scope = EntraSettings.DefaultScope;
            }

            return scope;
        }

        [GeneratedRegex(@"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$", RegexOptions.CultureInvariant)]
        private static partial Regex TenantDomainPattern();

        // RFC 6749 section 3.3: scope-tokens of visible ASCII except the double quote and the backslash, separated by single spaces.
        [GeneratedRegex(@"^[\x21\x23-\x5B\x5D-\x7E]+(?: [\x21\x23-\x5B\x5D-\x7E]+)*$", RegexOptions.CultureInvariant)]
        private static partial Regex ScopePattern();

        [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
        private static partial Regex DeploymentPattern();

        [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}(-preview)?$", RegexOptions.CultureInvariant)]
        private static partial Regex ApiVersionPattern();
    }
}
