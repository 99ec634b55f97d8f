using Custos.Detection.Scanning;

namespace Custos.Detection.Pii;

/// <summary>
/// EU VAT identification numbers: the country prefix, then the national format with its check where one exists
/// (DE ISO 7064 mod 11,10; IT office code and Luhn; FR key over the SIREN mod 97 and the SIREN's Luhn; NL mod 11 or
/// mod 97; ES DNI, NIE and CIF check characters; BE mod 97; AT weighted digit sums; PL, PT, DK, FI weighted mod 11;
/// SE Luhn and 01; IE weighted mod 23; LU mod 89). The body may be written in groups split by single spaces or dots.
/// </summary>
internal static class VatId
{
    private const int MaxBody = 12;

    /// <summary>True when the two characters at <paramref name="start"/> are a prefix this reader knows.</summary>
    public static bool IsCountry(char a, char b) => (a, b) is ('D', 'E') or ('I', 'T') or ('F', 'R') or ('N', 'L') or ('E', 'S') or ('B', 'E')
        or ('A', 'T') or ('P', 'L') or ('S', 'E') or ('D', 'K') or ('F', 'I') or ('P', 'T') or ('I', 'E') or ('L', 'U');

    /// <summary>Reads a VAT id at <paramref name="start"/> (a country prefix at a word start); false when there is none.</summary>
    public static bool TryMatch(string text, int start, out int end, out string type, out string country)
    {
        end = -1;
        type = EntityTypes.EuVatId;
        country = text.Substring(start, 2);
        var i = start + 2;
        if (Chars.At(text, i) == ' ' && char.IsAsciiLetterOrDigit(Chars.At(text, i + 1)))
        {
            i++;
        }

        Span<char> body = stackalloc char[MaxBody];
        var count = 0;
        while (true)
        {
            var c = Chars.At(text, i);
            if (char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c))
            {
                if (count == MaxBody)
                {
                    break;
                }

                body[count++] = c;
                i++;
                continue;
            }

            // A group ends here: is what was read so far an id?
            if (!Chars.IsWordChar(c) && count >= 8 && IsValid(country, body[..count]))
            {
                end = i;
            }

            var next = Chars.At(text, i + 1);
            if (c is ' ' or '.' && count > 0 && (char.IsAsciiDigit(next) || (char.IsAsciiLetterUpper(next) && country is "NL" or "ES" or "IE")))
            {
                i++;
                continue;
            }

            break;
        }

        if (end < 0)
        {
            return false;
        }

