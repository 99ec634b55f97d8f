using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Custos.Detection.Tests.Evaluation;

/// <summary>
/// National identifiers with their check digits computed here from the published rules (not by the detector's
/// code): National Insurance and NHS numbers, EU VAT ids, Bitcoin addresses and dates of birth.
/// </summary>
internal static class IdFakes
{
    private const string NinoFirst = "ABCEGHJKLMNOPRSTWXYZ";
    private const string NinoSecond = "ABCEGHJKLMNPRSTWXYZ";
    private static readonly string[] NinoBanned = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"];

    public static string Nino(this Fakes f, bool spaced)
    {
        string prefix;
        do
        {
            prefix = $"{f.Pick(NinoFirst.ToCharArray())}{f.Pick(NinoSecond.ToCharArray())}";
        }
        while (NinoBanned.Contains(prefix));

        var digits = f.Digits(6);
        var suffix = f.Pick("ABCD".ToCharArray());
        return spaced ? $"{prefix} {digits[..2]} {digits[2..4]} {digits[4..]} {suffix}" : $"{prefix}{digits}{suffix}";
    }

    public static string Nhs(this Fakes f, bool spaced)
    {
        while (true)
        {
            var digits = f.Digits(9);
            var sum = 0;
            for (var k = 0; k < 9; k++)
            {
                sum += (digits[k] - '0') * (10 - k);
            }

            var check = 11 - (sum % 11);
            if (check == 10)
            {
                continue;
            }

            var number = digits + (check == 11 ? 0 : check).ToString(CultureInfo.InvariantCulture);
            return spaced ? $"{number[..3]} {number[3..6]} {number[6..]}" : number;
        }
    }

    public static readonly string[] VatCountries = ["DE", "IT", "FR", "NL", "ES", "BE", "AT", "PL", "SE", "DK", "FI", "PT", "IE", "LU"];

    public static string Vat(this Fakes f, string country)
    {
        while (true)
        {
            var v = VatBody(f, country);
            if (v is not null)
            {
                return country + v;
            }
        }
    }

    public static string VatType(string country) => country switch
    {
        "DE" => EntityTypes.DeVatId,
        "IT" => EntityTypes.ItVatCode,
        _ => EntityTypes.EuVatId,
    };

    private static int D(char c) => c - '0';

