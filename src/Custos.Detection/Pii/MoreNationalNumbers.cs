using Custos.Detection.Scanning;

namespace Custos.Detection.Pii;

/// <summary>
/// Numbers read from a whole digit run: the Australian ABN (mod 89) and TFN (weighted mod 11) and the Polish PESEL
/// (a birth date, the 1-3-7-9 check). The run is read once by <see cref="NumberMatcher"/>; these look at its groups.
/// </summary>
internal static class MoreNationalNumbers
{
    private static readonly int[] AbnWeights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
    private static readonly int[] TfnWeights = [1, 4, 3, 7, 5, 8, 6, 9, 10];
    private static readonly int[] PeselWeights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

    public static void Scan(ScanContext context, int start)
    {
        var groups = context.Groups;
        var text = context.Text;
        if (!char.IsAsciiDigit(text[start]) || groups.Count == 0)
        {
            return;
        }

        Span<char> digits = stackalloc char[11];
        var count = NumberMatcher.RunDigits(context, digits);
        if (count < 0)
        {
            return;
        }

        var number = digits[..count];
        var first = groups[0].Start;
        var end = groups[^1].End;
        if (count == 11 && groups.Count == 1)
        {
            if (IsAbn(number))
            {
                context.Add(EntityTypes.AuAbn, first, end, 0.3, "abn", boost: ContextKind.AuAbn, dampen: ContextKind.Reference | ContextKind.Phone);
            }

            if (IsPesel(number))
            {
                context.Add(EntityTypes.PlPesel, first, end, 0.3, "pesel", boost: ContextKind.Pesel, dampen: ContextKind.Reference | ContextKind.Phone);
            }
        }
        else if (count == 11 && NumberMatcher.IsGrouped(context, " ", 2, 3, 3, 3) && IsAbn(number))
        {
            // The ATO writes 51 824 753 556.
            context.Add(EntityTypes.AuAbn, first, end, 0.65, "abn", boost: ContextKind.AuAbn, dampen: ContextKind.Reference | ContextKind.Phone);
        }
        else if (count == 9 && (groups.Count == 1 || NumberMatcher.IsGrouped(context, " -", 3, 3, 3)) && IsTfn(number))
        {
            context.Add(EntityTypes.AuTfn, first, end, 0.3, "tfn", boost: ContextKind.AuTfn, dampen: ContextKind.Reference | ContextKind.Phone);
        }
    }

    public static bool IsAbn(ReadOnlySpan<char> d)
    {
        if (d.Length != 11 || d[0] == '0' || !d.ContainsAnyExcept(d[0]))
        {
            return false;
        }

        var sum = 0;
        for (var k = 0; k < 11; k++)
        {
            sum += ((d[k] - '0') - (k == 0 ? 1 : 0)) * AbnWeights[k];
        }

        return sum % 89 == 0;
    }

    public static bool IsTfn(ReadOnlySpan<char> d)
    {
        if (d.Length != 9 || !d.ContainsAnyExcept(d[0]))
        {
            return false;
        }

        var sum = 0;
        for (var k = 0; k < 9; k++)
        {
            sum += (d[k] - '0') * TfnWeights[k];
        }

        return sum % 11 == 0;
    }

    public static bool IsPesel(ReadOnlySpan<char> d)
    {
        if (d.Length != 11 || !d.ContainsAnyExcept(d[0]))
        {
            return false;
        }

        var sum = 0;
        for (var k = 0; k < 10; k++)
        {
            sum += (d[k] - '0') * PeselWeights[k];
        }

        if ((10 - (sum % 10)) % 10 != d[10] - '0')
        {
            return false;
        }

        // The month carries the century: +80 for the 1800s, +0 1900s, +20 2000s, +40 2100s, +60 2200s.
        var year = ((d[0] - '0') * 10) + (d[1] - '0');
        var month = ((d[2] - '0') * 10) + (d[3] - '0');
        var day = ((d[4] - '0') * 10) + (d[5] - '0');
        var century = (month / 20) switch
        {
            0 => 1900,
            1 => 2000,
            2 => 2100,
            3 => 2200,
            _ => 1800,
        };
        month %= 20;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(century + year, month);
    }
}
