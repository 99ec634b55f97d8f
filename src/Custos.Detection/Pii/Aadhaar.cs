namespace Custos.Detection.Pii;

/// <summary>Aadhaar numbers (UIDAI): twelve digits, the first 2 to 9, the last a Verhoeff check digit.</summary>
internal static class Aadhaar
{
    private static readonly byte[,] Multiply =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 }, { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
        { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 }, { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
        { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 }, { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
        { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    private static readonly byte[,] Permute =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 }, { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
        { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 }, { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
        { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
    };

    /// <summary><paramref name="digits"/> is twelve digits.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits) =>
        digits.Length == 12 && digits[0] is >= '2' and <= '9' && digits.ContainsAnyExcept(digits[0]) && Verhoeff(digits);

    private static bool Verhoeff(ReadOnlySpan<char> digits)
    {
        var c = 0;
        for (var k = 0; k < digits.Length; k++)
        {
            c = Multiply[c, Permute[k % 8, digits[digits.Length - 1 - k] - '0']];
        }

        return c == 0;
    }
}
