using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Custos.Gateway.Http;

/// <summary>
/// Reads a JSON request body with a hard size limit and a depth limit, and turns every way it can be wrong
/// into a problem that says where (line and byte) and how to fix it.
/// </summary>
public static class JsonBody
{
    /// <summary>
    /// The value as a string, or null when it is not a string or its escapes are not well-formed Unicode (half a
    /// surrogate pair such as <c>\ud800</c>), which System.Text.Json refuses to decode with an exception.
    /// </summary>
    public static string? TextOf(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public const int MaxDepth = 32;

    public static async Task<(JsonDocument? Document, IResult? Problem)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var (document, error) = await ReadDocumentAsync(request, maxBytes, cancellationToken);
        return (document, error is null ? null : Problems.Create(error.Status, error.Title, error.Detail));
    }

    /// <summary>As <see cref="ReadAsync"/>, with the error as data for adapters that answer in their protocol's own error format.</summary>
    public static async Task<(JsonDocument? Document, BodyError? Error)> ReadDocumentAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var (document, _, error) = await ReadCoreAsync(request, maxBytes, owned: false, cancellationToken);
        return (document, error);
    }

    /// <summary>
    /// As <see cref="ReadDocumentAsync"/>, parsed once straight from the pooled read buffer into a value that owns
    /// its memory (nothing to dispose, safe to keep past the request): for a body that is kept whole, as an LLM
    /// request is, instead of a document and a clone of it. The same limits and the same errors.
    /// </summary>
    public static async Task<(JsonElement? Body, BodyError? Error)> ReadElementAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var (_, element, error) = await ReadCoreAsync(request, maxBytes, owned: true, cancellationToken);
        return (element, error);
    }

    private static async Task<(JsonDocument? Document, JsonElement? Element, BodyError? Error)> ReadCoreAsync(HttpRequest request, int maxBytes, bool owned, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null, new BodyError(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "send the body as JSON with the header Content-Type: application/json"));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, null, TooLarge(maxBytes));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, 16 * 1024));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length > maxBytes)
                    {
                        return (null, null, TooLarge(maxBytes));
                    }

                    var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    return (null, null, TooLarge(maxBytes));
                }
            }

            if (length == 0)
            {
                return (null, null, new BodyError(StatusCodes.Status400BadRequest, "Empty body", "the request body is empty; send a JSON object"));
            }

            try
            {
                if (owned)
                {
                    return (null, ParseOwned(buffer.AsSpan(0, length)), null);
                }

                // JsonDocument keeps the memory it parses: give it its own copy, never the pooled buffer, which goes
                // back to the pool (and to the next request) as soon as this method returns.
                var document = JsonDocument.Parse(buffer.AsSpan(0, length).ToArray(), new JsonDocumentOptions { MaxDepth = MaxDepth });
                return (document, null, null);
            }
            catch (JsonException ex)
            {
                var where = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : string.Empty;
                return (null, null, new BodyError(StatusCodes.Status400BadRequest, "Malformed JSON", $"the body is not valid JSON{where}: {Describe(ex)}"));
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, null, TooLarge(maxBytes));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// One JSON value copied out of <paramref name="utf8"/> (the pooled buffer) with its own metadata: what
    /// <c>JsonDocument.Parse</c> and <c>Clone</c> give together, with one copy instead of two. Whatever follows the
    /// value besides white space fails as it does in <c>JsonDocument.Parse</c>, which reads with the same reader.
    /// </summary>
    private static JsonElement ParseOwned(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        var element = JsonElement.ParseValue(ref reader);
        if (reader.Read())
        {
            // Not reached: after a complete value in a final block the reader either ends or throws.
            throw new JsonException("more than one JSON value");
        }

        return element;
    }

    private static BodyError TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "Body too large", $"the body is larger than {maxBytes} bytes; send less context or raise server.max_request_bytes in custos.yaml");

    private static string Describe(JsonException ex)
    {
        // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: 5." to its messages; the problem says where already.
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        if (ex.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return $"nesting deeper than {MaxDepth} levels";
        }

        return message.TrimEnd('.', ' ');
    }
}

/// <summary>Why a request body could not be read: an HTTP status, a short title and a detail that says how to fix it.</summary>
public sealed record BodyError(int Status, string Title, string Detail);
