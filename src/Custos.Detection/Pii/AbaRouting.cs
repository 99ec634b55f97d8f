namespace Custos.Detection.Pii;

/// <summary>
/// ABA routing transit numbers: nine digits whose first two name a Federal Reserve district (00-12, thrifts 21-32,
/// electronic 61-72, traveller's cheques 80) and whose weighted sum 3-7-1 is a multiple of ten.
/// </summary>
internal static class AbaRouting
{
    /// <summary><paramref name="digits"/> is nine digits.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9)
        {
            return false;
        }

        var prefix = ((digits[0] - '0') * 10) + (digits[1] - '0');
        if (prefix is not ((>= 0 and <= 12) or (>= 21 and <= 32) or (>= 61 and <= 72) or 80) || !digits.ContainsAnyExcept(digits[0]))
        {
            return false;
        }

        var sum = 0;
        for (var k = 0; k < 9; k += 3)
        {
            sum += (3 * (digits[k] - '0')) + (7 * (digits[k + 1] - '0')) + (digits[k + 2] - '0');
        }

        return sum % 10 == 0;
    }
}
