using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Custos.Cedar.Validation;

/// <summary>
/// Whether a string literal is a valid argument of an extension constructor, by the rules of Cedar's extensions:
/// <c>ip</c>, <c>decimal</c>, <c>datetime</c>, <c>duration</c>. The validator rejects constructor calls that would
/// always fail.
/// </summary>
internal static class ExtensionLiterals
{
    public static bool IsValid(string constructor, string text) => constructor switch
    {
        "ip" => IsValidIp(text),
        "decimal" => IsValidDecimal(text),
        "datetime" => IsValidDatetime(text),
        "duration" => IsValidDuration(text),
        _ => true,
    };

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    private static bool AllDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExcept(Digits);

    private static bool IsValidIp(string text)
    {
        if (text.Length > 43)
            return false;
        if (text.Count(c => c == ':') >= 2 && text.Count(c => c == '.') >= 2)
            return false;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var address = slash < 0 ? text : text[..slash];
        if (!TryParseAddress(address, out var isV6))
            return false;
        if (slash < 0)
            return true;
        var prefix = text.AsSpan(slash + 1);
        var (max, maxLength) = isV6 ? (128, 3) : (32, 2);
        if (prefix.Length > maxLength || !AllDigits(prefix) || (prefix[0] == '0' && prefix.Length > 1))
            return false;
        return int.Parse(prefix, CultureInfo.InvariantCulture) <= max;
    }

    /// <summary>Rust's <c>IpAddr::from_str</c>: strict dotted IPv4 (no leading zeros) or IPv6 without zone.</summary>
    private static bool TryParseAddress(string text, out bool isV6)
    {
        isV6 = text.Contains(':', StringComparison.Ordinal);
        if (!isV6)
            return IsStrictIpv4(text);
        if (text.Contains('%', StringComparison.Ordinal) || text.Contains('[', StringComparison.Ordinal))
            return false;
        // IPv6 groups are 1-4 hex digits; an embedded IPv4 tail must be strict dotted.
        var lastColon = text.LastIndexOf(':');
        var tail = text[(lastColon + 1)..];
        if (tail.Contains('.', StringComparison.Ordinal) && !IsStrictIpv4(tail))
            return false;
        foreach (var group in text.Split(':'))
        {
            if (group.Length > 4 && !group.Contains('.', StringComparison.Ordinal))
                return false;
        }
        return IPAddress.TryParse(text, out var parsed) && parsed.AddressFamily == AddressFamily.InterNetworkV6;
    }

    private static bool IsStrictIpv4(string text)
    {
        var parts = text.Split('.');
        if (parts.Length != 4)
            return false;
        foreach (var part in parts)
        {
            if (part.Length is 0 or > 3 || !AllDigits(part) || (part.Length > 1 && part[0] == '0'))
                return false;
            if (int.Parse(part, CultureInfo.InvariantCulture) > 255)
                return false;
        }
        return true;
    }

    private static bool IsValidDecimal(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
            return false;
        var left = text.AsSpan(0, dot);
        var right = text.AsSpan(dot + 1);
        var negative = left.StartsWith("-");
        var leftDigits = negative ? left[1..] : left;
        if (!AllDigits(leftDigits) || !AllDigits(right) || right.Length > 4)
            return false;
        if (!long.TryParse(left, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            return false;
        var fraction = long.Parse(right, CultureInfo.InvariantCulture);
        for (var i = right.Length; i < 4; i++)
            fraction *= 10;
        try
        {
            var scaled = checked(whole * 10000);
            _ = negative ? checked(scaled - fraction) : checked(scaled + fraction);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    // The evaluator's parser: Cedar's validator runs the constructor on the literal. (A copy of the rules here
    // refused "-9223372036854775808ms", i64::MIN, whose digits alone exceed i64::MAX.)
    private static bool IsValidDuration(string text) => Values.DurationValue.TryParse(text, out _, out _);

    private static bool IsValidDatetime(string text)
    {
        if (text.Length < 10 || !AllDigits(text.AsSpan(0, 4)) || text[4] != '-' || !AllDigits(text.AsSpan(5, 2)) ||
            text[7] != '-' || !AllDigits(text.AsSpan(8, 2)))
            return false;
        var year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(text.AsSpan(8, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month))
            return false;
        if (text.Length == 10)
            return true;
        var rest = text.AsSpan(10);
        if (rest.Length < 9 || rest[0] != 'T' || !AllDigits(rest.Slice(1, 2)) || rest[3] != ':' || !AllDigits(rest.Slice(4, 2)) ||
            rest[6] != ':' || !AllDigits(rest.Slice(7, 2)))
            return false;
        var hour = int.Parse(rest.Slice(1, 2), CultureInfo.InvariantCulture);
        var minute = int.Parse(rest.Slice(4, 2), CultureInfo.InvariantCulture);
        var second = int.Parse(rest.Slice(7, 2), CultureInfo.InvariantCulture);
        rest = rest[9..];
        if (rest.StartsWith("."))
        {
            if (rest.Length < 4 || !AllDigits(rest.Slice(1, 3)))
                return false;
            rest = rest[4..];
        }
        if (rest.SequenceEqual("Z"))
            return hour < 24 && minute < 60 && second < 60;
        if (rest.Length != 5 || (rest[0] != '+' && rest[0] != '-') || !AllDigits(rest[1..]))
            return false;
        var offsetHours = int.Parse(rest.Slice(1, 2), CultureInfo.InvariantCulture);
        var offsetMinutes = int.Parse(rest.Slice(3, 2), CultureInfo.InvariantCulture);
        return hour < 24 && minute < 60 && second < 60 && offsetHours < 24 && offsetMinutes < 60;
    }

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
