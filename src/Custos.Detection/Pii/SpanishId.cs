using Custos.Detection.Scanning;

namespace Custos.Detection.Pii;

/// <summary>
/// Spanish identity numbers: the DNI/NIF (eight digits) and the NIE (X, Y or Z for 0, 1 or 2, then seven digits),
/// each closed by the control letter TRWAGMYFPDXBNJZSQVHLCKE indexed by the number modulo 23; a dash or space may
/// stand before the letter.
/// </summary>
internal static class SpanishId
{
    private const string Letters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>The end of a NIF whose eight digits start at <paramref name="start"/>, or -1.</summary>
    public static int MatchNif(string text, int start) => MatchLetter(text, start + 8, Number(text, start, 8, 0));

    /// <summary>The end of a NIE starting with X, Y or Z at <paramref name="start"/>, or -1.</summary>
    public static int MatchNie(string text, int start)
    {
        var lead = text[start] switch
        {
            'X' => 0,
            'Y' => 1,
            'Z' => 2,
            _ => -1,
        };

        return lead < 0 ? -1 : MatchLetter(text, start + 8, Number(text, start + 1, 7, lead));
    }

    private static int Number(string text, int start, int count, int lead)
    {
        var n = lead;
        for (var k = 0; k < count; k++)
        {
            var c = Chars.At(text, start + k);
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            n = (n * 10) + (c - '0');
        }

        return n;
    }

    private static int MatchLetter(string text, int at, int number)
    {
        if (number <= 0)
        {
            return -1;
        }

        if (Chars.At(text, at) is '-' or ' ' && char.IsAsciiLetterUpper(Chars.At(text, at + 1)))
        {
            at++;
        }

        return Chars.At(text, at) == Letters[number % 23] && !Chars.IsWordChar(Chars.At(text, at + 1)) ? at + 1 : -1;
    }
}
