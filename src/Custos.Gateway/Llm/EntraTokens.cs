using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Custos.Core.Configuration;
using Custos.Core.Secrets;
using Microsoft.Extensions.Logging;

namespace Custos.Gateway.Llm;

/// <summary>
/// Microsoft Entra ID access tokens for Azure OpenAI systems with <c>entra:</c>, fetched by Custos itself with the
/// OAuth 2.0 client credentials grant: a form POST of <c>grant_type=client_credentials</c>, the client ID, the
/// client secret (resolved by the secrets broker for each request, as Custos's own use, and never kept) and the
/// scope to <c>{authority_host}/{tenant_id}/oauth2/v2.0/token</c>. A token is reused until
/// <see cref="RefreshMargin"/> before it expires (<c>expires_in</c>); one request refreshes it however many calls
/// need it at once (single flight), and a refresh that fails falls back to the old token while it is still valid.
/// The answer is read up to <see cref="MaxResponseBytes"/> and checked: a JSON object with an <c>access_token</c>
/// that can go in a header, a <c>Bearer</c> type when typed, and a positive <c>expires_in</c>. Neither the token nor
/// the secret is logged, recorded or put in an error: failures say the endpoint's host, its status and its OAuth
/// error code (<see cref="EntraTokenException"/>).
/// </summary>
/// <remarks>
/// Hand-written rather than Azure.Identity's <c>ClientSecretCredential</c>: that one goes through MSAL, which
/// refuses an authority that is not https (so it cannot be tested against a local token endpoint), reads answers
/// without a size limit and does not promise one request for concurrent callers; the grant itself is one form POST.
/// </remarks>
public sealed partial class EntraTokens : IDisposable
{
    /// <summary>The most Custos reads of a token endpoint's answer; a real one is 1 to 4 KiB.</summary>
    public const int MaxResponseBytes = 64 * 1024;

    /// <summary>How long before <c>expires_in</c> runs out a token is replaced.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    /// <summary>How long one token request may take.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The longest a token is trusted, whatever <c>expires_in</c> says (Entra's last 60 to 90 minutes).</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(24);

    /// <summary>After a refresh fails while the token is still valid, how long before the next one is tried.</summary>
    public static readonly TimeSpan RefreshRetryDelay = TimeSpan.FromSeconds(2);

    // One token per system, not per entra: block: two systems sharing an app registration each pass the secret's
    // scope check (secrets.scopes) with their own name before either gets a token.
    private readonly ConcurrentDictionary<(string System, EntraSettings Entra), Slot> slots = new();
    private readonly HttpClient http;
    private readonly ISecretResolver secrets;
    private readonly Func<string, string?> environment;
    private readonly IIssuedSecrets? issued;
    private readonly TimeProvider clock;
    private readonly ILogger<EntraTokens> logger;
    private readonly CancellationTokenSource stopping = new();

