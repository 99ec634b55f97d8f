using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Custos.Cedar.Values;

namespace Custos.Cedar.Tests.ExtensionValues;

public sealed class DatetimeValueTests
{
    [Theory]
    [InlineData("1970-01-01", 0)]
    [InlineData("2024-10-15", 1728950400000)]
    [InlineData("2024-10-15T11:35:00Z", 1728992100000)]
    [InlineData("2024-10-15T11:35:00.123Z", 1728992100123)]
    [InlineData("2024-10-15T11:35:00+0100", 1728988500000)]
    [InlineData("2024-10-15T11:35:00.001-0230", 1729001100001)]
    [InlineData("1969-12-31T23:59:59.999Z", -1)]
    [InlineData("0000-01-01", -62167219200000)]
    [InlineData("2024-02-29", 1709164800000)]
    public void Parses_Cedar_datetimes(string text, long epochMilliseconds)
    {
        Assert.True(DatetimeValue.TryParse(text, out var value, out var error), error);
        Assert.Equal(epochMilliseconds, value!.EpochMilliseconds);
    }

    [Theory]
    [InlineData("2024-10-15T11:35:00", "millisecond and/or offset")]
    [InlineData("2024-10-15 11:35:00Z", "hour/minute/second pattern")]
    [InlineData("2024-10-15T11:35Z", "hour/minute/second pattern")]
    [InlineData("2024-1-15", "date pattern")]
    [InlineData("24-10-15", "date pattern")]
    [InlineData("2023-02-29", "invalid date")]
    [InlineData("2024-13-01", "invalid date")]
    [InlineData("2024-00-01", "invalid date")]
    [InlineData("2024-10-15T24:00:00Z", "invalid hour/minute/second")]
    [InlineData("2024-10-15T23:60:00Z", "invalid hour/minute/second")]
    [InlineData("2024-10-15T23:59:60Z", "invalid hour/minute/second")]
    [InlineData("2024-10-15T11:35:00.12Z", "millisecond and/or offset")]
    [InlineData("2024-10-15T11:35:00.1234Z", "millisecond and/or offset")]
    [InlineData("2024-10-15T11:35:00+01", "millisecond and/or offset")]
    [InlineData("2024-10-15T11:35:00+2400", "offset range")]
    [InlineData("2024-10-15T11:35:00-0060", "offset range")]
    [InlineData("2024-10-15T11:35:00z", "millisecond and/or offset")]
    [InlineData("2024-10-15Z", "hour/minute/second pattern")]
    public void Rejects_malformed_datetimes(string text, string message)
    {
        Assert.False(DatetimeValue.TryParse(text, out _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_and_time_split_a_datetime_at_midnight_utc()
    {
        Assert.True(DatetimeValue.TryParse("1969-12-31T23:00:00Z", out var before, out _));
        Assert.Equal(-86_400_000, before!.ToDate()!.EpochMilliseconds);
        Assert.Equal(82_800_000, before.ToTime().Milliseconds);
        Assert.True(DatetimeValue.TryParse("2024-10-15T11:35:00.5Z".Replace(".5", ".500", StringComparison.Ordinal), out var after, out _));
        Assert.Equal(1728950400000, after!.ToDate()!.EpochMilliseconds);
        Assert.Equal(41_700_500, after.ToTime().Milliseconds);
    }

    [Fact]
    public void Offset_and_duration_since_overflow_to_null()
    {
        var max = new DatetimeValue(long.MaxValue);
        Assert.Null(max.Offset(new DurationValue(1)));
        Assert.Null(new DatetimeValue(long.MinValue).DurationSince(new DatetimeValue(1)));
        Assert.Null(new DatetimeValue(long.MinValue).ToDate());
        Assert.Equal(long.MaxValue - 1, max.Offset(new DurationValue(-1))!.EpochMilliseconds);
    }

    // Year 0000 to 9999, the range Cedar's four-digit years allow.
    private static readonly Gen<long> Instants = Gen.Choose(-719_528, 2_932_896).SelectMany(day =>
        Gen.Choose(0, 86_399_999).Select(ms => (day * 86_400_000L) + ms));

    [Property(MaxTest = 500)]
    public Property Printed_datetimes_parse_back() =>
        Prop.ForAll(Instants.Where(ms => ms >= -62135596800000L).ToArbitrary(), epoch =>
        {
            var text = DateTimeOffset.FromUnixTimeMilliseconds(epoch).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            return DatetimeValue.TryParse(text, out var value, out _) && value!.EpochMilliseconds == epoch;
        });

    [Property(MaxTest = 500)]
    public Property An_offset_shifts_the_instant() =>
        Prop.ForAll(Gen.Choose(0, 23).ToArbitrary(), Gen.Choose(0, 59).ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (hours, minutes, ahead) =>
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"2000-06-15T12:00:00{(ahead ? '+' : '-')}{hours:D2}{minutes:D2}");
            var utc = 961070400000L - ((ahead ? 1 : -1) * ((hours * 3600L) + (minutes * 60L)) * 1000L);
            return DatetimeValue.TryParse(text, out var value, out _) && value!.EpochMilliseconds == utc;
        });

    [Property(MaxTest = 500)]
    public bool Date_plus_time_is_the_datetime(long epoch)
    {
        var value = new DatetimeValue(epoch);
        var date = value.ToDate();
        return date is null || (date.EpochMilliseconds + value.ToTime().Milliseconds == epoch && value.ToTime().Milliseconds is >= 0 and < 86_400_000);
    }

    [Property(MaxTest = 500)]
    public bool Parsing_never_throws(string? text) =>
        !DatetimeValue.TryParse(text ?? string.Empty, out var value, out _) || value is not null;
}
