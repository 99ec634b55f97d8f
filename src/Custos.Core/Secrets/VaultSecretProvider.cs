using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Custos.Core.Configuration;

namespace Custos.Core.Secrets;

/// <summary>
/// <c>secret://vault/MOUNT/PATH#KEY</c>: a field of a HashiCorp Vault or OpenBao KV version 2 secret, read over the
/// HTTP API (<c>GET /v1/MOUNT/data/PATH[?version=N]</c>). Logs in with a token or with AppRole
/// (<c>POST /v1/auth/MOUNT/login</c>), keeps the AppRole token until its lease ends and logs in again on 403.
/// Tokens are read through the env and file providers and never leave this class.
/// </summary>
public sealed class VaultSecretProvider(HttpClient http, Func<string, string?>? environment = null) : ISecretProvider, IDisposable
{
    private const int MaxResponseBytes = 1024 * 1024;
    private readonly Func<string, string?> environment = environment ?? Environment.GetEnvironmentVariable;
    private readonly SemaphoreSlim loginLock = new(1, 1);
    private (string Token, DateTimeOffset Until, VaultSettings For)? appRoleToken;

    public string Name => "vault";

    public async ValueTask<ProvidedSecret> GetAsync(SecretReference reference, SecretScope? scope, CustosConfig config, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(config);
        var settings = config.Secrets.Vault;
        var slash = reference.Path.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            throw Fail(reference, "a vault reference names the KV mount and the secret's path: secret://vault/MOUNT/PATH#KEY, as in secret://vault/secret/billing#api_key", SecretFailure.NotFound);
        }

        var mount = reference.Path[..slash];
        var path = reference.Path[(slash + 1)..];
        var address = Address(reference, settings);
        var version = scope?.Version;
        var url = new Uri(address, $"v1/{Escape(mount)}/data/{Escape(path)}{(version is null ? string.Empty : $"?version={version}")}");
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cancel.CancelAfter(settings.Timeout);
        for (var attempt = 0; ; attempt++)
        {
            var token = await TokenAsync(reference, settings, config, address, fresh: attempt > 0, cancel.Token);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            Authorize(request, token, settings);
            using var response = await SendAsync(reference, request, cancel.Token, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Forbidden && settings.Auth == VaultAuthMethod.AppRole && attempt == 0)
            {
                continue; // The AppRole token may have expired early (revoked, max TTL): log in once more.
            }

            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                throw Fail(reference, $"vault at {address} has no secret {mount}/{path}{(version is null ? string.Empty : $" version {version}")} (or the mount '{mount}' is not a KV version 2 engine); write it with 'vault kv put -mount={mount} {path} {reference.Key ?? "KEY"}=…'", SecretFailure.NotFound);
            }

            if (response.StatusCode == HttpStatusCode.Forbidden)
            {
                throw Fail(reference, $"vault at {address} refused to read {mount}/data/{path} (403): the token's policy needs the 'read' capability on {mount}/data/{path}", SecretFailure.ProviderFailed);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw Fail(reference, $"vault at {address} answered {(int)response.StatusCode} {response.ReasonPhrase} to a read of {mount}/{path}", SecretFailure.ProviderFailed);
            }

