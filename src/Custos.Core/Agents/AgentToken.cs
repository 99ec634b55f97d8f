using System.Buffers.Binary;
using System.IO.Hashing;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Custos.Core.Agents;

/// <summary>
/// Custos bearer tokens: <c>cst_</c>, 43 base62 characters carrying 256 random bits, and a 6-character base62
/// CRC-32 of them, so secret scanners can recognise a token by its prefix and reject near-misses by checksum
/// without a round trip. Only the SHA-256 hash of a token is ever stored.
/// </summary>
public static class AgentToken
{
    public const string Prefix = "cst_";
    public const int RandomBytes = 32;
    public const int BodyLength = 43;
    public const int ChecksumLength = 6;
    public const int Length = 4 + BodyLength + ChecksumLength;

    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>A fresh token. The caller shows it once and keeps only <see cref="Hash"/>.</summary>
    public static string Generate()
    {
        Span<byte> random = stackalloc byte[RandomBytes];
        RandomNumberGenerator.Fill(random);
        var body = EncodeBase62(random, BodyLength);
        return string.Concat(Prefix, body, Checksum(body));
    }

    /// <summary>True when <paramref name="token"/> has a Custos token's shape and a matching checksum.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> token)
    {
        if (token.Length != Length || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in token[Prefix.Length..])
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        var body = token.Slice(Prefix.Length, BodyLength);
        return token[(Prefix.Length + BodyLength)..].SequenceEqual(Checksum(body));
    }

    /// <summary>The stored form of a token: SHA-256 of its UTF-8 bytes. 256 random bits need no slow hash.</summary>
    public static byte[] Hash(ReadOnlySpan<char> token)
    {
        Span<byte> utf8 = stackalloc byte[Length * 3];
        var count = Encoding.UTF8.GetBytes(token.Length <= Length ? token : token[..Length], utf8);
        return SHA256.HashData(utf8[..count]);
    }

    /// <summary>A short public id for listing and revoking a token: the first 12 hex digits of its hash.</summary>
    public static string IdFromHash(ReadOnlySpan<byte> hash) => "tok_" + Convert.ToHexStringLower(hash[..6]);

    internal static string Checksum(ReadOnlySpan<char> body)
    {
        Span<byte> ascii = stackalloc byte[BodyLength];
        var count = Encoding.ASCII.GetBytes(body, ascii);
        var crc = Crc32.HashToUInt32(ascii[..count]);
        Span<byte> crcBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crcBytes, crc);
        return EncodeBase62(crcBytes, ChecksumLength);
    }

    internal static string EncodeBase62(ReadOnlySpan<byte> bytes, int width)
    {
        var value = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        var chars = new char[width];
        for (var i = width - 1; i >= 0; i--)
        {
            value = BigInteger.DivRem(value, 62, out var remainder);
            chars[i] = Alphabet[(int)remainder];
        }

        return new string(chars);
    }
}
