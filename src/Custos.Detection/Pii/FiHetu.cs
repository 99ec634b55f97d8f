using Custos.Detection.Scanning;

namespace Custos.Detection.Pii;

/// <summary>
/// Finnish personal identity codes (henkilötunnus): the birth date DDMMYY, the century sign (+ for the 1800s; - Y X
/// W V U for the 1900s; A B C D E F for the 2000s), a serial 002-899 and the check character of DDMMYYNNN modulo 31.
/// </summary>
internal static class FiHetu
{
    private const string Checks = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /// <summary>Reads a code at <paramref name="start"/> (a digit at a word start); returns its end or -1.</summary>
    public static int Match(string text, int start)
    {
        if (start + 11 > text.Length || Chars.IsWordChar(Chars.At(text, start + 11)))
        {
            return -1;
        }

        var code = text.AsSpan(start, 11);
        var century = code[6] switch
        {
            '+' => 1800,
            '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
            'A' or 'B' or 'C' or 'D' or 'E' or 'F' => 2000,
            _ => -1,
        };
        if (century < 0)
        {
            return -1;
        }

        var n = 0L;
        for (var k = 0; k < 10; k++)
        {
            if (k == 6)
            {
                continue;
            }

            if (!char.IsAsciiDigit(code[k]))
            {
                return -1;
            }

            n = (n * 10) + (code[k] - '0');
        }

        var day = ((code[0] - '0') * 10) + (code[1] - '0');
        var month = ((code[2] - '0') * 10) + (code[3] - '0');
        var year = century + ((code[4] - '0') * 10) + (code[5] - '0');
        var serial = n % 1000;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || serial is < 2 or > 899)
        {
            return -1;
        }

        return code[10] == Checks[(int)(n % 31)] ? start + 11 : -1;
    }
}
