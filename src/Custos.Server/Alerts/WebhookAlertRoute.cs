using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Custos.Core.Alerts;
using Custos.Core.Secrets;
using Microsoft.Extensions.Logging;

namespace Custos.Server.Alerts;

/// <summary>
/// Delivers alerts to one webhook: <see cref="Deliver"/> queues and returns at once; one background loop POSTs
/// each alert as JSON, signed with HMAC-SHA256 when the route names a key, with a few bounded retries. The
/// queue is bounded: when the receiver is down long enough to fill it, the oldest alerts waiting are dropped and
/// counted (each is in the ledger already). Failures are logged with the route's name and the host, never the
/// key or the URL's path and query, which may carry a token.
/// </summary>
/// <remarks>
/// Headers: <c>X-Custos-Timestamp</c> (Unix seconds) and <c>X-Custos-Signature: sha256=HEX</c>, the HMAC-SHA256
/// of <c>TIMESTAMP + "." + BODY</c> under the key's UTF-8 bytes; a receiver recomputes it and rejects old timestamps.
/// </remarks>
public sealed partial class WebhookAlertRoute : IAlertRoute, IAsyncDisposable
{
    public const string SignatureHeader = "X-Custos-Signature";
    public const string TimestampHeader = "X-Custos-Timestamp";
    public const int QueueCapacity = 1024;

    private readonly AlertRouteDefinition route;
    private readonly HttpClient http;
    private readonly ISecretResolver secrets;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly WebhookRetry retry;
    private readonly Channel<Alert> queue;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private long dropped;
    private long delivered;
    private long failed;

    public WebhookAlertRoute(AlertRouteDefinition route, HttpClient http, ISecretResolver secrets, TimeProvider clock, ILogger logger, WebhookRetry? retry = null)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (route.Kind != AlertRouteKind.Webhook || route.Url is null)
        {
            throw new ArgumentException("a webhook route needs a URL", nameof(route));
        }

        this.route = route;
        this.http = http;
        this.secrets = secrets;
        this.clock = clock;
        this.logger = logger;
        this.retry = retry ?? WebhookRetry.Default;
        queue = Channel.CreateBounded<Alert>(new BoundedChannelOptions(QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        }, _ => Interlocked.Increment(ref dropped));
        loop = Task.Run(RunAsync);
    }

    public AlertRouteDefinition Definition => route;

    /// <summary>Alerts dropped because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    /// <summary>Alerts the receiver accepted (2xx).</summary>
    public long Delivered => Interlocked.Read(ref delivered);

    /// <summary>Alerts given up on after the last retry.</summary>
    public long Failed => Interlocked.Read(ref failed);

    public void Deliver(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        queue.Writer.TryWrite(alert);
    }

    /// <summary>The JSON body a receiver gets.</summary>
    public static byte[] Payload(Alert alert, string routeName)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("rule", alert.Rule);
            writer.WriteString("severity", alert.Severity.ToString().ToLowerInvariant());
            writer.WriteString("subject", alert.Subject);
            writer.WriteString("message", alert.Message);
            writer.WriteString("at", alert.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            if (alert.Agent is { } agent)
            {
                writer.WriteString("agent", agent);
            }

            if (alert.ActionId is { } id)
            {
                writer.WriteString("action_id", id.ToString());
            }

            writer.WriteBoolean("opens_incident", alert.OpensIncident);
            writer.WriteString("route", routeName);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary><c>sha256=HEX</c>: HMAC-SHA256 of <c>TIMESTAMP.BODY</c>.</summary>
    public static string Sign(ReadOnlySpan<byte> key, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        var prefix = Encoding.ASCII.GetBytes(timestamp + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, message));
    }

    private async Task RunAsync()
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stopping.Token))
            {
                while (queue.Reader.TryRead(out var alert))
                {
                    await SendAsync(alert, stopping.Token);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private async Task SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        var body = Payload(alert, route.Name);
        byte[]? key = null;
        if (route.Secret is { } reference)
        {
            try
            {
                var value = await secrets.ResolveAsync(reference, new SecretUse(null, "custos.alerts"), cancellationToken);
                key = Encoding.UTF8.GetBytes(value.Reveal());
            }
            catch (SecretResolutionException e)
            {
                // Never unsigned when a key is configured: the receiver would have to trust anything.
                LogKeyUnavailable(logger, route.Name, alert.Rule, e.Message);
                Interlocked.Increment(ref failed);
                return;
            }
        }

        try
        {
            string? lastError = null;
            for (var attempt = 1; attempt <= retry.Attempts; attempt++)
            {
                if (attempt > 1)
                {
                    await Task.Delay(retry.Backoff * (1 << (attempt - 2)), clock, cancellationToken);
                }

                using var request = new HttpRequestMessage(HttpMethod.Post, route.Url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                request.Headers.TryAddWithoutValidation(TimestampHeader, timestamp);
                if (key is not null)
                {
                    request.Headers.TryAddWithoutValidation(SignatureHeader, Sign(key, timestamp, body));
                }

                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(retry.Timeout);
                try
                {
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                    var status = (int)response.StatusCode;
                    if (status is >= 200 and < 300)
                    {
                        Interlocked.Increment(ref delivered);
                        return;
                    }

                    lastError = $"HTTP {status}";
                    if (status is >= 400 and < 500 and not 408 and not 429)
                    {
                        break;
                    }
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    lastError = $"no answer within {retry.Timeout.TotalSeconds:0.#} s";
                }
                catch (HttpRequestException e)
                {
                    lastError = e.HttpRequestError switch
                    {
                        HttpRequestError.NameResolutionError => "the host name did not resolve",
                        HttpRequestError.ConnectionError => "the connection was refused or dropped",
                        HttpRequestError.SecureConnectionError => "the TLS handshake failed",
                        _ => "a network error",
                    };
                }
            }

            // Reported first, counted second: whoever sees the count also finds the report.
            LogDeliveryFailed(logger, route.Name, route.Url!.Host, alert.Rule, retry.Attempts, lastError ?? "an error");
            Interlocked.Increment(ref failed);
        }
        finally
        {
            if (key is not null)
            {
                CryptographicOperations.ZeroMemory(key);
            }
        }
    }

    /// <summary>Waits until the queue is empty and nothing is being sent (tests, shutdown).</summary>
    public async Task DrainAsync(TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until && queue.Reader.Count > 0)
        {
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        try
        {
            // Give queued alerts a moment on shutdown; a dead receiver must not hold the process.
            await loop.WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (TimeoutException)
        {
        }

        await stopping.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }

        stopping.Dispose();
    }

    [LoggerMessage(EventId = 520, Level = LogLevel.Error, Message = "Alert route {Route} could not deliver {Rule} to {Host} after {Attempts} attempts: {Error}; the alert is in the ledger")]
    private static partial void LogDeliveryFailed(ILogger logger, string route, string host, string rule, int attempts, string error);

    [LoggerMessage(EventId = 521, Level = LogLevel.Error, Message = "Alert route {Route} did not send {Rule}: its signing key could not be resolved ({Error})")]
    private static partial void LogKeyUnavailable(ILogger logger, string route, string rule, string error);
}

/// <summary>How hard a webhook route tries: attempts in all, the first back-off (doubled each time) and each attempt's timeout.</summary>
public sealed record WebhookRetry(int Attempts, TimeSpan Backoff, TimeSpan Timeout)
{
    public static WebhookRetry Default { get; } = new(4, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
}
