using System.Globalization;

namespace Custos.Detection.Tests.Evaluation;

/// <summary>
/// US ITINs and ABA routing numbers, Aadhaar and PAN, Spanish NIF and NIE, Italian fiscal codes, with their check
/// characters computed here from the published rules (not by the detector's code), and near misses with one
/// character changed.
/// </summary>
internal static class TaxIdFakes
{
    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static readonly int[] ItinGroups = [.. Enumerable.Range(50, 16), .. Enumerable.Range(70, 19), 90, 91, 92, .. Enumerable.Range(94, 6)];

    /// <summary>9XX-GG-XXXX with an IRS group; <paramref name="separator"/> '\0' for nine bare digits.</summary>
    public static string Itin(this Fakes f, char separator)
    {
        var area = "9" + f.Digits(2);
        var group = S(f.Pick(ItinGroups));
        var serial = f.Digits(4);
        return separator == '\0' ? area + group + serial : $"{area}{separator}{group}{separator}{serial}";
    }

    /// <summary>A 9XX number whose group the IRS does not use for ITINs (66-69, 89, 93, 10-49): neither an ITIN nor an SSN.</summary>
    public static string NotItin(this Fakes f) =>
        $"9{f.Digits(2)}-{f.Pick([66, 67, 68, 69, 89, 93, f.Random.Next(10, 50)])}-{f.Digits(4)}";

    private static readonly int[] AbaPrefixes = [.. Enumerable.Range(0, 13), .. Enumerable.Range(21, 12), .. Enumerable.Range(61, 12), 80];

    public static string Aba(this Fakes f, bool dashed = false)
    {
        while (true)
        {
            var body = S(f.Pick(AbaPrefixes)).PadLeft(2, '0') + f.Digits(6);
            int[] w = [3, 7, 1, 3, 7, 1, 3, 7];
            var sum = body.Select((c, k) => (c - '0') * w[k]).Sum();
            var number = body + S((10 - (sum % 10)) % 10);
            if (number.Distinct().Count() > 1)
            {
                return dashed ? $"{number[..4]}-{number[4..8]}-{number[8]}" : number;
            }
        }
    }

    /// <summary>One digit changed (by 1 to 9): the 3-7-1 weights are prime to ten, so the sum no longer is a multiple of it.</summary>
    public static string BrokenAba(this Fakes f)
    {
        var aba = f.Aba();
        var k = f.Random.Next(2, 9);
        return aba[..k] + S(((aba[k] - '0') + f.Random.Next(1, 10)) % 10) + aba[(k + 1)..];
    }

    // Verhoeff over the dihedral group D5, computed from its definition rather than from a table.
    private static int D5(int i, int j) => (i < 5, j < 5) switch
    {
        (true, true) => (i + j) % 5,
        (true, false) => 5 + ((i + j) % 5),
        (false, true) => 5 + ((i - j + 5) % 5),
        _ => (i - j + 5) % 5,
    };