            using var document = await ReadJsonAsync(reference, response, cancel.Token, cancellationToken);
            return Pick(reference, document.RootElement, mount, path);
        }
    }

    public void Dispose() => loginLock.Dispose();

    private static ProvidedSecret Pick(SecretReference reference, JsonElement root, string mount, string path)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var outer) || outer.ValueKind != JsonValueKind.Object
            || !outer.TryGetProperty("data", out var data))
        {
            throw Fail(reference, $"the answer for {mount}/{path} is not a KV version 2 secret (no data.data); is '{mount}' a KV version 2 mount?", SecretFailure.ProviderFailed);
        }

        int? version = null;
        if (outer.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
            && metadata.TryGetProperty("version", out var v) && v.TryGetInt32(out var number))
        {
            version = number;
            if (metadata.TryGetProperty("deletion_time", out var deleted) && deleted.ValueKind == JsonValueKind.String && deleted.GetString() is { Length: > 0 })
            {
                throw Fail(reference, $"version {number} of {mount}/{path} was deleted in vault; undelete it or write a new version", SecretFailure.NotFound);
            }
        }

        if (data.ValueKind != JsonValueKind.Object)
        {
            throw Fail(reference, $"version {version} of {mount}/{path} was deleted or destroyed in vault; write a new version", SecretFailure.NotFound);
        }

        var names = data.EnumerateObject().Select(p => p.Name).ToList();
        JsonElement field;
        if (reference.Key is null)
        {
            if (names.Count != 1)
            {
                throw Fail(reference, $"{mount}/{path} holds {names.Count} fields ({string.Join(", ", names.Take(20))}); name one with #KEY, as in {reference}#{(names.Count > 0 ? names[0] : "KEY")}", SecretFailure.NotFound);
            }

            field = data.GetProperty(names[0]);
        }
        else if (!data.TryGetProperty(reference.Key, out field))
        {
            throw Fail(reference, $"{mount}/{path} has no field '{reference.Key}'; its fields are: {(names.Count == 0 ? "none" : string.Join(", ", names.Take(20)))}", SecretFailure.NotFound);
        }

        if (field.ValueKind != JsonValueKind.String)
        {
            throw Fail(reference, $"the field '{reference.Key ?? names[0]}' of {mount}/{path} is {field.ValueKind.ToString().ToLowerInvariant()}, not a string", SecretFailure.NotFound);
        }

        return new ProvidedSecret(field.GetString()!, SecretKind.Secret, version);
    }

    private async ValueTask<string> TokenAsync(SecretReference reference, VaultSettings settings, CustosConfig config, Uri address, bool fresh, CancellationToken cancellationToken)
    {
        var configDirectory = Path.GetDirectoryName(config.SourcePath);
        if (settings.Auth == VaultAuthMethod.Token)
        {
            var tokenReference = settings.Token ?? new SecretReference("env", "VAULT_TOKEN", null);
            try
            {
                return tokenReference.Provider == "file" ? LocalSecrets.ReadFile(tokenReference, configDirectory) : LocalSecrets.ReadEnvironment(tokenReference, environment);
            }
            catch (SecretResolutionException ex)
            {
                throw Fail(reference, $"no vault token: {ex.Message} (secrets.vault.token)", SecretFailure.ProviderFailed);
            }
        }

        await loginLock.WaitAsync(cancellationToken);
        try
        {
            if (!fresh && appRoleToken is { } held && held.For == settings && held.Until > DateTimeOffset.UtcNow.AddSeconds(5))
            {
                return held.Token;
            }

            string roleId, secretId;
            try
            {
                roleId = settings.RoleId ?? Local(settings.RoleIdReference ?? throw Fail(reference, "secrets.vault.auth is app_role but role_id is not set", SecretFailure.ProviderFailed), configDirectory);
                secretId = Local(settings.SecretId ?? throw Fail(reference, "secrets.vault.auth is app_role but secret_id is not set", SecretFailure.ProviderFailed), configDirectory);
            }
            catch (SecretResolutionException ex) when (ex.Message.StartsWith(SecretReference.Scheme + "env", StringComparison.Ordinal) || ex.Message.StartsWith(SecretReference.Scheme + "file", StringComparison.Ordinal))
            {
                throw Fail(reference, $"AppRole login impossible: {ex.Message}", SecretFailure.ProviderFailed);
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, $"v1/auth/{Escape(settings.AppRoleMount)}/login"));
            var body = JsonSerializer.Serialize(new Dictionary<string, string> { ["role_id"] = roleId, ["secret_id"] = secretId }, VaultJsonContext.Default.DictionaryStringString);
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            if ((settings.Namespace ?? environment("VAULT_NAMESPACE")) is { Length: > 0 } ns)
            {
                request.Headers.Add("X-Vault-Namespace", ns);
            }

            using var response = await SendAsync(reference, request, cancellationToken, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw Fail(reference, $"AppRole login at {address}v1/auth/{settings.AppRoleMount}/login failed ({(int)response.StatusCode}): check the role id and that the secret id is current (secrets.vault.role_id, secret_id)", SecretFailure.ProviderFailed);
            }

            using var document = await ReadJsonAsync(reference, response, cancellationToken, cancellationToken);
            if (!document.RootElement.TryGetProperty("auth", out var auth) || auth.ValueKind != JsonValueKind.Object
                || !auth.TryGetProperty("client_token", out var clientToken) || clientToken.ValueKind != JsonValueKind.String)
            {
                throw Fail(reference, $"the AppRole login answer from {address} holds no auth.client_token", SecretFailure.ProviderFailed);
            }

            var lease = auth.TryGetProperty("lease_duration", out var leaseNode) && leaseNode.TryGetInt64(out var seconds) && seconds > 0 ? seconds : 60;
            var token = clientToken.GetString()!;
            appRoleToken = (token, DateTimeOffset.UtcNow.AddSeconds(lease), settings);
            return token;
        }
        finally
        {
            loginLock.Release();
        }
    }

    private string Local(SecretReference reference, string? configDirectory) =>
        reference.Provider == "file" ? LocalSecrets.ReadFile(reference, configDirectory) : LocalSecrets.ReadEnvironment(reference, environment);

    private void Authorize(HttpRequestMessage request, string token, VaultSettings settings)
    {
        request.Headers.Add("X-Vault-Token", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if ((settings.Namespace ?? environment("VAULT_NAMESPACE")) is { Length: > 0 } ns)
        {
            request.Headers.Add("X-Vault-Namespace", ns);
        }
    }

    private Uri Address(SecretReference reference, VaultSettings settings)
    {
        var text = settings.Address ?? environment("VAULT_ADDR");
        if (string.IsNullOrEmpty(text) || !Uri.TryCreate(text, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            throw Fail(reference, "no vault address: set secrets.vault.address in custos.yaml (or VAULT_ADDR) to the server's URL, as in https://vault.example:8200", SecretFailure.ProviderFailed);
        }

        return text.EndsWith('/') ? address : new Uri(text + "/");
    }

    private async Task<HttpResponseMessage> SendAsync(SecretReference reference, HttpRequestMessage request, CancellationToken timeout, CancellationToken caller)
    {
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout);
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            throw Fail(reference, $"vault at {request.RequestUri?.GetLeftPart(UriPartial.Authority)} did not answer in time (secrets.vault.timeout)", SecretFailure.ProviderFailed);
        }
        catch (HttpRequestException ex)
        {
            throw Fail(reference, $"vault at {request.RequestUri?.GetLeftPart(UriPartial.Authority)} cannot be reached ({ex.HttpRequestError}); check secrets.vault.address and that the server is up", SecretFailure.ProviderFailed);
        }
    }

    private static async Task<JsonDocument> ReadJsonAsync(SecretReference reference, HttpResponseMessage response, CancellationToken timeout, CancellationToken caller)
    {
        try
        {
            var body = await Http.BoundedBody.ReadAsync(response.Content, MaxResponseBytes, timeout)
                ?? throw Fail(reference, $"vault's answer is longer than the {MaxResponseBytes} bytes Custos reads", SecretFailure.ProviderFailed);
            return JsonDocument.Parse(body); // the document reads from body for its lifetime: not cleared here
        }
        catch (JsonException)
        {
            throw Fail(reference, "vault's answer is not JSON; is secrets.vault.address the vault API?", SecretFailure.ProviderFailed);
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            throw Fail(reference, "vault did not finish its answer in time (secrets.vault.timeout)", SecretFailure.ProviderFailed);
        }
    }

    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static SecretResolutionException Fail(SecretReference reference, string message, SecretFailure failure) =>
        new($"{reference}: {message}") { Failure = failure };
}

[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class VaultJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
