using System.Security.Cryptography;
using Custos.Detection.Scanning;

namespace Custos.Detection.Pii;

/// <summary>
/// Bitcoin addresses: base58check (P2PKH from 1, P2SH from 3: 25 bytes, version 0 or 5, the first four bytes of
/// the double SHA-256 as checksum) and segwit bech32 / bech32m (bc1…, the BCH checksum, witness version and
/// program length). Each read is bounded by the longest address.
/// </summary>
internal static class Bitcoin
{
    private const string Base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const string Bech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    /// <summary>Reads a base58check address at <paramref name="start"/> (a 1 or 3 at a word start); returns its end or -1.</summary>
    public static int MatchBase58(string text, int start)
    {
        var i = start;
        while (i < text.Length && i - start <= 35 && IsBase58(text[i]))
        {
            i++;
        }

        var length = i - start;
        if (length is < 26 or > 35 || Chars.IsWordChar(Chars.At(text, i)))
        {
            return -1;
        }

        Span<byte> decoded = stackalloc byte[25];
        if (!DecodeBase58(text.AsSpan(start, length), decoded) || decoded[0] != (text[start] == '1' ? 0x00 : 0x05))
        {
            return -1;
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(decoded[..21], hash);
        SHA256.HashData(hash, hash);
        return hash[..4].SequenceEqual(decoded[21..]) ? i : -1;
    }

    private static bool IsBase58(char c) => char.IsAsciiLetterOrDigit(c) && c is not ('0' or 'O' or 'I' or 'l');

    /// <summary>Base58 to exactly 25 bytes (big-endian), leading '1's as zero bytes; false when it does not fit.</summary>
    private static bool DecodeBase58(ReadOnlySpan<char> value, Span<byte> output)
    {
        output.Clear();
        foreach (var c in value)
        {
            var carry = Base58.IndexOf(c, StringComparison.Ordinal);
            for (var k = output.Length - 1; k >= 0; k--)
            {
                carry += 58 * output[k];
                output[k] = (byte)carry;
                carry >>= 8;
            }

            if (carry != 0)
            {
                return false;
            }
        }

        // The leading '1's must be exactly the leading zero bytes.
        var ones = 0;
        while (ones < value.Length && value[ones] == '1')
        {
            ones++;
        }

        var zeros = 0;
        while (zeros < output.Length && output[zeros] == 0)
        {
            zeros++;
        }

        return ones == zeros;
    }

    /// <summary>Reads a bech32 or bech32m segwit address at <paramref name="start"/> ("bc1" or "BC1" at a word start); returns its end or -1.</summary>
    public static int MatchBech32(string text, int start)
    {
        var upper = text[start] == 'B';
        if (!(upper ? text.AsSpan(start).StartsWith("BC1") : text.AsSpan(start).StartsWith("bc1")))
        {
            return -1;
        }

        var i = start + 3;
        Span<byte> data = stackalloc byte[72];
        var count = 0;
        while (i < text.Length && count < data.Length)
        {
            var c = text[i];
            var lower = upper ? char.ToLowerInvariant(c) : c;
            if ((upper && char.IsAsciiLetterLower(c)) || (!upper && char.IsAsciiLetterUpper(c)))
            {
                return -1;
            }

            var value = Bech32.IndexOf(lower, StringComparison.Ordinal);
            if (value < 0)
            {
                break;
            }

            data[count++] = (byte)value;
            i++;
        }

        // 14 to 74 characters in all; version, program of 2 to 40 bytes, six checksum characters.
        if (count is < 11 or > 71 || Chars.IsWordChar(Chars.At(text, i)))
        {
            return -1;
        }

        var version = data[0];
        var programBits = (count - 7) * 5;
        var programBytes = programBits / 8;
        if (version > 16 || programBits % 8 > 4 || programBytes is < 2 or > 40 || (version == 0 && programBytes is not (20 or 32)))
        {
            return -1;
        }

        var constant = Polymod(data[..count]);
        return (version == 0 ? constant == 1 : constant == 0x2bc830a3) ? i : -1;
    }

    /// <summary>The BCH checksum over the human-readable part "bc" expanded, then the data with its checksum.</summary>
    private static uint Polymod(ReadOnlySpan<byte> data)
    {
        uint chk = 1;
        // "bc" expanded: the high bits of each character, a zero, the low bits.
        ReadOnlySpan<byte> hrp = [3, 3, 0, 2, 3];
        foreach (var v in hrp)
        {
            chk = Step(chk, v);
        }

        foreach (var v in data)
        {
            chk = Step(chk, v);
        }

        return chk;
    }

    private static uint Step(uint chk, byte value)
    {
        var top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ value;
        if ((top & 1) != 0)
        {
            chk ^= 0x3b6a57b2;
        }

        if ((top & 2) != 0)
        {
            chk ^= 0x26508e6d;
        }

        if ((top & 4) != 0)
        {
            chk ^= 0x1ea119fa;
        }

        if ((top & 8) != 0)
        {
            chk ^= 0x3d4233dd;
        }

        if ((top & 16) != 0)
        {
            chk ^= 0x2a1462b3;
        }

        return chk;
    }
}