    private static readonly int[] P1 = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];

    private static int P(int position, int digit)
    {
        for (var k = 0; k < position % 8; k++)
        {
            digit = P1[digit];
        }

        return digit;
    }

    public static bool VerhoeffHolds(string digits)
    {
        var c = 0;
        for (var k = 0; k < digits.Length; k++)
        {
            c = D5(c, P(k, digits[digits.Length - 1 - k] - '0'));
        }

        return c == 0;
    }

    public static string Aadhaar(this Fakes f, bool spaced, char separator = ' ')
    {
        while (true)
        {
            var body = S(f.Random.Next(2, 10)) + f.Digits(10);
            var number = Enumerable.Range(0, 10).Select(d => body + S(d)).First(VerhoeffHolds);
            if (number.Distinct().Count() > 1)
            {
                return spaced ? $"{number[..4]}{separator}{number[4..8]}{separator}{number[8..]}" : number;
            }
        }
    }

    /// <summary>
    /// One digit changed (Verhoeff catches every such change). Numbers starting 5 or 6 are left out: twelve digits
    /// there with a valid Luhn sum are a Maestro card number, which is reported as a card.
    /// </summary>
    public static string BrokenAadhaar(this Fakes f)
    {
        while (true)
        {
            var a = f.Aadhaar(spaced: false);
            var k = f.Random.Next(1, 12);
            var broken = a[..k] + S(((a[k] - '0') + f.Random.Next(1, 10)) % 10) + a[(k + 1)..];
            if (broken[0] is not ('5' or '6'))
            {
                return $"{broken[..4]} {broken[4..8]} {broken[8..]}";
            }
        }
    }

    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static string Pan(this Fakes f) =>
        f.Chars(Upper, 3) + f.Pick(['P', 'C', 'H', 'F', 'A', 'T', 'B', 'L', 'J', 'G']) + f.Chars(Upper, 1) + S(f.Random.Next(1, 10000)).PadLeft(4, '0') + f.Chars(Upper, 1);

    /// <summary>A PAN shape whose fourth letter names no holder status.</summary>
    public static string BadStatusPan(this Fakes f) =>
        f.Chars(Upper, 3) + f.Pick(['D', 'E', 'K', 'M', 'N', 'Q', 'R', 'S', 'U', 'V', 'W', 'X', 'Y', 'Z']) + f.Chars(Upper, 1) + f.Digits(4) + f.Chars(Upper, 1);

    private const string SpanishLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

    public static string Nif(this Fakes f, bool dash)
    {
        var n = f.Random.Next(1, 100_000_000);
        return n.ToString("00000000", CultureInfo.InvariantCulture) + (dash ? "-" : "") + SpanishLetters[n % 23];
    }

    public static string Nie(this Fakes f)
    {
        var lead = f.Random.Next(3);
        var n = f.Random.Next(0, 10_000_000);
        return "XYZ"[lead] + n.ToString("0000000", CultureInfo.InvariantCulture) + SpanishLetters[((lead * 10_000_000) + n) % 23];
    }

    /// <summary>A NIF or NIE with a wrong control letter.</summary>
    public static string BrokenSpanishId(this Fakes f, bool nie)
    {
        var v = nie ? f.Nie() : f.Nif(dash: false);
        var right = SpanishLetters.IndexOf(v[^1], StringComparison.Ordinal);
        return v[..^1] + SpanishLetters[(right + f.Random.Next(1, 23)) % 23];
    }

    private static readonly Dictionary<char, int> OddValues = new()
    {
        ['0'] = 1, ['1'] = 0, ['2'] = 5, ['3'] = 7, ['4'] = 9, ['5'] = 13, ['6'] = 15, ['7'] = 17, ['8'] = 19, ['9'] = 21,
        ['A'] = 1, ['B'] = 0, ['C'] = 5, ['D'] = 7, ['E'] = 9, ['F'] = 13, ['G'] = 15, ['H'] = 17, ['I'] = 19, ['J'] = 21,
        ['K'] = 2, ['L'] = 4, ['M'] = 18, ['N'] = 20, ['O'] = 11, ['P'] = 3, ['Q'] = 6, ['R'] = 8, ['S'] = 12, ['T'] = 14,
        ['U'] = 16, ['V'] = 10, ['W'] = 22, ['X'] = 25, ['Y'] = 24, ['Z'] = 23,
    };

    private static int EvenValue(char c) => char.IsAsciiDigit(c) ? c - '0' : c - 'A';

    /// <summary>A codice fiscale; with <paramref name="omocodia"/>, its last one to three digits replaced by their letters.</summary>
    public static string FiscalCode(this Fakes f, int omocodia = 0)
    {
        var day = f.Random.Next(1, 29) + (f.Random.Next(2) == 0 ? 0 : 40);
        var chars = (f.Chars(Upper, 6) + f.Digits(2) + f.Pick("ABCDEHLMPRST".ToCharArray()) + day.ToString("00", CultureInfo.InvariantCulture)
            + f.Chars(Upper, 1) + f.Digits(3)).ToCharArray();
        int[] digitSlots = [14, 13, 12, 10, 9, 7, 6];
        for (var k = 0; k < omocodia; k++)
        {
            chars[digitSlots[k]] = "LMNPQRSTUV"[chars[digitSlots[k]] - '0'];
        }

        var code = new string(chars);
        var sum = code.Select((c, k) => k % 2 == 0 ? OddValues[c] : EvenValue(c)).Sum();
        return code + (char)('A' + (sum % 26));
    }

    /// <summary>A codice fiscale with its check letter changed.</summary>
    public static string BrokenFiscalCode(this Fakes f)
    {
        var code = f.FiscalCode();
        return code[..^1] + (char)('A' + ((code[^1] - 'A' + f.Random.Next(1, 26)) % 26));
    }

    private static string ChangeOneDigit(Fakes f, string digits, int from)
    {
        var k = f.Random.Next(from, digits.Length);
        return digits[..k] + S(((digits[k] - '0') + f.Random.Next(1, 10)) % 10) + digits[(k + 1)..];
    }

    /// <summary>An ABN: subtract one from the first digit, weight 10 1 3 5 7 9 11 13 15 17 19, the sum a multiple of 89.</summary>
    public static string Abn(this Fakes f, bool spaced)
    {
        int[] w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
        while (true)
        {
            var tail = f.Digits(9);
            for (var first = 10; first < 100; first++)
            {
                var n = S(first) + tail;
                if (n.Select((c, k) => ((c - '0') - (k == 0 ? 1 : 0)) * w[k]).Sum() % 89 == 0)
                {
                    return spaced ? $"{n[..2]} {n[2..5]} {n[5..8]} {n[8..]}" : n;
                }
            }
        }
    }

    /// <summary>One digit changed (mod 89 catches every such change); not starting with 1, where 1X XXX XXX XXX reads as a North American phone number.</summary>
    public static string BrokenAbn(this Fakes f)
    {
        while (true)
        {
            var n = ChangeOneDigit(f, f.Abn(spaced: false), 1);
            if (n[0] != '1')
            {
                return $"{n[..2]} {n[2..5]} {n[5..8]} {n[8..]}";
            }
        }
    }

    /// <summary>A TFN: weights 1 4 3 7 5 8 6 9 10, the sum a multiple of 11.</summary>
    public static string Tfn(this Fakes f, bool spaced)
    {
        int[] w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
        while (true)
        {
            var body = f.Digits(8);
            var sum = body.Select((c, k) => (c - '0') * w[k]).Sum();
            var last = Enumerable.Range(0, 10).FirstOrDefault(d => (sum + (10 * d)) % 11 == 0, -1);
            if (last >= 0)
            {
                var n = body + S(last);
                return spaced ? $"{n[..3]} {n[3..6]} {n[6..]}" : n;
            }
        }
    }

    public static string BrokenTfn(this Fakes f)
    {
        var n = ChangeOneDigit(f, f.Tfn(spaced: false), 0);
        return $"{n[..3]} {n[3..6]} {n[6..]}";
    }

    /// <summary>An NRIC or FIN: S, T, F or G, seven digits weighted 2 7 6 5 4 3 2 (plus 4 for T and G), the letter of the sum mod 11.</summary>
    public static string Nric(this Fakes f)
    {
        var lead = f.Pick(['S', 'T', 'F', 'G']);
        var digits = f.Digits(7);
        int[] w = [2, 7, 6, 5, 4, 3, 2];
        var sum = digits.Select((c, k) => (c - '0') * w[k]).Sum() + (lead is 'T' or 'G' ? 4 : 0);
        return lead + digits + (lead is 'S' or 'T' ? "JZIHGFEDCBA" : "XWUTRQPNMLK")[sum % 11];
    }

    public static string BrokenNric(this Fakes f)
    {
        var n = f.Nric();
        var letters = n[0] is 'S' or 'T' ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
        return n[..^1] + letters[(letters.IndexOf(n[^1], StringComparison.Ordinal) + f.Random.Next(1, 11)) % 11];
    }

    /// <summary>A PESEL: YYMMDD with the month raised by 20 for the 2000s, a four-digit serial, the 1-3-7-9 check.</summary>
    public static string Pesel(this Fakes f)
    {
        var date = new DateOnly(1930, 1, 1).AddDays(f.Random.Next(0, 29_000));
        var month = date.Month + (date.Year >= 2000 ? 20 : 0);
        var body = $"{date.Year % 100:00}{month:00}{date.Day:00}{f.Digits(4)}";
        int[] w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
        var sum = body.Select((c, k) => (c - '0') * w[k]).Sum();
        return body + S((10 - (sum % 10)) % 10);
    }

    public static string BrokenPesel(this Fakes f) => ChangeOneDigit(f, f.Pesel(), 0);

    private const string HetuChecks = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /// <summary>A henkilötunnus: DDMMYY, '-' (1900s) or 'A' (2000s), a serial 002-899, the check character of DDMMYYNNN mod 31.</summary>
    public static string Hetu(this Fakes f)
    {
        var date = new DateOnly(1930, 1, 1).AddDays(f.Random.Next(0, 29_000));
        var serial = f.Random.Next(2, 900);
        var n = $"{date.Day:00}{date.Month:00}{date.Year % 100:00}{serial:000}";
        return $"{n[..6]}{(date.Year >= 2000 ? 'A' : '-')}{n[6..]}{HetuChecks[(int)(long.Parse(n, CultureInfo.InvariantCulture) % 31)]}";
    }

    /// <summary>
    /// The check character changed to a wrong letter (a wrong digit there would leave DDMMYY-NNNN, ten digits that
    /// read as a phone number).
    /// </summary>
    public static string BrokenHetu(this Fakes f)
    {
        var h = f.Hetu();
        var letters = HetuChecks[10..];
        var right = letters.IndexOf(h[^1], StringComparison.Ordinal);
        return h[..^1] + letters[right < 0 ? f.Random.Next(letters.Length) : (right + f.Random.Next(1, letters.Length)) % letters.Length];
    }
}
