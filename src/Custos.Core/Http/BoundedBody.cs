using System.Buffers;
using System.Security.Cryptography;

namespace Custos.Core.Http;

/// <summary>
/// Reads an HTTP answer's body up to a limit, for every answer Custos reads from a server it does not control
/// (LLM providers, token endpoints, secret stores, rotation webhooks): a declared length over the limit is refused
/// before anything is read, and a body that runs past it (chunked, or lying about its length) stops being read there.
/// </summary>
public static class BoundedBody
{
    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes (then not read further).</summary>
    /// <remarks>The copies made on the way are cleared: the answer may hold a credential.</remarks>
    public static async Task<byte[]?> ReadAsync(HttpContent content, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (content.Headers.ContentLength > limit)
        {
            return null;
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        return await ReadAsync(stream, limit, cancellationToken);
    }

    /// <summary>The stream's bytes to its end, or null when there are more than <paramref name="limit"/> (then not read further).</summary>
    /// <remarks>The copies made on the way are cleared: the bytes may be a credential.</remarks>
    public static async Task<byte[]?> ReadAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit, 16 * 1024) + 1);
        var length = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length > limit)
                {
                    return null;
                }

                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    CryptographicOperations.ZeroMemory(buffer.AsSpan(0, length));
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return buffer.AsSpan(0, length).ToArray();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer.AsSpan(0, length));
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
