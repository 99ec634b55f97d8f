using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Custos.Server.Tests.Secrets;

/// <summary>
/// The Azure Key Vault secrets REST API as the official client uses it, on real Kestrel over HTTPS (a certificate
/// made for the test): <c>GET /secrets/{name}[/{version}]?api-version=…</c>, the Bearer challenge on an
/// unauthenticated request (401 with <c>WWW-Authenticate: Bearer authorization=…, resource=…</c>), 401/403/404
/// error bodies shaped like the service's, and disabled secrets.
/// </summary>
internal sealed class KeyVaultStub : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, List<(string Id, string Value, bool Enabled)>> secrets = new(StringComparer.OrdinalIgnoreCase);

    private KeyVaultStub(WebApplication app, X509Certificate2 certificate)
    {
        this.app = app;
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    public Uri Address { get; private set; } = null!;

    /// <summary>The access token the vault accepts; any other is refused with 401.</summary>
    public string AcceptedToken { get; } = "eyJ0eXAiOiJKV1Qi." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Tokens that are valid but whose identity may not read secrets (403).</summary>
    public string ForbiddenToken { get; } = "eyJ0eXAiOiJKV1Qi.forbidden";

    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<KeyVaultStub> StartAsync()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var stub = new KeyVaultStub(builder.Build(), certificate);
        stub.Map();
        await stub.app.StartAsync();
        stub.Address = new Uri(stub.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return stub;
    }

    public string Set(string name, string value, bool enabled = true)
    {
        var version = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        secrets.GetOrAdd(name, _ => []).Add((version, value, enabled));
        return version;
    }

    /// <summary>An HTTP handler that trusts this stub's certificate only.</summary>
    public HttpMessageHandler TrustingHandler() => new SocketsHttpHandler
    {
        SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == Certificate.GetCertHashString() },
    };

    public ValueTask DisposeAsync()
    {
        Certificate.Dispose();
        return app.DisposeAsync();
    }

    private void Map()
    {
        app.MapGet("/secrets/{name}/{version?}", (HttpContext context, string name, string? version) =>
        {
            Requests.Enqueue($"GET {context.Request.Path}");
            if (!context.Request.Query.ContainsKey("api-version"))
            {
                return Error(400, "BadParameter", "The 'api-version' query parameter is missing.");
            }

            var authorization = context.Request.Headers.Authorization.ToString();
            if (authorization.Length == 0)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer authorization=\"https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47\", resource=\"https://vault.azure.net\"";
                return Error(401, "Unauthorized", "AKV10000: Request is missing a Bearer or PoP token.");
            }

            if (authorization == $"Bearer {ForbiddenToken}")
            {
                return Error(403, "Forbidden", "The user, group or application does not have secrets get permission on key vault.");
            }

            if (authorization != $"Bearer {AcceptedToken}")
            {
                context.Response.Headers.WWWAuthenticate = "Bearer authorization=\"https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47\", resource=\"https://vault.azure.net\"";
                return Error(401, "Unauthorized", "AKV10032: Invalid issuer.");
            }

            if (!secrets.TryGetValue(name, out var versions) || versions.Count == 0
                || (version is { Length: > 0 } && !versions.Exists(v => v.Id == version)))
            {
                return Error(404, "SecretNotFound", $"A secret with (name/id) {name} was not found in this key vault.");
            }

            var (id, value, enabled) = version is { Length: > 0 } ? versions.Find(v => v.Id == version) : versions[^1];
            if (!enabled)
            {
                return Error(403, "Forbidden", $"Operation get is not allowed on a disabled secret.");
            }

            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            return Results.Json(new JsonObject
            {
                ["value"] = value,
                ["id"] = new Uri(Address, $"secrets/{name}/{id}").ToString(),
                ["attributes"] = new JsonObject { ["enabled"] = true, ["created"] = now, ["updated"] = now, ["recoveryLevel"] = "Recoverable+Purgeable", ["recoverableDays"] = 90 },
                ["tags"] = new JsonObject(),
            });
        });
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, statusCode: status);
}
