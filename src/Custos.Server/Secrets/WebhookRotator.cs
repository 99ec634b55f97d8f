using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Custos.Core.Configuration;
using Custos.Core.Secrets;

namespace Custos.Server.Secrets;

/// <summary>
/// Asks a service to issue a secret's next value: POSTs a request signed with HMAC-SHA256 under
/// <c>rotate.webhook.signing_key</c> and stores the value it answers with, once the answer's own signature (bound to
/// the request's id) checks out. The service that owns the credential mints it, so Custos never pushes a value
/// into a system that may not have applied it; a failed, slow, oversized, unsigned or malformed answer leaves the
/// current version in place. Wire format: docs/configuration.md, "Webhook rotator".
/// </summary>
public sealed class WebhookRotator(HttpClient http) : ISecretRotator
{
    /// <summary>The request and answer header carrying the signature.</summary>
    public const string SignatureHeader = "Custos-Signature";

    /// <summary>The largest answer read, in bytes.</summary>
    public const int MaxResponseBytes = 64 * 1024;

    public string Kind => "webhook";

    public async Task<RotatedValue> RotateAsync(SecretRotationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = (WebhookRotationSettings)request.Settings;
        var target = settings.Url.GetLeftPart(UriPartial.Path);
        var signingKey = await request.Secrets.ResolveAsync(settings.SigningKey, new SecretUse(null, SecretRotationRequest.System), cancellationToken);
        var key = Encoding.UTF8.GetBytes(signingKey.Reveal());
        try
        {
            var requestId = Guid.NewGuid().ToString("D");
            var now = DateTimeOffset.UtcNow;
            var body = JsonSerializer.SerializeToUtf8Bytes(new RotationRequestBody("custos.rotation", BuiltinSecrets.ReferenceOf(request.Name).ToString(), request.CurrentVersion, requestId, now), WebhookJsonContext.Default.RotationRequestBody);
            var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            using var message = new HttpRequestMessage(HttpMethod.Post, settings.Url) { Content = new ByteArrayContent(body) };
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            message.Headers.TryAddWithoutValidation(SignatureHeader, $"t={timestamp},v1={Sign(key, Encoding.UTF8.GetBytes(timestamp + "."), body)}");
            message.Headers.TryAddWithoutValidation("Custos-Request-Id", requestId);

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.Timeout);
            byte[] answer;
            string? signature;
            try
            {
                using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (!response.IsSuccessStatusCode)
                {
                    // The body is not quoted: it is the target's, and may hold anything.
                    throw new SecretRotationException($"{target} answered {(int)response.StatusCode} {response.ReasonPhrase}; it must answer 200 with {{\"value\": \"…\"}}{((int)response.StatusCode is >= 300 and < 400 ? " (redirects are not followed: configure the final URL)" : string.Empty)}");
                }

                if (response.Content.Headers.ContentLength is > MaxResponseBytes)
                {
                    throw new SecretRotationException($"{target} answered with {response.Content.Headers.ContentLength} bytes; an answer is at most {MaxResponseBytes / 1024} KiB");
                }

                signature = response.Headers.TryGetValues(SignatureHeader, out var values) ? values.FirstOrDefault() : null;
                answer = await Custos.Core.Http.BoundedBody.ReadAsync(response.Content, MaxResponseBytes, timeout.Token)
                    ?? throw new SecretRotationException($"{target} answered with more than {MaxResponseBytes / 1024} KiB; an answer is {{\"value\": \"…\"}} and nothing else");
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new SecretRotationException($"{target} did not answer within rotate.webhook.timeout ({settings.Timeout.TotalSeconds:0}s)");
            }
            catch (HttpRequestException ex)
            {
                throw new SecretRotationException($"{target} could not be reached ({ex.HttpRequestError}); check the URL and that the service is up");
            }

            var expected = "v1=" + Sign(key, Encoding.UTF8.GetBytes(requestId + "."), answer);
            if (signature is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature.Trim()), Encoding.ASCII.GetBytes(expected)))
            {
                throw new SecretRotationException($"{target} answered without a valid {SignatureHeader} header (v1=hex HMAC-SHA256 of the request id, '.', and the answer's body, under the signing key); the answer was discarded");
            }

            var value = ValueOf(answer, target);
            if (value == request.CurrentValue)
            {
                throw new SecretRotationException($"{target} answered with the current value; nothing was rotated");
            }

            return new RotatedValue(value, $"issued by {target} (request {requestId})");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>Lower-case hex HMAC-SHA256 of <paramref name="prefix"/> followed by <paramref name="body"/>.</summary>
    public static string Sign(byte[] key, byte[] prefix, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(body);
        using var hmac = new HMACSHA256(key);
        hmac.TransformBlock(prefix, 0, prefix.Length, null, 0);
        hmac.TransformFinalBlock(body, 0, body.Length);
        return Convert.ToHexStringLower(hmac.Hash!);
    }

    private static string ValueOf(byte[] answer, string target)
    {
        const string shape = "it must be a JSON object {\"value\": \"the new credential\"}";
        try
        {
            using var document = JsonDocument.Parse(answer, new JsonDocumentOptions { MaxDepth = 8 });
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.String)
            {
                throw new SecretRotationException($"{target} answered JSON without a string \"value\"; {shape}");
            }

            var text = value.GetString()!;
            if (text.Length == 0 || text.Contains('\0', StringComparison.Ordinal))
            {
                throw new SecretRotationException($"{target} answered with an empty value or one holding a NUL character; {shape}");
            }

            return text;
        }
        catch (JsonException)
        {
            // The parser's message may quote the answer; it is not repeated.
            throw new SecretRotationException($"{target} answered with something that is not JSON; {shape}");
        }
    }
}

/// <summary>What Custos POSTs to a rotation webhook.</summary>
internal sealed record RotationRequestBody(string Type, string Secret, int? CurrentVersion, string RequestId, DateTimeOffset RequestedAt);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.SnakeCaseLower)]
[System.Text.Json.Serialization.JsonSerializable(typeof(RotationRequestBody))]
internal sealed partial class WebhookJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
