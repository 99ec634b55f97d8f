using System.Text;
using Custos.Core.Configuration;
using Custos.Gateway.Mcp;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Mcp.Tests;

/// <summary>
/// The blob decoder reads what an untrusted server sends: any input is decoded exactly, or refused with an
/// <see cref="McpBlobException"/> that names the place; never another exception, never more than the limit.
/// </summary>
public sealed class BlobPropertyTests
{
    [Property(MaxTest = 1000)]
    public Property Any_bytes_encoded_come_back_exactly_or_are_refused_as_too_large(byte[] data, PositiveInt limit)
    {
        var max = 1024 + (limit.Get % 4096);
        var base64 = Encoding.UTF8.GetBytes(Convert.ToBase64String(data));
        try
        {
            var decoded = McpBlobs.Decode("content/0", "image/png", base64, max);
            return (decoded.AsSpan().SequenceEqual(data) && data.Length <= max).ToProperty();
        }
        catch (McpBlobException ex)
        {
            return (data.Length > max && ex.Message.Contains("server.max_mcp_blob_bytes", StringComparison.Ordinal) && ex.Message.Contains("content/0", StringComparison.Ordinal)).ToProperty();
        }
    }

    [Property(MaxTest = 2000)]
    public Property Any_text_is_decoded_as_base64_would_or_refused_with_the_place(string text)
    {
        text ??= string.Empty;
        byte[]? expected;
        try
        {
            expected = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            expected = null;
        }

        try
        {
            var decoded = McpBlobs.Decode("contents/1", null, Encoding.UTF8.GetBytes(text), ServerSettings.DefaultMaxMcpBlobBytes);
            // .NET's string decoder also skips whitespace; the UTF-8 one Custos uses may be stricter, never looser.
            return (expected is not null && decoded.AsSpan().SequenceEqual(expected)).ToProperty();
        }
        catch (McpBlobException ex)
        {
            return ex.Message.Contains("contents/1", StringComparison.Ordinal).ToProperty();
        }
    }

    [Fact]
    public void Text_is_recognised_by_type_or_by_its_bytes_and_binary_is_not()
    {
        Assert.True(McpBlobs.IsTextType("text/plain; charset=utf-8"));
        Assert.True(McpBlobs.IsTextType("application/vnd.api+json"));
        Assert.True(McpBlobs.IsTextType("application/x-yaml"));
        Assert.False(McpBlobs.IsTextType("image/png"));
        Assert.False(McpBlobs.IsTextType(null));
        Assert.True(McpBlobs.LooksLikeText("token=abc\r\n\tüñí"u8));
        Assert.False(McpBlobs.LooksLikeText([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        Assert.False(McpBlobs.LooksLikeText("a\0b"u8));
        Assert.False(McpBlobs.LooksLikeText([0xC3, 0x28]));
    }

    [Fact]
    public void A_blob_limit_outside_its_range_is_an_error_at_its_line()
    {
        var dir = Directory.CreateTempSubdirectory("custos-blob-config-").FullName;
        try
        {
            var path = Path.Combine(dir, CustosConfig.DefaultFileName);
            File.WriteAllText(path, "version: 1\nserver:\n  max_mcp_blob_bytes: 10\nagents: []\n");
            var loaded = ConfigLoader.LoadFile(path);
            var diagnostic = Assert.Single(loaded.Diagnostics, d => d.Message.Contains("max_mcp_blob_bytes", StringComparison.Ordinal));
            Assert.Equal(3, diagnostic.Line);
            Assert.Contains("between 1024 and", diagnostic.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
