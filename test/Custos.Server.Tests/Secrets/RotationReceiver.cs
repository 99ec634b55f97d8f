using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Custos.Server.Tests.Secrets;

/// <summary>
/// A service that issues credentials behind a rotation webhook, on a real Kestrel server on loopback. It checks the
/// request's signature as docs/configuration.md tells a service to (written here independently of Custos's code),
/// mints a value and signs its answer; <see cref="Answer"/> replaces that behaviour to test bad answers.
/// </summary>
internal sealed class RotationReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly byte[] key;

    private RotationReceiver(WebApplication app, string signingKey)
    {
        this.app = app;
        key = Encoding.UTF8.GetBytes(signingKey);
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>Values issued, in order.</summary>
    public ConcurrentQueue<string> Issued { get; } = new();

    /// <summary>What was wrong with requests the receiver refused.</summary>
    public ConcurrentQueue<string> Refused { get; } = new();

    /// <summary>The request bodies received.</summary>
    public ConcurrentQueue<JsonElement> Requests { get; } = new();

    /// <summary>When set, answers instead of the well-behaved service: (context, request id) → done.</summary>
    public Func<HttpContext, string, Task>? Answer { get; set; }

    public static async Task<RotationReceiver> StartAsync(string signingKey)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new RotationReceiver(builder.Build(), signingKey);
        receiver.app.MapPost("/rotate", receiver.HandleAsync);
        receiver.app.MapPost("/moved", (HttpContext c) => Results.Redirect("/rotate"));
        await receiver.app.StartAsync();
        receiver.Address = new Uri(receiver.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return receiver;
    }

    public string Hmac(string prefix, byte[] body) => Convert.ToHexStringLower(HMACSHA256.HashData(key, (byte[])[.. Encoding.UTF8.GetBytes(prefix), .. body]));

    private async Task HandleAsync(HttpContext context)
    {
        using var memory = new MemoryStream();
        await context.Request.Body.CopyToAsync(memory, context.RequestAborted);
        var body = memory.ToArray();

        // Signature: "t=UNIX,v1=HEX" with HEX = HMAC-SHA256(key, "UNIX." + body); at most 5 minutes old.
        var header = context.Request.Headers["Custos-Signature"].ToString();
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("t", out var t) || !parts.TryGetValue("v1", out var v1)
            || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - unix) > 300
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(v1), Encoding.ASCII.GetBytes(Hmac(t + ".", body))))
        {
            Refused.Enqueue($"bad signature '{header}'");
            context.Response.StatusCode = 401;
            return;
        }

        var request = JsonDocument.Parse(body).RootElement.Clone();
        Requests.Enqueue(request);
        var requestId = request.GetProperty("request_id").GetString()!;
        if (requestId != context.Request.Headers["Custos-Request-Id"].ToString())
        {
            Refused.Enqueue("request id header and body differ");
            context.Response.StatusCode = 400;
            return;
        }

        if (Answer is { } answer)
        {
            await answer(context, requestId);
            return;
        }

        var value = "issued-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
        Issued.Enqueue(value);
        await WriteSignedAsync(context, requestId, JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["value"] = value }));
    }

    /// <summary>Answers 200 with <paramref name="answer"/>, signed as Custos expects: v1=HMAC-SHA256(key, requestId + "." + body).</summary>
    public async Task WriteSignedAsync(HttpContext context, string requestId, byte[] answer)
    {
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = answer.Length;
        context.Response.Headers["Custos-Signature"] = "v1=" + Hmac(requestId + ".", answer);
        await context.Response.Body.WriteAsync(answer, context.RequestAborted);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
