using System.Globalization;

namespace Custos.Cedar.Values;

/// <summary>A Cedar <c>duration</c>: a signed number of milliseconds. Ordered by <c>&lt;</c> against other durations.</summary>
public sealed class DurationValue : ExtensionValue
{
    public DurationValue(long milliseconds) => Milliseconds = milliseconds;

    public long Milliseconds { get; }

    public override string TypeName => "duration";

    /// <summary>
    /// Parses Cedar's duration syntax: an optional <c>-</c> then one or more of <c>Nd</c>, <c>Nh</c>, <c>Nm</c>,
    /// <c>Ns</c>, <c>Nms</c> in that order, each at most once. A total outside the signed 64-bit range of milliseconds
    /// is an overflow.
    /// </summary>
    public static bool TryParse(string text, out DurationValue? value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = null;
        error = "invalid duration pattern";
        if (text.Length == 0 || text == "-")
            return false;
        var negative = text[0] == '-';
        var i = negative ? 1 : 0;
        // Amounts by unit: 0 d, 1 h, 2 m, 3 s, 4 ms; null when absent.
        Span<ulong> amounts = stackalloc ulong[5];
        Span<bool> present = stackalloc bool[5];
        var nextUnit = 0;
        var overflow = false;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
                i++;
            if (i == start || i == text.Length)
                return false;
            int unit;
            if (text[i] == 'd') { unit = 0; i++; }
            else if (text[i] == 'h') { unit = 1; i++; }
            else if (text[i] == 'm' && i + 1 < text.Length && text[i + 1] == 's') { unit = 4; i += 2; }
            else if (text[i] == 'm') { unit = 2; i++; }
            else if (text[i] == 's') { unit = 3; i++; }
            else return false;
            if (unit < nextUnit)
                return false;
            nextUnit = unit + 1;
            present[unit] = true;
            var digits = text.AsSpan(start, i - start - (unit == 4 ? 2 : 1));
            if (!ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out amounts[unit]))
                overflow = true;
        }
        error = "Duration overflows internal representation";
        if (overflow)
            return false;
        // The same steps as Cedar: milliseconds, then seconds, minutes, hours, days, each checked.
        long ms;
        if (negative)
        {
            if (amounts[4] > 9_223_372_036_854_775_808UL)
                return false;
            ms = amounts[4] == 9_223_372_036_854_775_808UL ? long.MinValue : -(long)amounts[4];
        }
        else
        {
            if (amounts[4] > long.MaxValue)
                return false;
            ms = (long)amounts[4];
        }
        if (!Step(ref ms, amounts[3], 1000L, negative) || !Step(ref ms, amounts[2], 60_000L, negative) ||
            !Step(ref ms, amounts[1], 3_600_000L, negative) || !Step(ref ms, amounts[0], 86_400_000L, negative))
            return false;
        value = new DurationValue(ms);
        error = null;
        return true;
    }

    private static bool Step(ref long ms, ulong amount, long unit, bool negative)
    {
        if (amount > long.MaxValue)
            return false;
        var product = (Int128)(long)amount * unit;
        var result = negative ? ms - product : ms + product;
        if (product > long.MaxValue || result > long.MaxValue || result < long.MinValue)
            return false;
        ms = (long)result;
        return true;
    }

    public override bool Equals(CedarValue? other) => other is DurationValue d && d.Milliseconds == Milliseconds;

    public override int GetHashCode() => Milliseconds.GetHashCode() ^ 0x5a5a;

    public override string ToString() => "duration(\"" + Milliseconds.ToString(CultureInfo.InvariantCulture) + "ms\")";
}
