using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Custos.Cedar.Values;

namespace Custos.Cedar.Tests.ExtensionValues;

public sealed class DecimalValueTests
{
    [Theory]
    [InlineData("1.0", 10000)]
    [InlineData("-1.5", -15000)]
    [InlineData("0.0001", 1)]
    [InlineData("-0.0001", -1)]
    [InlineData("007.10", 71000)]
    [InlineData("922337203685477.5807", long.MaxValue)]
    [InlineData("-922337203685477.5808", long.MinValue)]
    public void Parses_Cedar_decimals(string text, long scaled)
    {
        Assert.True(DecimalValue.TryParse(text, out var value, out var error), error);
        Assert.Equal(scaled, value!.Scaled);
    }

    [Theory]
    [InlineData("1", "not a well-formed")]
    [InlineData("1.", "not a well-formed")]
    [InlineData(".5", "not a well-formed")]
    [InlineData("+1.0", "not a well-formed")]
    [InlineData("1.0.0", "not a well-formed")]
    [InlineData(" 1.0", "not a well-formed")]
    [InlineData("1e3.0", "not a well-formed")]
    [InlineData("1.23456", "too many digits")]
    [InlineData("922337203685477.5808", "overflow")]
    [InlineData("-922337203685477.5809", "overflow")]
    [InlineData("922337203685478.0", "overflow")]
    [InlineData("99999999999999999999.0", "overflow")]
    public void Rejects_malformed_or_out_of_range_decimals(string text, string message)
    {
        Assert.False(DecimalValue.TryParse(text, out _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Property(MaxTest = 500)]
    public bool Printed_decimals_parse_back_to_the_same_value(long scaled)
    {
        var value = new DecimalValue(scaled);
        return DecimalValue.TryParse(value.ToDecimalString(), out var parsed, out _) && parsed!.Equals(value);
    }

    [Property(MaxTest = 300)]
    public Property Fewer_fractional_digits_scale_up() =>
        Prop.ForAll(Gen.Choose(0, 999_999).ToArbitrary(), Gen.Choose(0, 9).ToArbitrary(), (whole, digit) =>
            DecimalValue.TryParse($"{whole}.{digit}", out var value, out _) && value!.Scaled == (whole * 10_000L) + (digit * 1000L));

    [Property(MaxTest = 500)]
    public bool Parsing_never_throws(string? text) =>
        !DecimalValue.TryParse(text ?? string.Empty, out var value, out _) || value is not null;
}
