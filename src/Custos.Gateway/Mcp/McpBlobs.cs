using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using Custos.Core.Screening;

namespace Custos.Gateway.Mcp;

/// <summary>
/// Base64 blobs in MCP results (images, audio, embedded and read resources). A blob is decoded, bounded by
/// <c>server.max_mcp_blob_bytes</c>, and, when it is text (a text-like MIME type, or bytes that are valid UTF-8
/// without control characters whatever the type says), screened as text: redacted text is encoded again, a
/// blocked one withholds the result. A binary blob passes as it came and is recorded by size and SHA-256.
/// </summary>
public static class McpBlobs
{
    /// <summary>The finding type that records a binary blob (never a reason to refuse; its subtype holds type, size and hash).</summary>
    public const string BinaryType = "BINARY_BLOB";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>True for MIME types whose content is text: text/*, JSON, XML, YAML, JavaScript, form data (with any +json / +xml suffix).</summary>
    public static bool IsTextType(string? mimeType)
    {
        if (string.IsNullOrWhiteSpace(mimeType))
        {
            return false;
        }

        var type = mimeType.Split(';', 2)[0].Trim().ToLowerInvariant();
        return type.StartsWith("text/", StringComparison.Ordinal)
            || type.EndsWith("+json", StringComparison.Ordinal) || type.EndsWith("+xml", StringComparison.Ordinal) || type.EndsWith("+yaml", StringComparison.Ordinal)
            || type is "application/json" or "application/xml" or "application/yaml" or "application/x-yaml" or "application/toml"
                or "application/javascript" or "application/ecmascript" or "application/x-www-form-urlencoded" or "application/sql" or "application/x-sh";
    }

    /// <summary>True when <paramref name="bytes"/> read as text: valid UTF-8 with no control characters but tab, line feed, carriage return and form feed.</summary>
    public static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        if (!Utf8.IsValid(bytes))
        {
            return false;
        }

        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f'))
            {
                return false;
            }

            if (b == 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Decodes the blob at <paramref name="location"/> and adds it to <paramref name="output"/>: as a text slot
    /// (rewritten in place, encoded again) when it is text, as a recorded binary otherwise.
    /// </summary>
    /// <exception cref="McpBlobException">The blob is larger than <paramref name="maxBytes"/> or not base64; the message says where and what to do.</exception>
    public static void Add(McpTextsOutput output, string location, string? mimeType, ReadOnlyMemory<byte> base64, Action<ReadOnlyMemory<byte>> replace, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(replace);
        var bytes = Decode(location, mimeType, base64.Span, maxBytes);
        if (IsTextType(mimeType) || LooksLikeText(bytes))
        {
            var text = Encoding.UTF8.GetString(bytes);
            output.Add(location, () => text, value =>
            {
                text = value;
                replace(Encoding.UTF8.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(value))));
            });
            return;
        }

        output.Binaries.Add(new ScreeningFinding(
            ScreeningDirection.Out,
            BinaryType,
            $"{(string.IsNullOrWhiteSpace(mimeType) ? "no type" : Shown(mimeType))}; {bytes.Length} bytes; sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))}",
            location,
            0,
            bytes.Length,
            1.0,
            "mcp.blob",
            ScreeningAction.Allow));
    }

    /// <summary>The decoded bytes of a base64 blob, bounded.</summary>
    /// <exception cref="McpBlobException">Too large, or not base64.</exception>
    public static byte[] Decode(string location, string? mimeType, ReadOnlySpan<byte> base64, int maxBytes)
    {
        // Base64 holds 3 bytes in 4 characters: refuse by length before decoding anything large.
        var estimate = (long)base64.Length / 4 * 3;
        if (estimate > maxBytes + 2L)
        {
            throw new McpBlobException($"the blob at {location} ({(string.IsNullOrWhiteSpace(mimeType) ? "no type" : Shown(mimeType))}) is about {estimate} bytes, more than server.max_mcp_blob_bytes ({maxBytes}); it was not passed on. If this server's results are meant to be that large, raise server.max_mcp_blob_bytes in custos.yaml");
        }

        var buffer = new byte[Base64.GetMaxDecodedFromUtf8Length(base64.Length)];
        var status = Base64.DecodeFromUtf8(base64, buffer, out var consumed, out var written);
        if (status != OperationStatus.Done || consumed != base64.Length)
        {
            throw new McpBlobException($"the blob at {location} is not valid base64 (it breaks at character {consumed} of {base64.Length}); the server sent a malformed result, so it was not passed on");
        }

        if (written > maxBytes)
        {
            throw new McpBlobException($"the blob at {location} is {written} bytes, more than server.max_mcp_blob_bytes ({maxBytes}); it was not passed on. If this server's results are meant to be that large, raise server.max_mcp_blob_bytes in custos.yaml");
        }

        return buffer.AsSpan(0, written).ToArray();
    }

    private static string Shown(string text) => text.Length <= 80 ? text : text[..80] + "…";
}

/// <summary>A blob in an MCP result that Custos cannot pass on: too large, or not base64. The message names the place and the fix.</summary>
public sealed class McpBlobException(string message) : Exception(message);
