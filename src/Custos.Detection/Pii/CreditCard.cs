namespace Custos.Detection.Pii;

/// <summary>Card numbers: the Luhn check and the issuers' prefix and length ranges.</summary>
internal static class CreditCard
{
    /// <summary>True when <paramref name="digits"/> (digits only) is a number some issuer hands out.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits) =>
        digits.Length is >= 12 and <= 19 && !AllSame(digits) && Issuer(digits) is not null && Luhn(digits);

    public static string? Issuer(ReadOnlySpan<char> d)
    {
        var n = d.Length;
        var p2 = Prefix(d, 2);
        var p3 = Prefix(d, 3);
        var p4 = Prefix(d, 4);
        var p6 = n >= 6 ? Prefix(d, 6) : 0;
        if (d[0] == '4' && n is 13 or 16 or 19)
        {
            return "visa";
        }

        if (p2 is 34 or 37 && n == 15)
        {
            return "amex";
        }

        if ((p2 is >= 51 and <= 55 || p4 is >= 2221 and <= 2720) && n == 16)
        {
            return "mastercard";
        }

        if ((p4 == 6011 || p2 == 65 || p3 is >= 644 and <= 649 || p6 is >= 622126 and <= 622925) && n is >= 16 and <= 19)
        {
            return "discover";
        }

        if (p4 is >= 3528 and <= 3589 && n is >= 16 and <= 19)
        {
            return "jcb";
        }

        if ((p3 is >= 300 and <= 305 || p2 is 36 or 38 or 39) && n is >= 14 and <= 19)
        {
            return "diners";
        }

        if (p2 == 62 && n is >= 16 and <= 19)
        {
            return "unionpay";
        }

        if ((p2 == 50 || p2 is >= 56 and <= 69) && n is >= 12 and <= 19)
        {
            return "maestro";
        }

        return null;
    }

    private static int Prefix(ReadOnlySpan<char> digits, int count)
    {
        var value = 0;
        foreach (var c in digits[..count])
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    public static bool Luhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var v = digits[i] - '0';
            if (doubled)
            {
                v *= 2;
                if (v > 9)
                {
                    v -= 9;
                }
            }

            sum += v;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }

    private static bool AllSame(ReadOnlySpan<char> digits) => !digits.ContainsAnyExcept(digits[0]);
}
