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
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, new BodyError(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "send the body as JSON with the header Content-Type: application/json"));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
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
                        return (null, TooLarge(maxBytes));
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
                    return (null, TooLarge(maxBytes));
                }
            }

            if (length == 0)
            {
                return (null, new BodyError(StatusCodes.Status400BadRequest, "Empty body", "the request body is empty; send a JSON object"));
            }

            try
            {
                // JsonDocument keeps the memory it parses: give it its own copy, never the pooled buffer, which goes
                // back to the pool (and to the next request) as soon as this method returns.
                var document = JsonDocument.Parse(buffer.AsSpan(0, length).ToArray(), new JsonDocumentOptions { MaxDepth = MaxDepth });
                return (document, null);
            }
            catch (JsonException ex)
            {
                var where = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : string.Empty;
                return (null, new BodyError(StatusCodes.Status400BadRequest, "Malformed JSON", $"the body is not valid JSON{where}: {Describe(ex)}"));
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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
