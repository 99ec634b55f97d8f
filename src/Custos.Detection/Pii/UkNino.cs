using Custos.Detection.Scanning;

namespace Custos.Detection.Pii;

/// <summary>
/// UK National Insurance numbers: two prefix letters (neither D, F, I, Q, U or V, the second not O, and not one of
/// the prefixes HMRC never issues: BG, GB, KN, NK, NT, TN, ZZ), six digits and a suffix A to D, written as one word
/// (AB123456C) or in pairs (AB 12 34 56 C).
/// </summary>
internal static class UkNino
{
    /// <summary>Reads a number at <paramref name="start"/> (two capitals at a word start); returns its end or -1.</summary>
    public static int Match(string text, int start)
    {
        if (!IsPrefix(text[start], Chars.At(text, start + 1)))
        {
            return -1;
        }

        var i = start + 2;
        var spaced = Chars.At(text, i) == ' ';
        if (spaced)
        {
            // AB 12 34 56 C: pairs of digits after single spaces.
            for (var pair = 0; pair < 3; pair++)
            {
                if (Chars.At(text, i) != ' ' || !char.IsAsciiDigit(Chars.At(text, i + 1)) || !char.IsAsciiDigit(Chars.At(text, i + 2)))
                {
                    return -1;
                }

                i += 3;
            }

            if (Chars.At(text, i) != ' ')
            {
                return -1;
            }

            i++;
        }
        else
        {
            for (var k = 0; k < 6; k++, i++)
            {
                if (!char.IsAsciiDigit(Chars.At(text, i)))
                {
                    return -1;
                }
            }
        }

        if (Chars.At(text, i) is not ('A' or 'B' or 'C' or 'D') || Chars.IsWordChar(Chars.At(text, i + 1)))
        {
            return -1;
        }

        return i + 1;
    }

    public static bool IsPrefix(char first, char second)
    {
        if (!char.IsAsciiLetterUpper(first) || !char.IsAsciiLetterUpper(second) || first is 'D' or 'F' or 'I' or 'Q' or 'U' or 'V' || second is 'D' or 'F' or 'I' or 'Q' or 'U' or 'V' or 'O')
        {
            return false;
        }

        return (first, second) is not (('B', 'G') or ('G', 'B') or ('K', 'N') or ('N', 'K') or ('N', 'T') or ('T', 'N') or ('Z', 'Z'));
    }
}