        type = country switch
        {
            "DE" => EntityTypes.DeVatId,
            "IT" => EntityTypes.ItVatCode,
            _ => EntityTypes.EuVatId,
        };
        return true;
    }

    public static bool IsValid(string country, ReadOnlySpan<char> b) => country switch
    {
        "DE" => b.Length == 9 && AllDigits(b) && b[0] != '0' && Mod11_10(b),
        "IT" => b.Length == 11 && AllDigits(b) && Italy(b),
        "FR" => b.Length == 11 && AllDigits(b) && France(b),
        "NL" => b.Length == 12 && AllDigits(b[..9]) && b[9] == 'B' && AllDigits(b[10..]) && !b[10..].SequenceEqual("00") && Netherlands(b),
        "ES" => b.Length == 9 && Spain(b),
        "BE" => b.Length == 10 && AllDigits(b) && b[0] is '0' or '1' && 97 - (Number(b[..8]) % 97) == Number(b[8..]),
        "AT" => b.Length == 9 && b[0] == 'U' && AllDigits(b[1..]) && Austria(b[1..]),
        "PL" => b.Length == 10 && AllDigits(b) && Weighted(b, [6, 5, 7, 2, 3, 4, 5, 6, 7], 11) is var pl && pl < 10 && pl == b[9] - '0',
        "SE" => b.Length == 12 && AllDigits(b) && b[10..].SequenceEqual("01") && CreditCard.Luhn(b[..10]),
        "DK" => b.Length == 8 && AllDigits(b) && b[0] != '0' && Weighted(b, [2, 7, 6, 5, 4, 3, 2, 1], 11) == 0,
        "FI" => b.Length == 8 && AllDigits(b) && Weighted(b, [7, 9, 10, 5, 8, 4, 2, 1], 11) == 0,
        "PT" => b.Length == 9 && AllDigits(b) && b[0] != '0' && Portugal(b),
        "IE" => b.Length is 8 or 9 && Ireland(b),
        "LU" => b.Length == 8 && AllDigits(b) && Number(b[..6]) % 89 == Number(b[6..]),
        _ => false,
    };

    private static bool AllDigits(ReadOnlySpan<char> b) => !b.IsEmpty && !b.ContainsAnyExceptInRange('0', '9');

    private static long Number(ReadOnlySpan<char> digits)
    {
        long n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }

    private static int Weighted(ReadOnlySpan<char> digits, ReadOnlySpan<int> weights, int modulus)
    {
        var sum = 0;
        for (var k = 0; k < weights.Length; k++)
        {
            sum += (digits[k] - '0') * weights[k];
        }

        return sum % modulus;
    }

    /// <summary>ISO 7064 MOD 11,10 over nine digits, the last being the check.</summary>
    private static bool Mod11_10(ReadOnlySpan<char> b)
    {
        var product = 10;
        for (var k = 0; k < 8; k++)
        {
            var sum = ((b[k] - '0') + product) % 10;
            if (sum == 0)
            {
                sum = 10;
            }

            product = 2 * sum % 11;
        }

        var check = 11 - product;
        return (check == 10 ? 0 : check) == b[8] - '0';
    }

    private static bool Italy(ReadOnlySpan<char> b)
    {
        if (b[..7].SequenceEqual("0000000"))
        {
            return false;
        }

        var office = (int)Number(b[7..10]);
        return office is (>= 1 and <= 100) or 120 or 121 or 888 or 999 && CreditCard.Luhn(b);
    }

    private static bool France(ReadOnlySpan<char> b)
    {
        var siren = b[2..];
        return CreditCard.Luhn(siren) && !siren.SequenceEqual("000000000") && (12 + (3 * (Number(siren) % 97))) % 97 == Number(b[..2]);
    }

    private static bool Netherlands(ReadOnlySpan<char> b)
    {
        // The old form: the citizen service number's mod 11 (weights 9 to 2, the last digit subtracted).
        var sum = 0;
        for (var k = 0; k < 8; k++)
        {
            sum += (b[k] - '0') * (9 - k);
        }

        sum -= b[8] - '0';
        if (sum % 11 == 0 && !b[..9].SequenceEqual("000000000"))
        {
            return true;
        }

        // Since 2020 for sole traders: "NL" and the number, letters as 10..35, mod 97 is 1.
        var remainder = (23 * 100 + 21) % 97;
        foreach (var c in b)
        {
            remainder = char.IsAsciiDigit(c) ? ((remainder * 10) + (c - '0')) % 97 : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return remainder == 1;
    }

    private const string DniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

    private static bool Spain(ReadOnlySpan<char> b)
    {
        var first = b[0];
        var last = b[8];
        if (!AllDigits(b[1..8]))
        {
            return false;
        }

        if (char.IsAsciiDigit(first))
        {
            // DNI: eight digits and the letter of the number mod 23.
            return AllDigits(b[..8]) && DniLetters[(int)(Number(b[..8]) % 23)] == last;
        }

        if (first is 'X' or 'Y' or 'Z')
        {
            // NIE: X, Y, Z stand for 0, 1, 2 before the seven digits.
            return DniLetters[(int)((((first - 'X') * 10_000_000L) + Number(b[1..8])) % 23)] == last;
        }

        if (first is 'K' or 'L' or 'M')
        {
            return DniLetters[(int)(Number(b[1..8]) % 23)] == last;
        }

        if ("ABCDEFGHJNPQRSUVW".Contains(first, StringComparison.Ordinal))
        {
            // CIF: digits in even places summed, digits in odd places doubled and their digits summed.
            var sum = 0;
            for (var k = 1; k <= 7; k++)
            {
                var d = b[k] - '0';
                sum += k % 2 == 0 ? d : (d * 2 / 10) + (d * 2 % 10);
            }

            var check = (10 - (sum % 10)) % 10;
            return last == (char)('0' + check) || last == "JABCDEFGHI"[check];
        }

        return false;
    }

    private static bool Austria(ReadOnlySpan<char> d)
    {
        var sum = 0;
        for (var k = 0; k < 7; k++)
        {
            var v = (d[k] - '0') * (k % 2 == 0 ? 1 : 2);
            sum += (v / 10) + (v % 10);
        }

        return (96 - sum) % 10 == d[7] - '0';
    }

    private static bool Portugal(ReadOnlySpan<char> b)
    {
        var sum = 0;
        for (var k = 0; k < 8; k++)
        {
            sum += (b[k] - '0') * (9 - k);
        }

        var check = 11 - (sum % 11);
        return (check >= 10 ? 0 : check) == b[8] - '0';
    }

    private const string IrishLetters = "WABCDEFGHIJKLMNOPQRSTUV";

    private static bool Ireland(ReadOnlySpan<char> b)
    {
        // Seven digits, the check letter, and in the newer form a second letter (A to I, or W) counted with weight 9.
        if (!AllDigits(b[..7]) || !char.IsAsciiLetterUpper(b[7]))
        {
            return false;
        }

        var sum = 0;
        for (var k = 0; k < 7; k++)
        {
            sum += (b[k] - '0') * (8 - k);
        }

        if (b.Length == 9)
        {
            var extra = IrishLetters.IndexOf(b[8], StringComparison.Ordinal);
            if (extra is < 0 or > 9)
            {
                return false;
            }

            sum += 9 * extra;
        }

        return IrishLetters[sum % 23] == b[7];
    }
}
