using System.Globalization;

namespace Custos.Cedar.Values;

/// <summary>A Cedar <c>datetime</c>: milliseconds since the Unix epoch (UTC). Ordered by <c>&lt;</c> against other datetimes.</summary>
public sealed class DatetimeValue : ExtensionValue
{
    private const long DayMilliseconds = 86_400_000L;

    public DatetimeValue(long epochMilliseconds) => EpochMilliseconds = epochMilliseconds;

    public long EpochMilliseconds { get; }

    public override string TypeName => "datetime";

    /// <summary>
    /// Parses Cedar's datetime syntax: <c>YYYY-MM-DD</c>, optionally followed by <c>Thh:mm:ss</c>, an optional
    /// <c>.SSS</c>, and <c>Z</c> or an offset <c>+hhmm</c>/<c>-hhmm</c> (hours below 24, minutes below 60).
    /// </summary>
    public static bool TryParse(string text, out DatetimeValue? value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = null;
        var s = text.AsSpan();
        if (s.Length < 10 || !Digits(s[..4]) || s[4] != '-' || !Digits(s[5..7]) || s[7] != '-' || !Digits(s[8..10]))
        {
            error = "invalid date pattern";
            return false;
        }
        var year = Number(s[..4]);
        var month = Number(s[5..7]);
        var day = Number(s[8..10]);
        var dateValid = month is >= 1 and <= 12 && day >= 1 && day <= DaysInMonth(year, month);
        if (s.Length == 10)
        {
            if (!dateValid)
            {
                error = $"invalid date: {s[..10]}";
                return false;
            }
            value = new DatetimeValue(DaysFromCivil(year, month, day) * DayMilliseconds);
            error = null;
            return true;
        }
        var rest = s[10..];
        if (rest.Length < 9 || rest[0] != 'T' || !Digits(rest[1..3]) || rest[3] != ':' || !Digits(rest[4..6]) || rest[6] != ':' || !Digits(rest[7..9]))
        {
            error = "invalid hour/minute/second pattern";
            return false;
        }
        var hour = Number(rest[1..3]);
        var minute = Number(rest[4..6]);
        var second = Number(rest[7..9]);
        var hms = rest[1..9];
        rest = rest[9..];
        var millis = 0;
        if (rest.Length >= 4 && rest[0] == '.' && Digits(rest[1..4]))
        {
            millis = Number(rest[1..4]);
            rest = rest[4..];
        }
        var offsetSeconds = 0;
        int offsetHours = 0, offsetMinutes = 0;
        var hasOffset = false;
        if (rest.Length == 1 && rest[0] == 'Z')
        {
        }
        else if (rest.Length == 5 && (rest[0] == '+' || rest[0] == '-') && Digits(rest[1..5]))
        {
            hasOffset = true;
            offsetHours = Number(rest[1..3]);
            offsetMinutes = Number(rest[3..5]);
            offsetSeconds = ((offsetHours * 3600) + (offsetMinutes * 60)) * (rest[0] == '+' ? 1 : -1);
        }
        else
        {
            error = "invalid millisecond and/or offset pattern";
            return false;
        }
        if (!dateValid)
        {
            error = $"invalid date: {s[..10]}";
            return false;
        }
        if (hour >= 24 || minute >= 60 || second >= 60)
        {
            error = $"invalid hour/minute/second: {hms}";
            return false;
        }
        if (hasOffset && (offsetHours >= 24 || offsetMinutes >= 60))
        {
            error = string.Create(CultureInfo.InvariantCulture, $"invalid offset range: {offsetHours}{offsetMinutes}");
            return false;
        }
        var epoch = (DaysFromCivil(year, month, day) * DayMilliseconds) + (((hour * 3600L) + (minute * 60L) + second - offsetSeconds) * 1000L) + millis;
        value = new DatetimeValue(epoch);
        error = null;
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        return true;
    }

    private static int Number(ReadOnlySpan<char> span)
    {
        var n = 0;
        foreach (var c in span)
            n = (n * 10) + (c - '0');
        return n;
    }

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    // Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static long DaysFromCivil(long year, long month, long day)
    {
        year -= month <= 2 ? 1 : 0;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yoe = year - (era * 400);
        var doy = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097) + doe - 719468;
    }

    /// <summary><c>offset</c>: this datetime moved by a duration; null on overflow.</summary>
    public DatetimeValue? Offset(DurationValue duration)
    {
        ArgumentNullException.ThrowIfNull(duration);
        var sum = (Int128)EpochMilliseconds + duration.Milliseconds;
        return sum > long.MaxValue || sum < long.MinValue ? null : new DatetimeValue((long)sum);
    }

    /// <summary><c>durationSince</c>: this minus <paramref name="other"/>; null on overflow.</summary>
    public DurationValue? DurationSince(DatetimeValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var difference = (Int128)EpochMilliseconds - other.EpochMilliseconds;
        return difference > long.MaxValue || difference < long.MinValue ? null : new DurationValue((long)difference);
    }

    /// <summary><c>toDate</c>: midnight (UTC) of this datetime's day; null on overflow.</summary>
    public DatetimeValue? ToDate()
    {
        var remainder = ((EpochMilliseconds % DayMilliseconds) + DayMilliseconds) % DayMilliseconds;
        var date = (Int128)EpochMilliseconds - remainder;
        return date < long.MinValue ? null : new DatetimeValue((long)date);
    }

    /// <summary><c>toTime</c>: the time since this datetime's midnight (UTC).</summary>
    public DurationValue ToTime()
    {
        var remainder = EpochMilliseconds % DayMilliseconds;
        return new DurationValue(EpochMilliseconds < 0 && remainder != 0 ? remainder + DayMilliseconds : remainder);
    }

    public override bool Equals(CedarValue? other) => other is DatetimeValue d && d.EpochMilliseconds == EpochMilliseconds;

    public override int GetHashCode() => EpochMilliseconds.GetHashCode() ^ 0x3c3c;

    public override string ToString()
    {
        const long min = -62135596800000L; // 0001-01-01
        const long max = 253402300799999L; // 9999-12-31T23:59:59.999
        if (EpochMilliseconds is >= min and <= max)
        {
            var instant = DateTimeOffset.FromUnixTimeMilliseconds(EpochMilliseconds);
            return "datetime(\"" + instant.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) + "\")";
        }
        return "datetime(\"1970-01-01\").offset(duration(\"" + EpochMilliseconds.ToString(CultureInfo.InvariantCulture) + "ms\"))";
    }
}