    /// <param name="environment">Reads environment variables (App Service's IDENTITY_ENDPOINT and IDENTITY_HEADER); the process's by default.</param>
    /// <param name="issued">Where each fetched token is held as a known value (the secret broker), so leak detection finds copies of it.</param>
    public EntraTokens(ISecretResolver secrets, TimeProvider clock, ILogger<EntraTokens> logger, HttpMessageHandler? handler = null, Func<string, string?>? environment = null, IIssuedSecrets? issued = null)
    {
        this.issued = issued;
        this.environment = environment ?? Environment.GetEnvironmentVariable;
        this.secrets = secrets;
        this.clock = clock;
        this.logger = logger;
        http = new HttpClient(handler ?? new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            AllowAutoRedirect = false,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>A current access token for <paramref name="entra"/>, fetched when there is none or it is due.</summary>
    /// <param name="system">The system it is for, named in errors and as the secret's use.</param>
    /// <exception cref="EntraTokenException">No token could be had; the message is safe to show and record.</exception>
    public async ValueTask<SecretValue> GetAsync(string system, EntraSettings entra, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(entra);
        var slot = slots.GetOrAdd((system, entra), static _ => new Slot());
        Task<Token> pending;
        lock (slot)
        {
            var current = slot.Current;
            var now = clock.GetUtcNow();
            if (current is not null && now < current.RefreshAt)
            {
                return current.Value;
            }

            if (current is not null && now < current.ExpiresAt)
            {
                // Due for refresh but still valid: the call goes on with it at once while one refresh runs behind it
                // (a slow or failing endpoint delays no call), and not again for a moment after a failed one.
                if (slot.Pending is null && now >= slot.RetryAt)
                {
                    // Observed here: if it fails and no caller waits on it, its failure is logged, not left unobserved.
                    var refresh = FetchAsync(slot, system, entra);
                    slot.Pending = refresh;
                    _ = refresh.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                }

                return current.Value;
            }

            pending = slot.Pending ??= FetchAsync(slot, system, entra);
        }

        return (await pending.WaitAsync(cancellationToken)).Value;
    }

    private async Task<Token> FetchAsync(Slot slot, string system, EntraSettings entra)
    {
        // Returns to the caller first, so Pending is set before this can finish and clear it.
        await Task.Yield();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
            timeout.CancelAfter(RequestTimeout);
            var token = await RequestAsync(system, entra, timeout.Token);
            Token? before;
            lock (slot)
            {
                before = slot.Current;
            }

            // Held as known values before any call uses it (a copy in an agent's input or output is then blocked like
            // any secret Custos holds); the one it replaces stays held too, as it is valid until it expires.
            if (issued is not null)
            {
                var name = IssuedName(token.Value.Reference, system);
                if (before is not null && !string.Equals(before.Value.Reveal(), token.Value.Reveal(), StringComparison.Ordinal))
                {
                    issued.Remember(name + " (previous)", before.Value.Reveal());
                }

                issued.Remember(name, token.Value.Reveal());
            }

            lock (slot)
            {
                slot.Current = token;
            }

            return token;
        }
        catch (EntraTokenException ex)
        {
            bool stillValid;
            lock (slot)
            {
                slot.RetryAt = clock.GetUtcNow() + RefreshRetryDelay;
                stillValid = slot.Current is { } current && clock.GetUtcNow() < current.ExpiresAt;
            }

            if (stillValid)
            {
                // Refreshing behind calls that went on with the current token: no one else hears of this failure.
                LogRefreshFailed(logger, system, ex.Message);
            }

            throw;
        }
        finally
        {
            lock (slot)
            {
                slot.Pending = null;
            }
        }
    }

    private async Task<Token> RequestAsync(string system, EntraSettings entra, CancellationToken cancellationToken)
    {
        var managed = entra.IdentityEndpoint is not null;
        var host = (entra.IdentityEndpoint ?? entra.AuthorityHost).Authority;
        var appService = entra.IdentityEndpoint is not null ? AppServiceIdentity(entra) : null;
        if (appService is not null)
        {
            host = appService.Value.Endpoint.Authority;
        }

        using var request = appService is { } app
            ? ManagedIdentityRequest(entra, app.Endpoint, "2019-08-01", ("X-IDENTITY-HEADER", app.Header))
            : entra.IdentityEndpoint is { } identity
                ? ManagedIdentityRequest(entra, identity, "2018-02-01", ("Metadata", "true"))
                : new HttpRequestMessage(HttpMethod.Post, entra.TokenEndpoint) { Content = await ClientCredentialsAsync(system, entra, cancellationToken) };
        var asked = clock.GetUtcNow(); // the token's lifetime runs from when it was issued, at the latest now
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new EntraTokenException(managed
                ? $"the managed identity endpoint {host} could not be reached ({ex.HttpRequestError}); managed_identity works only on an Azure machine with an identity assigned (or set entra.identity_endpoint)"
                : $"the token endpoint {host} could not be reached ({ex.HttpRequestError}); check entra.authority_host and the network", transient: true);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            throw new EntraTokenException($"the token endpoint {host} did not answer within {RequestTimeout.TotalSeconds:0} s", transient: true);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            byte[]? body;
            try
            {
                body = await Custos.Core.Http.BoundedBody.ReadAsync(response.Content, MaxResponseBytes, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException || (ex is OperationCanceledException && !stopping.IsCancellationRequested))
            {
                throw new EntraTokenException($"the token endpoint {host} broke off its answer ({status})", transient: true);
            }

            if (body is null)
            {
                throw new EntraTokenException($"the token endpoint {host} answered {status} with more than {MaxResponseBytes} bytes; a token answer is a few KiB, so it was not read");
            }

            if (status is >= 300 and < 400)
            {
                throw new EntraTokenException($"the token endpoint {host} answered {status} (a redirect, which Custos does not follow); check entra.authority_host");
            }

            if (!response.IsSuccessStatusCode)
            {
                var error = ErrorOf(host, status, body);
                if (managed && status is 400 or 404 && !error.Contains("; ", StringComparison.Ordinal))
                {
                    // The metadata service answers 400 (or 404) when the machine has no identity, or not the one asked for.
                    error += entra.ClientId is null
                        ? "; is a system-assigned managed identity enabled on this machine?"
                        : "; is the user-assigned managed identity entra.client_id assigned to this machine?";
                }

                throw new EntraTokenException(error, transient: status is 408 or 429 or >= 500);
            }

            return TokenOf(host, status, body, entra, asked);
        }
    }

    /// <summary>The client credentials form: the client secret (resolved now, as Custos's own use) or the federated token read from its file now.</summary>
    private async Task<FormUrlEncodedContent> ClientCredentialsAsync(string system, EntraSettings entra, CancellationToken cancellationToken)
    {
        if (entra.FederatedTokenFile is { } file)
        {
            var assertion = await ReadFederatedTokenAsync(file, cancellationToken);
            return new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", entra.ClientId!),
                new("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
                new("client_assertion", assertion),
                new("scope", entra.Scope),
            ]);
        }

        SecretValue secret;
        try
        {
            secret = await secrets.ResolveAsync(entra.ClientSecret!, new SecretUse(null, system), cancellationToken);
        }
        catch (SecretResolutionException ex) when (ex.Failure == SecretFailure.Honeytoken)
        {
            // The alert is in the ledger; whoever sees this error is not told a trap was touched.
            throw new EntraTokenException("its client secret could not be used; an operator was alerted (entra.client_secret)");
        }
        catch (SecretResolutionException ex)
        {
            throw new EntraTokenException($"its client secret could not be resolved: {ex.Message} (entra.client_secret)");
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            throw new EntraTokenException($"its client secret was not resolved within {RequestTimeout.TotalSeconds:0} s (entra.client_secret: is its provider reachable?)", transient: true);
        }

        return new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", entra.ClientId!),
            new("client_secret", secret.Reveal()),
            new("scope", entra.Scope),
        ]);
    }

    /// <summary>
    /// The federated token (workload identity): the cluster rewrites the file before the token in it expires, so it is
    /// read for every request. Bounded, and checked to be one line of token characters; its content is never shown.
    /// </summary>
    private static async Task<string> ReadFederatedTokenAsync(string file, CancellationToken cancellationToken)
    {
        byte[]? bytes;
        try
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, useAsync: true);
            bytes = await Custos.Core.Http.BoundedBody.ReadAsync(stream, MaxResponseBytes, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EntraTokenException($"the federated token file {file} could not be read ({ex.GetType().Name}); check entra.federated_token_file and that the workload identity is mounted", transient: true);
        }

        if (bytes is null)
        {
            throw new EntraTokenException($"the federated token file {file} is larger than {MaxResponseBytes} bytes; it should hold one token (entra.federated_token_file)");
        }

        var token = System.Text.Encoding.UTF8.GetString(bytes).Trim();
        if (token.Length == 0 || token.Any(c => c is < '!' or > '~'))
        {
            throw new EntraTokenException($"the federated token file {file} does not hold a token (empty, or characters a token cannot have); check entra.federated_token_file");
        }

        return token;
    }

    /// <summary>
    /// A managed identity's token request: <c>GET</c> with <c>api-version</c>, the resource and the user-assigned
    /// identity's client ID, and the header that proves the caller runs on the machine: <c>Metadata: true</c> for the
    /// instance metadata service, the <c>X-IDENTITY-HEADER</c> value App Service gave the process for its endpoint.
    /// </summary>
    private static HttpRequestMessage ManagedIdentityRequest(EntraSettings entra, Uri endpoint, string version, (string Name, string Value) proof)
    {
        var query = $"?api-version={version}&resource={Uri.EscapeDataString(entra.Resource)}" + (entra.ClientId is { } client ? $"&client_id={Uri.EscapeDataString(client)}" : string.Empty);
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(endpoint, endpoint.AbsolutePath + query));
        request.Headers.TryAddWithoutValidation(proof.Name, proof.Value);
        return request;
    }

    /// <summary>
    /// App Service, Functions and Container Apps give a process with a managed identity its own token endpoint and a
    /// header value to prove itself (<c>IDENTITY_ENDPOINT</c>, <c>IDENTITY_HEADER</c>), and no metadata service: used
    /// when both are set and <c>identity_endpoint</c> is left at the metadata service's address.
    /// </summary>
    /// <exception cref="EntraTokenException">IDENTITY_ENDPOINT is not a local http(s) URL.</exception>
    private (Uri Endpoint, string Header)? AppServiceIdentity(EntraSettings entra)
    {
        if (entra.IdentityEndpoint!.AbsoluteUri != EntraSettings.DefaultIdentityEndpoint
            || environment("IDENTITY_ENDPOINT") is not { Length: > 0 } endpointText || environment("IDENTITY_HEADER") is not { Length: > 0 } header)
        {
            return null;
        }

        if (!Uri.TryCreate(endpointText, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https") || (endpoint.Scheme == "http" && !endpoint.IsLoopback) || endpoint.Query.Length > 0)
        {
            throw new EntraTokenException("the environment's IDENTITY_ENDPOINT is not a local token endpoint (an http://localhost or https:// URL without a query); it is where App Service puts its managed identity endpoint");
        }

        if (header.Any(c => c is < '!' or > '~'))
        {
            throw new EntraTokenException("the environment's IDENTITY_HEADER has characters a header cannot carry");
        }

        return (endpoint, header);
    }

    private static Token TokenOf(string host, int status, byte[] body, EntraSettings entra, DateTimeOffset asked)
    {
        var (value, lifetime) = ReadAnswer(entra, host, status, body, asked);
        var refresh = lifetime > RefreshMargin ? lifetime - RefreshMargin : TimeSpan.Zero;
        return new Token(value, asked + refresh, asked + lifetime);
    }

    /// <summary>
    /// Reads a token endpoint's successful answer (RFC 6749 section 5.1): the access token and how long it lasts
    /// (at most <see cref="MaxLifetime"/>).
    /// </summary>
    /// <exception cref="EntraTokenException">The answer cannot be used; the message says why, without the token.</exception>
    /// <param name="now">When the token was asked for: an answer with only <c>expires_on</c> (App Service's identity endpoint) lasts until then.</param>
    public static (SecretValue Token, TimeSpan Lifetime) ReadAnswer(EntraSettings entra, string host, int status, byte[] body, DateTimeOffset now = default)
    {
        ArgumentNullException.ThrowIfNull(entra);
        ArgumentNullException.ThrowIfNull(body);
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new EntraTokenException($"the token endpoint {host} answered {status} with a body that is not JSON ({body.Length} bytes)");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new EntraTokenException($"the token endpoint {host} answered {status} with JSON that is not an object");
        }

        if (!root.TryGetProperty("access_token", out var tokenElement) || tokenElement.ValueKind != JsonValueKind.String || tokenElement.GetString() is not { Length: > 0 } token)
        {
            throw new EntraTokenException($"the token endpoint {host} answered {status} without an access_token");
        }

        foreach (var c in token)
        {
            if (c is < '!' or > '~')
            {
                throw new EntraTokenException($"the token endpoint {host} answered an access_token with characters a bearer token cannot have");
            }
        }

        if (root.TryGetProperty("token_type", out var type) && !(type.ValueKind == JsonValueKind.String && string.Equals(type.GetString(), "Bearer", StringComparison.OrdinalIgnoreCase)))
        {
            throw new EntraTokenException($"the token endpoint {host} answered a token_type other than Bearer");
        }

        // expires_in: seconds from now (a string from the metadata service and Entra's older endpoint); App Service's
        // identity endpoint sends only expires_on, the Unix time it ends.
        var relative = root.TryGetProperty("expires_in", out var expiresElement) && expiresElement.ValueKind != JsonValueKind.Null;
        if (!relative && (now == default || !root.TryGetProperty("expires_on", out expiresElement) || expiresElement.ValueKind == JsonValueKind.Null))
        {
            throw new EntraTokenException($"the token endpoint {host} answered without expires_in, so Custos cannot tell when the token ends; it was not used");
        }

        var field = relative ? "expires_in" : "expires_on";
        var number = expiresElement.ValueKind switch
        {
            JsonValueKind.Number when expiresElement.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(expiresElement.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
            _ => throw new EntraTokenException($"the token endpoint {host} answered an {field} that is not a whole number of seconds"),
        };
        var seconds = relative ? number : number - Math.Min(number, now.ToUnixTimeSeconds());
        if (seconds <= 0)
        {
            throw new EntraTokenException(relative
                ? $"the token endpoint {host} answered expires_in {seconds}; a token must last a positive number of seconds"
                : $"the token endpoint {host} answered an expires_on that is not in the future");
        }

        var lifetime = seconds >= MaxLifetime.TotalSeconds ? MaxLifetime : TimeSpan.FromSeconds(seconds);
        var name = entra.IdentityEndpoint is null ? $"{entra.TenantId}/{entra.ClientId}" : $"managed-identity/{entra.ClientId ?? "system-assigned"}";
        return (new SecretValue(new SecretReference("entra", name, null), token), lifetime);
    }

    /// <summary>What a token endpoint's error says (RFC 6749 section 5.2): the status, the OAuth error code and Entra's AADSTS number, never its free text.</summary>
    public static string ErrorOf(string host, int status, byte[] body)
    {
        string? code = null;
        long? aadsts = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String && error.GetString() is { Length: > 0 and <= 64 } text && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
                {
                    code = text;
                }

                if (root.TryGetProperty("error_codes", out var codes) && codes.ValueKind == JsonValueKind.Array && codes.GetArrayLength() > 0 && codes[0].ValueKind == JsonValueKind.Number && codes[0].TryGetInt64(out var first) && first > 0)
                {
                    aadsts = first;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page): the status says enough.
        }

        var hint = code switch
        {
            _ when aadsts == 7000222 => "; the client secret has expired: create a new one in the app registration and update entra.client_secret",
            _ when aadsts == 700016 => "; no such application in that tenant: check entra.client_id and entra.tenant_id",
            "invalid_client" => "; check entra.client_id and that the client secret is current",
            "unauthorized_client" => "; the app registration may not use the client credentials grant",
            "invalid_scope" => "; check entra.scope",
            _ when aadsts == 90002 => "; check entra.tenant_id",
            _ => string.Empty,
        };
        return $"the token endpoint {host} answered {status}{(code is null ? string.Empty : " " + code)}{(aadsts is null ? string.Empty : $" (AADSTS{aadsts})")}{hint}";
    }

    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
        http.Dispose();
    }

    private sealed record Token(SecretValue Value, DateTimeOffset RefreshAt, DateTimeOffset ExpiresAt);

    /// <summary>The name a fetched token is held under as a known value: findings and alerts name it, never the token.</summary>
    public static string IssuedName(SecretReference reference, string system) => $"{reference} token for {system}";

    private sealed class Slot
    {
        public Token? Current;
        public Task<Token>? Pending;
        public DateTimeOffset RetryAt;
    }

    [LoggerMessage(EventId = 860, Level = LogLevel.Warning, Message = "Could not refresh the Microsoft Entra ID token for {System} ({Reason}); the current one is still valid and is used")]
    private static partial void LogRefreshFailed(ILogger logger, string system, string reason);
}
