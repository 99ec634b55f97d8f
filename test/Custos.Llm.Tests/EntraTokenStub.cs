using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Custos.Llm.Tests;

/// <summary>
/// A local stand-in for Microsoft Entra ID's token endpoint (the only mock allowed: it speaks the real OAuth 2.0
/// wire format), <c>POST /{tenant}/oauth2/v2.0/token</c> with a form body: it checks the client credentials grant
/// as Entra does (grant type, tenant, client ID, client secret or federated client assertion, scope) and answers
/// Entra's token JSON, or Entra's error JSON with its AADSTS codes; and the instance metadata service's managed
/// identity endpoint, <c>GET /metadata/identity/oauth2/token</c>. It can be told to answer the next requests with canned bodies, or slowly.
/// </summary>
internal sealed class EntraTokenStub : IAsyncDisposable
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string ClientId = "3f2a1b0c-4d5e-4f60-8a7b-9c0d1e2f3a4b";

    private readonly WebApplication app;
    private int requests;

    private EntraTokenStub(WebApplication app, string accessToken, string clientSecret)
    {
        this.app = app;
        AccessToken = accessToken;
        ClientSecret = clientSecret;
    }

    public string AccessToken { get; }

    public string ClientSecret { get; }

    /// <summary>The federated token (workload identity) the app registration trusts as a client assertion.</summary>
    public string FederatedToken { get; set; } = "eyJhbGciOiJSUzI1NiJ9.federated-stub." + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>What <c>expires_in</c> a good answer carries.</summary>
    public long ExpiresIn { get; set; } = 3599;

    /// <summary>How long each request waits before it is answered.</summary>
    public TimeSpan Delay { get; set; }

    public int Requests => Volatile.Read(ref requests);

    /// <summary>The form fields of every request, in order.</summary>
    public ConcurrentQueue<(string Path, string ContentType, Dictionary<string, string> Form)> Received { get; } = new();

    /// <summary>The next requests are answered with these instead (status, content type, body).</summary>
    public ConcurrentQueue<(int Status, string ContentType, byte[] Body)> Canned { get; } = new();

    public static async Task<EntraTokenStub> StartAsync(string accessToken, string clientSecret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var web = builder.Build();
        var stub = new EntraTokenStub(web, accessToken, clientSecret);
        web.MapPost("/{tenant}/oauth2/v2.0/token", (HttpContext http, string tenant) => stub.TokenAsync(http, tenant));
        web.MapGet("/metadata/identity/oauth2/token", (HttpContext http) => stub.ManagedIdentityAsync(http));
        web.MapGet("/msi/token", (HttpContext http) => stub.AppServiceIdentityAsync(http));
        await web.StartAsync();
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return stub;
    }

    private async Task TokenAsync(HttpContext http, string tenant)
    {
        Interlocked.Increment(ref requests);
        var form = http.Request.HasFormContentType
            ? (await http.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal)
            : [];
        Received.Enqueue((http.Request.Path, http.Request.ContentType ?? string.Empty, form));
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }

        if (Canned.TryDequeue(out var canned))
        {
            http.Response.StatusCode = canned.Status;
            http.Response.ContentType = canned.ContentType;
            await http.Response.Body.WriteAsync(canned.Body);
            return;
        }

        if (tenant != TenantId)
        {
            await ErrorAsync(http, 400, "invalid_request", 90002, $"AADSTS90002: Tenant '{tenant}' not found.");
        }
        else if (form.GetValueOrDefault("grant_type") != "client_credentials")
        {
            await ErrorAsync(http, 400, "unsupported_grant_type", 70003, "AADSTS70003: The app requested an unsupported grant type.");
        }
        else if (form.GetValueOrDefault("client_id") != ClientId)
        {
            await ErrorAsync(http, 400, "unauthorized_client", 700016, "AADSTS700016: Application not found in the directory.");
        }
        else if (form.ContainsKey("client_assertion") && (form.GetValueOrDefault("client_assertion_type") != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" || form.GetValueOrDefault("client_assertion") != FederatedToken || form.ContainsKey("client_secret")))
        {
            await ErrorAsync(http, 401, "invalid_client", 700211, "AADSTS700211: No matching federated identity record found for presented assertion.");
        }
        else if (!form.ContainsKey("client_assertion") && form.GetValueOrDefault("client_secret") != ClientSecret)
        {
            await ErrorAsync(http, 401, "invalid_client", 7000215, "AADSTS7000215: Invalid client secret provided.");
        }
        else if (form.GetValueOrDefault("scope") != "https://cognitiveservices.azure.com/.default")
        {
            await ErrorAsync(http, 400, "invalid_scope", 70011, "AADSTS70011: The provided value for the input parameter 'scope' is not valid.");
        }
        else
        {
            await WriteAsync(http, 200, new JsonObject
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = ExpiresIn,
                ["ext_expires_in"] = ExpiresIn,
                ["access_token"] = AccessToken,
            });
        }
    }

    /// <summary>
    /// The Azure instance metadata service's managed identity endpoint: <c>GET</c> with the <c>Metadata: true</c>
    /// header, <c>api-version</c>, <c>resource</c> and, for a user-assigned identity, <c>client_id</c>; it answers
    /// <c>expires_in</c> as a string, as the real service does, or its error JSON.
    /// </summary>
    private async Task ManagedIdentityAsync(HttpContext http)
    {
        Interlocked.Increment(ref requests);
        var query = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        query["Metadata"] = http.Request.Headers["Metadata"].ToString();
        Received.Enqueue((http.Request.Path, string.Empty, query));
        if (Canned.TryDequeue(out var canned))
        {
            http.Response.StatusCode = canned.Status;
            http.Response.ContentType = canned.ContentType;
            await http.Response.Body.WriteAsync(canned.Body);
            return;
        }

        if (query["Metadata"] != "true")
        {
            await WriteAsync(http, 400, new JsonObject { ["error"] = "invalid_request", ["error_description"] = "Required metadata header not specified" });
        }
        else if (query.GetValueOrDefault("api-version") is not { Length: > 0 })
        {
            await WriteAsync(http, 400, new JsonObject { ["error"] = "invalid_request", ["error_description"] = "Required query variable 'api-version' is missing" });
        }
        else if (query.GetValueOrDefault("client_id") is { } client && client != ClientId)
        {
            await WriteAsync(http, 400, new JsonObject { ["error"] = "invalid_request", ["error_description"] = "Identity not found" });
        }
        else if (query.GetValueOrDefault("resource") != "https://cognitiveservices.azure.com")
        {
            await WriteAsync(http, 400, new JsonObject { ["error"] = "invalid_resource", ["error_description"] = "AADSTS500011: The resource principal was not found." });
        }
        else
        {
            await WriteAsync(http, 200, new JsonObject
            {
                ["access_token"] = AccessToken,
                ["client_id"] = ClientId,
                ["expires_in"] = ExpiresIn.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["expires_on"] = DateTimeOffset.UtcNow.AddSeconds(ExpiresIn).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["ext_expires_in"] = ExpiresIn.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["not_before"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["resource"] = "https://cognitiveservices.azure.com",
                ["token_type"] = "Bearer",
            });
        }
    }

    /// <summary>The header value App Service gives the process (IDENTITY_HEADER) to prove itself to its identity endpoint.</summary>
    public string IdentityHeader { get; } = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// App Service's (and Container Apps') managed identity endpoint, <c>GET /msi/token</c>: the
    /// <c>X-IDENTITY-HEADER</c> must be the process's IDENTITY_HEADER; it answers <c>expires_on</c> (Unix seconds, a
    /// string) and no <c>expires_in</c>, as App Service does.
    /// </summary>
    private async Task AppServiceIdentityAsync(HttpContext http)
    {
        Interlocked.Increment(ref requests);
        var query = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        query["X-IDENTITY-HEADER"] = http.Request.Headers["X-IDENTITY-HEADER"].ToString();
        Received.Enqueue((http.Request.Path, string.Empty, query));
        if (query["X-IDENTITY-HEADER"] != IdentityHeader)
        {
            await WriteAsync(http, 401, new JsonObject { ["statusCode"] = 401, ["message"] = "Unauthorized request" });
        }
        else if (query.GetValueOrDefault("api-version") != "2019-08-01" || query.GetValueOrDefault("resource") != "https://cognitiveservices.azure.com")
        {
            await WriteAsync(http, 400, new JsonObject { ["statusCode"] = 400, ["message"] = "Bad request" });
        }
        else
        {
            await WriteAsync(http, 200, new JsonObject
            {
                ["access_token"] = AccessToken,
                ["expires_on"] = DateTimeOffset.UtcNow.AddSeconds(ExpiresIn).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["resource"] = "https://cognitiveservices.azure.com",
                ["token_type"] = "Bearer",
                ["client_id"] = ClientId,
            });
        }
    }

    private static Task ErrorAsync(HttpContext http, int status, string error, int code, string description) =>
        WriteAsync(http, status, new JsonObject
        {
            ["error"] = error,
            ["error_description"] = description + " Trace ID: 0b7d2c4e. Correlation ID: 5e1f. Timestamp: 2026-11-28 12:00:00Z",
            ["error_codes"] = new JsonArray(code),
            ["timestamp"] = "2026-11-28 12:00:00Z",
            ["trace_id"] = "0b7d2c4e",
            ["correlation_id"] = "5e1f",
        });

    private static async Task WriteAsync(HttpContext http, int status, JsonObject body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body.ToJsonString()));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