    private static string LuhnDigit(string payload)
    {
        var sum = 0;
        for (var k = 0; k < payload.Length; k++)
        {
            var v = D(payload[payload.Length - 1 - k]);
            if (k % 2 == 0)
            {
                v *= 2;
                v = v > 9 ? v - 9 : v;
            }

            sum += v;
        }

        return ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    private static string? VatBody(Fakes f, string country)
    {
        var r = f.Random;
        switch (country)
        {
            case "DE":
            {
                var b = r.Next(1, 10).ToString(CultureInfo.InvariantCulture) + f.Digits(7);
                var product = 10;
                foreach (var c in b)
                {
                    var sum = (D(c) + product) % 10;
                    product = 2 * (sum == 0 ? 10 : sum) % 11;
                }

                var check = 11 - product;
                return b + (check == 10 ? 0 : check).ToString(CultureInfo.InvariantCulture);
            }

            case "IT":
            {
                var b = f.Digits(7) + r.Next(1, 101).ToString("000", CultureInfo.InvariantCulture);
                return b.StartsWith("0000000", StringComparison.Ordinal) ? null : b + LuhnDigit(b);
            }

            case "FR":
            {
                var siren = r.Next(1, 10).ToString(CultureInfo.InvariantCulture) + f.Digits(7);
                siren += LuhnDigit(siren);
                var key = (12 + (3 * (long.Parse(siren, CultureInfo.InvariantCulture) % 97))) % 97;
                return key.ToString("00", CultureInfo.InvariantCulture) + siren;
            }

            case "NL":
            {
                var b = f.Digits(8);
                var sum = 0;
                for (var k = 0; k < 8; k++)
                {
                    sum += D(b[k]) * (9 - k);
                }

                var check = sum % 11;
                return check > 9 ? null : $"{b}{check}B{r.Next(1, 100):00}";
            }

            case "ES":
            {
                if (r.Next(2) == 0)
                {
                    var dni = f.Digits(8);
                    return dni + "TRWAGMYFPDXBNJZSQVHLCKE"[(int)(long.Parse(dni, CultureInfo.InvariantCulture) % 23)];
                }

                var body = f.Digits(7);
                var s = 0;
                for (var k = 0; k < 7; k++)
                {
                    var d = D(body[k]);
                    s += k % 2 == 1 ? d : (d * 2 / 10) + (d * 2 % 10);
                }

                return "B" + body + ((10 - (s % 10)) % 10).ToString(CultureInfo.InvariantCulture);
            }

            case "BE":
            {
                var n = "0" + r.Next(2, 10).ToString(CultureInfo.InvariantCulture) + f.Digits(6);
                return n + (97 - (long.Parse(n, CultureInfo.InvariantCulture) % 97)).ToString("00", CultureInfo.InvariantCulture);
            }

            case "AT":
            {
                var b = f.Digits(7);
                var sum = 0;
                for (var k = 0; k < 7; k++)
                {
                    var v = D(b[k]) * (k % 2 == 0 ? 1 : 2);
                    sum += (v / 10) + (v % 10);
                }

                return "U" + b + ((96 - sum) % 10).ToString(CultureInfo.InvariantCulture);
            }

            case "PL":
            {
                var b = r.Next(1, 10).ToString(CultureInfo.InvariantCulture) + f.Digits(8);
                int[] w = [6, 5, 7, 2, 3, 4, 5, 6, 7];
                var check = b.Select((c, k) => D(c) * w[k]).Sum() % 11;
                return check == 10 ? null : b + check.ToString(CultureInfo.InvariantCulture);
            }

            case "SE":
            {
                var b = r.Next(1, 10).ToString(CultureInfo.InvariantCulture) + f.Digits(8);
                return b + LuhnDigit(b) + "01";
            }

            case "DK":
            case "FI":
            {
                int[] w = country == "DK" ? [2, 7, 6, 5, 4, 3, 2, 1] : [7, 9, 10, 5, 8, 4, 2, 1];
                var b = r.Next(1, 10).ToString(CultureInfo.InvariantCulture) + f.Digits(6);
                for (var last = 0; last < 10; last++)
                {
                    var candidate = b + last.ToString(CultureInfo.InvariantCulture);
                    if (candidate.Select((c, k) => D(c) * w[k]).Sum() % 11 == 0)
                    {
                        return candidate;
                    }
                }

                return null;
            }

            case "PT":
            {
                var b = r.Next(1, 10).ToString(CultureInfo.InvariantCulture) + f.Digits(7);
                var check = 11 - (b.Select((c, k) => D(c) * (9 - k)).Sum() % 11);
                return b + (check >= 10 ? 0 : check).ToString(CultureInfo.InvariantCulture);
            }

            case "IE":
            {
                var b = f.Digits(7);
                var sum = b.Select((c, k) => D(c) * (8 - k)).Sum();
                return b + "WABCDEFGHIJKLMNOPQRSTUV"[sum % 23];
            }

            case "LU":
            {
                var b = r.Next(100000, 1000000);
                return b.ToString(CultureInfo.InvariantCulture) + (b % 89).ToString("00", CultureInfo.InvariantCulture);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(country));
        }
    }

    /// <summary>A VAT id with its last check character changed: the check no longer holds.</summary>
    public static string InvalidVat(this Fakes f, string country)
    {
        var v = f.Vat(country);
        var last = v[^1];
        if (country is "ES" && char.IsLetter(last))
        {
            return v[..^1] + (last == 'A' ? 'B' : 'A');
        }

        if (country is "IE")
        {
            return v[..^1] + (last == 'A' ? 'B' : 'A');
        }

        if (country is "NL")
        {
            // Change the check digit before the B; keep it only if the newer mod-97 form does not hold by chance.
            var i = v.IndexOf('B', 2);
            var d = D(v[i - 1]);
            var changed = v[..(i - 1)] + ((d + 1 + f.Random.Next(8)) % 10).ToString(CultureInfo.InvariantCulture) + v[i..];
            return Mod97("NL" + changed[2..]) == 1 ? f.InvalidVat(country) : changed;
        }

        if (country is "SE")
        {
            var d = D(v[^3]);
            return v[..^3] + ((d + 1 + f.Random.Next(8)) % 10).ToString(CultureInfo.InvariantCulture) + "01";
        }

        var digit = D(last);
        return v[..^1] + ((digit + 1 + f.Random.Next(8)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    private static int Mod97(string value)
    {
        var r = 0;
        foreach (var c in value)
        {
            r = char.IsAsciiDigit(c) ? ((r * 10) + (c - '0')) % 97 : ((r * 100) + (c - 'A' + 10)) % 97;
        }

        return r;
    }

    private const string Base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    /// <summary>A P2PKH (1…) or P2SH (3…) address: version byte, 20 random bytes, the double SHA-256's first four bytes, base58.</summary>
    public static string BitcoinBase58(this Fakes f, bool scriptHash)
    {
        var payload = new byte[25];
        payload[0] = scriptHash ? (byte)5 : (byte)0;
        f.Random.NextBytes(payload.AsSpan(1, 20));
        var hash = SHA256.HashData(SHA256.HashData(payload.AsSpan(0, 21)));
        hash.AsSpan(0, 4).CopyTo(payload.AsSpan(21));
        var n = new System.Numerics.BigInteger(payload, isUnsigned: true, isBigEndian: true);
        var sb = new StringBuilder();
        while (n > 0)
        {
            sb.Insert(0, Base58[(int)(n % 58)]);
            n /= 58;
        }

        foreach (var b in payload)
        {
            if (b != 0)
            {
                break;
            }

            sb.Insert(0, '1');
        }

        return sb.ToString();
    }

    private const string Bech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    /// <summary>A segwit address: v0 with 20 or 32 bytes (bech32) or v1 taproot with 32 bytes (bech32m).</summary>
    public static string BitcoinBech32(this Fakes f)
    {
        var kind = f.Random.Next(3);
        var version = kind == 2 ? 1 : 0;
        var program = new byte[kind == 0 ? 20 : 32];
        f.Random.NextBytes(program);
        var data = new List<int> { version };
        int acc = 0, bits = 0;
        foreach (var b in program)
        {
            acc = (acc << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                data.Add((acc >> bits) & 31);
            }
        }

        if (bits > 0)
        {
            data.Add((acc << (5 - bits)) & 31);
        }

        var values = new List<int> { 3, 3, 0, 2, 3 };
        values.AddRange(data);
        values.AddRange([0, 0, 0, 0, 0, 0]);
        var mod = Polymod(values) ^ (version == 0 ? 1u : 0x2bc830a3u);
        for (var k = 0; k < 6; k++)
        {
            data.Add((int)((mod >> (5 * (5 - k))) & 31));
        }

        return "bc1" + string.Concat(data.Select(d => Bech32[d]));
    }

    private static uint Polymod(List<int> values)
    {
        uint[] gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
        uint chk = 1;
        foreach (var v in values)
        {
            var top = chk >> 25;
            chk = ((chk & 0x1ffffff) << 5) ^ (uint)v;
            for (var i = 0; i < 5; i++)
            {
                if (((top >> i) & 1) != 0)
                {
                    chk ^= gen[i];
                }
            }
        }

        return chk;
    }

    private static readonly string[][] MonthNames =
    [
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    ];

    /// <summary>A date of birth between 1930 and 2010 in one of the common written forms (form 0 to 8).</summary>
    public static string BirthDate(this Fakes f, int form)
    {
        var date = new DateOnly(1930, 1, 1).AddDays(f.Random.Next(0, 29_000));
        int d = date.Day, m = date.Month, y = date.Year;
        return (form % 9) switch
        {
            0 => $"{d:00}/{m:00}/{y}",
            1 => $"{y}-{m:00}-{d:00}",
            2 => $"{d:00}.{m:00}.{y}",
            3 => $"{m}/{d}/{y}",
            4 => $"{d} {MonthNames[0][m - 1]} {y}",
            5 => $"{MonthNames[0][m - 1]} {d}, {y}",
            6 => $"{d}. {MonthNames[1][m - 1]} {y}",
            7 => $"{d} {MonthNames[2][m - 1]} {y}",
            _ => $"{y}年{m}月{d}日",
        };
    }
}
