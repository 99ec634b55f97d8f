using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Custos.Ledger.Notes;

/// <summary>Key names, key ids and the base64 forms shared by signers, verifiers and the note parser.</summary>
internal static class NoteKeys
{
    public const byte Ed25519Algorithm = 0x01;
    public const int PublicKeySize = 32;
    public const int SeedSize = 32;
    public const int SignatureSize = 64;
    public const int MaxNameBytes = 256;

    /// <summary>A key name is non-empty UTF-8 with no whitespace and no '+'.</summary>
    public static bool IsValidName(string? name)
    {
        if (string.IsNullOrEmpty(name) || Encoding.UTF8.GetByteCount(name) > MaxNameBytes)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsWhiteSpace(c) || c == '+' || char.IsControl(c))
            {
                return false;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= name.Length || !char.IsLowSurrogate(name[i + 1]))
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }

    /// <summary>The first four bytes, big-endian, of SHA-256(name || 0x0A || 0x01 || public key).</summary>
    public static uint KeyId(string name, ReadOnlySpan<byte> publicKey)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[nameBytes.Length + 2 + publicKey.Length];
        nameBytes.CopyTo(buffer, 0);
        buffer[nameBytes.Length] = (byte)'\n';
        buffer[nameBytes.Length + 1] = Ed25519Algorithm;
        publicKey.CopyTo(buffer.AsSpan(nameBytes.Length + 2));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer, hash);
        return BinaryPrimitives.ReadUInt32BigEndian(hash);
    }

    public static string FormatKeyId(uint keyId) => keyId.ToString("x8", CultureInfo.InvariantCulture);

    /// <summary>Eight lowercase or uppercase hex digits, as Go's ParseUint(…, 16, 32) takes them, exactly eight.</summary>
    public static bool TryParseKeyId(string text, out uint keyId)
    {
        keyId = 0;
        return text.Length == 8 && text.All(char.IsAsciiHexDigit)
            && uint.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out keyId);
    }

    /// <summary>Standard base64 with padding, in its one canonical spelling; whitespace and stray characters are refused.</summary>
    public static byte[]? DecodeBase64(string text, int maxBytes)
    {
        if (text.Length == 0 || text.Length % 4 != 0 || text.Length / 4 * 3 > maxBytes + 2)
        {
            return null;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '='))
            {
                return null;
            }
        }

        var buffer = new byte[text.Length / 4 * 3];
        if (!Convert.TryFromBase64String(text, buffer, out var written))
        {
            return null;
        }

        var result = buffer.AsSpan(0, written).ToArray();
        return string.Equals(Convert.ToBase64String(result), text, StringComparison.Ordinal) ? result : null;
    }
}
