using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Custos.Detection.Redaction;

/// <summary>
/// A reversible redaction token as it stands in redacted text: <c>[EMAIL_ADDRESS:tok_…]</c>, the finding type
/// and an identifier of <c>tok_</c> and 26 base32 characters (128 random bits). The identifier is drawn at
/// random, never derived from the value, so a token says nothing about what it stands for; only the vault that
/// issued it can turn it back into the value.
/// </summary>
public readonly record struct RedactionToken(string Type, string Id)
{
    public const string IdPrefix = "tok_";

    /// <summary>Base32 characters after <see cref="IdPrefix"/>.</summary>
    public const int IdRandomLength = 26;

    /// <summary>The longest type name (as for types of the user's own).</summary>
    public const int MaxTypeLength = 64;

    /// <summary>The longest token text: brackets, type, colon and identifier.</summary>
    public const int MaxLength = 2 + MaxTypeLength + 1 + 4 + IdRandomLength;

    private const string Base32Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>The text written in place of the value: <c>[TYPE:tok_…]</c>.</summary>
    public override string ToString() => $"[{Type}:{Id}]";

    /// <summary>A new random identifier: <c>tok_</c> and 26 base32 characters.</summary>
    public static string NewId()
    {
        Span<byte> random = stackalloc byte[16];
        RandomNumberGenerator.Fill(random);
        Span<char> text = stackalloc char[IdPrefix.Length + IdRandomLength];
        IdPrefix.AsSpan().CopyTo(text);
        var at = IdPrefix.Length;
        int buffer = 0, bits = 0;
        foreach (var b in random)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text[at++] = Base32Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }

        // 128 bits leave 3: the last character carries them, padded with zero bits.
        text[at] = Base32Alphabet[(buffer << (5 - bits)) & 31];
        return new string(text);
    }

    /// <summary>True when <paramref name="type"/> can name a token's type: a capital, then capitals, digits and underscores.</summary>
    public static bool IsType(ReadOnlySpan<char> type)
    {
        if (type.Length is 0 or > MaxTypeLength || !char.IsAsciiLetterUpper(type[0]))
        {
            return false;
        }

        foreach (var c in type)
        {
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="id"/> is <c>tok_</c> and 26 base32 characters as <see cref="NewId"/> writes them.</summary>
    public static bool IsId(ReadOnlySpan<char> id)
    {
        if (id.Length != IdPrefix.Length + IdRandomLength || !id.StartsWith(IdPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in id[IdPrefix.Length..])
        {
            if (!(char.IsAsciiLetterLower(c) || c is >= '2' and <= '7'))
            {
                return false;
            }
        }

        // The last character holds 3 bits and 2 zero padding bits: anything else was never issued.
        return (Base32Alphabet.IndexOf(id[^1], StringComparison.Ordinal) & 3) == 0;
    }

    /// <summary>
    /// Reads a token written as <c>[TYPE:tok_…]</c> (surrounding white space ignored). Returns false with what
    /// is wrong, never the text itself, for anything else.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out RedactionToken token, [NotNullWhen(false)] out string? error)
    {
        token = default;
        text = text.Trim();
        if (text.Length == 0)
        {
            error = "the token is empty; a token looks like [EMAIL_ADDRESS:tok_abcdefghijklmnopqrstuvwxyz]";
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = $"the token is {text.Length} characters long; a token is at most {MaxLength}";
            return false;
        }

        if (text[0] != '[' || text[^1] != ']')
        {
            error = "a token is written in square brackets, as in [EMAIL_ADDRESS:tok_abcdefghijklmnopqrstuvwxyz]; copy it whole from the redacted text";
            return false;
        }

        var inner = text[1..^1];
        var colon = inner.IndexOf(':');
        if (colon < 0)
        {
            error = "a token is a type and an id separated by ':', as in [EMAIL_ADDRESS:tok_abcdefghijklmnopqrstuvwxyz]";
            return false;
        }

        var type = inner[..colon];
        var id = inner[(colon + 1)..];
        if (!IsType(type))
        {
            error = "the token's type must be capitals, digits and underscores (EMAIL_ADDRESS), at most 64 characters";
            return false;
        }

        if (!IsId(id))
        {
            error = $"the token's id must be '{IdPrefix}' and {IdRandomLength} letters a-z and digits 2-7 as Custos wrote it; it may have been cut short or changed";
            return false;
        }

        token = new RedactionToken(type.ToString(), id.ToString());
        error = null;
        return true;
    }
}
