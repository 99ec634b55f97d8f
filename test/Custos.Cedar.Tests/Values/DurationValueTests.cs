using System.Globalization;
using FsCheck.Xunit;
using Custos.Cedar.Values;

namespace Custos.Cedar.Tests.ExtensionValues;

public sealed class DurationValueTests
{
    [Theory]
    [InlineData("1d2h3m4s5ms", 93_784_005)]
    [InlineData("-1d", -86_400_000)]
    [InlineData("1ms", 1)]
    [InlineData("2m", 120_000)]
    [InlineData("1m1ms", 60_001)]
    [InlineData("0s", 0)]
    [InlineData("-0ms", 0)]
    [InlineData("36h", 129_600_000)]
    [InlineData("9223372036854775807ms", long.MaxValue)]
    [InlineData("-9223372036854775808ms", long.MinValue)]
    [InlineData("106751991167d", 9_223_372_036_828_800_000)]
    public void Parses_Cedar_durations(string text, long milliseconds)
    {
        Assert.True(DurationValue.TryParse(text, out var value, out var error), error);
        Assert.Equal(milliseconds, value!.Milliseconds);
    }

    [Theory]
    [InlineData("", "invalid duration pattern")]
    [InlineData("-", "invalid duration pattern")]
    [InlineData("1", "invalid duration pattern")]
    [InlineData("d", "invalid duration pattern")]
    [InlineData("1h1d", "invalid duration pattern")]
    [InlineData("1d1d", "invalid duration pattern")]
    [InlineData("1s1m", "invalid duration pattern")]
    [InlineData("1ms1s", "invalid duration pattern")]
    [InlineData("+1d", "invalid duration pattern")]
    [InlineData("1.5h", "invalid duration pattern")]
    [InlineData("1 d", "invalid duration pattern")]
    [InlineData("1D", "invalid duration pattern")]
    [InlineData("--1d", "invalid duration pattern")]
    [InlineData("9223372036854775808ms", "overflows")]
    [InlineData("-9223372036854775809ms", "overflows")]
    [InlineData("106751991168d", "overflows")]
    [InlineData("99999999999999999999999ms", "overflows")]
    public void Rejects_malformed_or_overflowing_durations(string text, string message)
    {
        Assert.False(DurationValue.TryParse(text, out _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Property(MaxTest = 500)]
    public bool Milliseconds_round_trip(long ms) =>
        DurationValue.TryParse(ms.ToString(CultureInfo.InvariantCulture) + "ms", out var value, out _) && value!.Milliseconds == ms;

    [Property(MaxTest = 500)]
    public bool Units_compose(ushort days, byte hours, byte minutes, byte seconds, ushort ms, bool negative)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{(negative ? "-" : "")}{days}d{hours}h{minutes}m{seconds}s{ms}ms");
        var expected = ((((((days * 24L) + hours) * 60L) + minutes) * 60L) + seconds) * 1000L + ms;
        return DurationValue.TryParse(text, out var value, out _) && value!.Milliseconds == (negative ? -expected : expected);
    }

    [Property(MaxTest = 500)]
    public bool Parsing_never_throws(string? text) =>
        !DurationValue.TryParse(text ?? string.Empty, out var value, out _) || value is not null;
}
