using Custos.Detection.Scanning;

namespace Custos.Detection.Pii;

/// <summary>
/// Italian fiscal codes (codice fiscale): three letters of the surname, three of the name, two digits of the year,
/// the month letter (ABCDEHLMPRST), the day (01-31, 41-71 for women), the place (a letter and three digits) and a
/// check letter. Where two people would share a code, digits are replaced from the right by the omocodia letters
/// LMNPQRSTUV, which stand for 0 to 9.
/// </summary>
internal static class ItFiscalCode
{
    private const string Omocodia = "LMNPQRSTUV";
    private const string Months = "ABCDEHLMPRST";

    // The value of a character in an odd (1st, 3rd, …) position; digits take the value of the letter at their index.
    private static readonly int[] Odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

    /// <summary>Reads a code at <paramref name="start"/> (two capitals at a word start); returns its end or -1.</summary>
    public static int Match(string text, int start)
    {
        if (start + 16 > text.Length || Chars.IsWordChar(Chars.At(text, start + 16)))
        {
            return -1;
        }

        var code = text.AsSpan(start, 16);
        Span<int> digits = stackalloc int[7];
        var d = 0;
        for (var k = 0; k < 15; k++)
        {
            var c = code[k];
            var isDigitSlot = k is 6 or 7 or 9 or 10 or 12 or 13 or 14;
            if (isDigitSlot)
            {
                var value = char.IsAsciiDigit(c) ? c - '0' : Omocodia.IndexOf(c, StringComparison.Ordinal);
                if (value < 0)
                {
                    return -1;
                }

                digits[d++] = value;
            }
            else if (!char.IsAsciiLetterUpper(c))
            {
                return -1;
            }
        }

        var day = (digits[2] * 10) + digits[3];
        if (!Months.Contains(code[8], StringComparison.Ordinal) || day is < 1 or > 71 || day is > 31 and < 41)
        {
            return -1;
        }

        var sum = 0;
        for (var k = 0; k < 15; k++)
        {
            var c = code[k];
            var index = char.IsAsciiDigit(c) ? c - '0' : c - 'A';
            sum += k % 2 == 0 ? Odd[index] : index;
        }

        return code[15] == (char)('A' + (sum % 26)) ? start + 16 : -1;
    }
}
