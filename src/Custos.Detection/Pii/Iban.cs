using System.Collections.Frozen;

namespace Custos.Detection.Pii;

/// <summary>IBANs: the registry's length per country and the ISO 7064 mod-97 check.</summary>
internal static class Iban
{
    public static FrozenDictionary<string, int> Lengths { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22,
        ["BH"] = 22, ["BI"] = 27, ["BR"] = 29, ["BY"] = 28, ["CH"] = 21, ["CR"] = 22, ["CY"] = 28, ["CZ"] = 24,
        ["DE"] = 22, ["DJ"] = 27, ["DK"] = 18, ["DO"] = 28, ["EE"] = 20, ["EG"] = 29, ["ES"] = 24, ["FI"] = 18,
        ["FK"] = 18, ["FO"] = 18, ["FR"] = 27, ["GB"] = 22, ["GE"] = 22, ["GI"] = 23, ["GL"] = 18, ["GR"] = 27,
        ["GT"] = 28, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IL"] = 23, ["IQ"] = 23, ["IS"] = 26, ["IT"] = 27,
        ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20, ["LB"] = 28, ["LC"] = 32, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20,
        ["LV"] = 21, ["LY"] = 25, ["MC"] = 27, ["MD"] = 24, ["ME"] = 22, ["MK"] = 19, ["MN"] = 20, ["MR"] = 27,
        ["MT"] = 31, ["MU"] = 30, ["NI"] = 28, ["NL"] = 18, ["NO"] = 15, ["OM"] = 23, ["PK"] = 24, ["PL"] = 28,
        ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24, ["RS"] = 22, ["RU"] = 33, ["SA"] = 24, ["SC"] = 31,
        ["SD"] = 18, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["SO"] = 23, ["ST"] = 25, ["SV"] = 28,
        ["TL"] = 23, ["TN"] = 24, ["TR"] = 26, ["UA"] = 29, ["VA"] = 22, ["VG"] = 24, ["XK"] = 20, ["YE"] = 30,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Reads an IBAN starting at <paramref name="start"/>, in one block or in groups of four separated by single spaces.</summary>
    public static bool TryMatch(string text, int start, out int end)
    {
        end = start;
        if (start + 4 > text.Length || !Lengths.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(start, 2), out var length))
        {
            return false;
        }

        Span<char> compact = stackalloc char[34];
        var count = 0;
        var i = start;
        var grouped = false;
        while (count < length && i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c))
            {
                compact[count++] = c;
                i++;
            }
            else if (c == ' ' && count % 4 == 0 && count > 0 && (grouped || count == 4) && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                grouped = true;
                i++;
            }
            else
            {
                break;
            }
        }

        if (count != length || (i < text.Length && char.IsLetterOrDigit(text[i])))
        {
            return false;
        }

        if (!char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]) || !Mod97(compact[..count]))
        {
            return false;
        }

        end = i;
        return true;
    }

    /// <summary>The check on an IBAN without spaces: move the first four characters to the end, letters as 10..35, mod 97 is 1.</summary>
    public static bool Mod97(ReadOnlySpan<char> iban)
    {
        var remainder = 0;
        for (var k = 0; k < iban.Length; k++)
        {
            var c = iban[(k + 4) % iban.Length];
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }
}
