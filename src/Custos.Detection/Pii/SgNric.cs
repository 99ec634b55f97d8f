using Custos.Detection.Scanning;

namespace Custos.Detection.Pii;

/// <summary>
/// Singapore NRIC and FIN numbers: S or T (citizens and permanent residents, born before or from 2000), F or G
/// (foreigners), seven digits weighted 2-7-6-5-4-3-2 (plus 4 for T and G), and the check letter of the remainder
/// modulo 11. The M series of 2022 uses another table and is not read.
/// </summary>
internal static class SgNric
{
    private static readonly int[] Weights = [2, 7, 6, 5, 4, 3, 2];

    /// <summary>Reads a number at <paramref name="start"/> (S, T, F or G at a word start); returns its end or -1.</summary>
    public static int Match(string text, int start)
    {
        var lead = text[start];
        if (lead is not ('S' or 'T' or 'F' or 'G') || Chars.IsWordChar(Chars.At(text, start + 9)))
        {
            return -1;
        }

        var sum = lead is 'T' or 'G' ? 4 : 0;
        for (var k = 0; k < 7; k++)
        {
            var c = Chars.At(text, start + 1 + k);
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            sum += (c - '0') * Weights[k];
        }

        var letters = lead is 'S' or 'T' ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
        return Chars.At(text, start + 8) == letters[sum % 11] ? start + 9 : -1;
    }
}
