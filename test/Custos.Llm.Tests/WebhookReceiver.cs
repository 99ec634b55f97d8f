using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Custos.Llm.Tests;

/// <summary>A real Kestrel endpoint receiving Custos's alert webhooks; it can be told to hang instead of answering.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly CancellationTokenSource stopping = new();

    private WebhookReceiver(WebApplication app) => this.app = app;

    public Uri Url { get; private set; } = null!;

    public ConcurrentQueue<(IReadOnlyDictionary<string, string> Headers, byte[] Body)> Received { get; } = new();

    /// <summary>When true, requests are read and then left unanswered until the receiver stops.</summary>
    public bool Hang { get; set; }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks/custos", receiver.ReceiveAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address.TrimEnd('/') + "/hooks/custos");
        return receiver;
    }

    private async Task ReceiveAsync(HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        Received.Enqueue((http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()), body.ToArray()));
        if (Hang)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, CancellationTokenSource.CreateLinkedTokenSource(stopping.Token, http.RequestAborted).Token);
            }
            catch (OperationCanceledException)
            {
            }

            return;
        }

        http.Response.StatusCode = 204;
    }

    public async Task<T> WaitAsync<T>(Func<WebhookReceiver, T?> until, TimeSpan limit)
        where T : class
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (until(this) is { } found)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("the webhook receiver did not get what the test waited for");
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }
}
