using Custos.Detection.Scanning;

namespace Custos.Detection.Pii;

/// <summary>
/// Indian Permanent Account Numbers: five letters, four digits, a letter (AAAPA1234A). The fourth letter names the
/// holder's status (P person, C company, H Hindu undivided family, F firm, A association, T trust, B body of
/// individuals, L local authority, J artificial juridical person, G government). There is no check character, so
/// a PAN is reported only next to "PAN", "permanent account number" or "income tax".
/// </summary>
internal static class InPan
{
    /// <summary>Reads a PAN at <paramref name="start"/> (a word start); returns its end or -1.</summary>
    public static int Match(string text, int start)
    {
        for (var k = 0; k < 5; k++)
        {
            if (!char.IsAsciiLetterUpper(Chars.At(text, start + k)))
            {
                return -1;
            }
        }

        if (text[start + 3] is not ('P' or 'C' or 'H' or 'F' or 'A' or 'T' or 'B' or 'L' or 'J' or 'G'))
        {
            return -1;
        }

        for (var k = 5; k < 9; k++)
        {
            if (!char.IsAsciiDigit(Chars.At(text, start + k)))
            {
                return -1;
            }
        }

        // 0000 is not a sequence number the Income Tax Department hands out.
        if (text.AsSpan(start + 5, 4) is "0000" || !char.IsAsciiLetterUpper(Chars.At(text, start + 9)) || Chars.IsWordChar(Chars.At(text, start + 10)))
        {
            return -1;
        }

        return start + 10;
    }
}
