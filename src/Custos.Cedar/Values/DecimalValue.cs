using System.Globalization;

namespace Custos.Cedar.Values;

/// <summary>
/// A Cedar <c>decimal</c>: a signed 64-bit integer scaled by 10^4 (four fractional digits), range
/// -922337203685477.5808 to 922337203685477.5807. Not ordered by <c>&lt;</c>; compared with its methods.
/// </summary>
public sealed class DecimalValue : ExtensionValue
{
    private const long Scale = 10_000;

    public DecimalValue(long scaled) => Scaled = scaled;

    /// <summary>The value times 10^4.</summary>
    public long Scaled { get; }

    public override string TypeName => "decimal";

    /// <summary>Parses Cedar's decimal syntax: <c>-?[0-9]+\.[0-9]{1,4}</c> within range. The error says why not.</summary>
    public static bool TryParse(string text, out DecimalValue? value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = null;
        var span = text.AsSpan();
        var negative = span.StartsWith("-");
        var dot = span.IndexOf('.');
        var intStart = negative ? 1 : 0;
        if (dot <= intStart || dot == span.Length - 1 || !AllDigits(span[intStart..dot]) || !AllDigits(span[(dot + 1)..]))
        {
            error = $"`{text}` is not a well-formed decimal value";
            return false;
        }
        if (!long.TryParse(span[..dot], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ||
            whole > long.MaxValue / Scale || whole < long.MinValue / Scale)
        {
            error = "overflow when converting to decimal";
            return false;
        }
        var fraction = span[(dot + 1)..];
        if (fraction.Length > 4)
        {
            error = $"too many digits after the decimal in `{text}`";
            return false;
        }
        long frac = 0;
        for (var i = 0; i < 4; i++)
            frac = (frac * 10) + (i < fraction.Length ? fraction[i] - '0' : 0);
        var scaled = whole * Scale;
        long result;
        try
        {
            result = negative ? checked(scaled - frac) : checked(scaled + frac);
        }
        catch (OverflowException)
        {
            error = "overflow when converting to decimal";
            return false;
        }
        value = new DecimalValue(result);
        error = null;
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> span)
    {
        if (span.IsEmpty)
            return false;
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        return true;
    }

    public override bool Equals(CedarValue? other) => other is DecimalValue d && d.Scaled == Scaled;

    public override int GetHashCode() => Scaled.GetHashCode();

    /// <summary>The number with four fractional digits, e.g. <c>-1.2300</c>.</summary>
    public string ToDecimalString()
    {
        var abs = Int128.Abs(Scaled);
        var sign = Scaled < 0 ? "-" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / Scale}.{(int)(abs % Scale):D4}");
    }

    public override string ToString() => "decimal(\"" + ToDecimalString() + "\")";
}
