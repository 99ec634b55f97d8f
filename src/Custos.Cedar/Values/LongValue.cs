using System.Globalization;

namespace Custos.Cedar.Values;

/// <summary>A signed 64-bit integer; arithmetic on it is checked (overflow is an evaluation error).</summary>
public sealed class LongValue : CedarValue
{
    private static readonly LongValue[] Small = CreateSmall();

    private LongValue(long value) => Value = value;

    public long Value { get; }

    public override ValueKind Kind => ValueKind.Long;

    /// <summary>Small values (-128..1023) are cached so common arithmetic does not allocate.</summary>
    public static LongValue Of(long value) =>
        value is >= -128 and < 1024 ? Small[value + 128] : new LongValue(value);

    public override bool Equals(CedarValue? other) => other is LongValue l && l.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    private static LongValue[] CreateSmall()
    {
        var values = new LongValue[1024 + 128];
        for (var i = 0; i < values.Length; i++)
            values[i] = new LongValue(i - 128);
        return values;
    }
}
