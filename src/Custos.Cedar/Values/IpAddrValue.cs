using System.Globalization;
using System.Text;

namespace Custos.Cedar.Values;

/// <summary>
/// A Cedar <c>ipaddr</c>: an IPv4 or IPv6 address with a prefix length (32 or 128 when none is written). Two values
/// are equal when family, address and prefix are equal (<c>ip("10.0.0.1/24") != ip("10.0.0.0/24")</c>, as in Cedar).
/// </summary>
public sealed class IpAddrValue : ExtensionValue
{
    private const int MaxTextLength = 43;

    private IpAddrValue(bool isV4, UInt128 address, int prefix)
    {
        IsIpv4 = isV4;
        Address = address;
        Prefix = prefix;
    }

    public bool IsIpv4 { get; }

    public bool IsIpv6 => !IsIpv4;

    /// <summary>The address bits; an IPv4 address is in the low 32 bits.</summary>
    public UInt128 Address { get; }

    public int Prefix { get; }

    public override string TypeName => "ipaddr";

    /// <summary>Within 127.0.0.0/8 (with a prefix of at least 8), or <c>::1</c> with prefix 128.</summary>
    public bool IsLoopback => IsIpv4 ? (Address >> 24) == 127 && Prefix >= 8 : Address == UInt128.One && Prefix >= 128;

    /// <summary>Within 224.0.0.0/4 (prefix at least 4) or ff00::/8 (prefix at least 8).</summary>
    public bool IsMulticast => IsIpv4 ? (Address >> 28) == 0xE && Prefix >= 4 : (Address >> 120) == 0xFF && Prefix >= 8;

    /// <summary>Whether this range lies within <paramref name="range"/> (false across families).</summary>
    public bool IsInRange(IpAddrValue range)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (range.IsIpv4 != IsIpv4)
            return false;
        var width = IsIpv4 ? 32 : 128;
        var all = IsIpv4 ? (UInt128)uint.MaxValue : UInt128.MaxValue;
        var selfNetwork = Address & NetMask(Prefix, width, all);
        var otherNetwork = range.Address & NetMask(range.Prefix, width, all);
        var selfBroadcast = Address | (~NetMask(Prefix, width, all) & all);
        var otherBroadcast = range.Address | (~NetMask(range.Prefix, width, all) & all);
        return otherNetwork <= selfNetwork && selfBroadcast <= otherBroadcast;
    }

    private static UInt128 NetMask(int prefix, int width, UInt128 all) =>
        prefix == 0 ? UInt128.Zero : (all << (width - prefix)) & all;

    /// <summary>
    /// Parses Cedar's <c>ip</c> syntax: an IPv4 address (four decimal octets, no leading zeros) or IPv6 address (no
    /// embedded IPv4), optionally followed by <c>/prefix</c> (decimal, no leading zeros, at most 32 or 128).
    /// </summary>
    public static bool TryParse(string text, out IpAddrValue? value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = null;
        if (Encoding.UTF8.GetByteCount(text) > MaxTextLength)
        {
            error = $"error parsing IP address from string `{text}`: string length is too large";
            return false;
        }
        if (AtLeastTwo(text, ':') && AtLeastTwo(text, '.'))
        {
            error = $"error parsing IP address from string: We do not accept IPv4 embedded in IPv6 (e.g., ::ffff:127.0.0.1). Found: `{text}`";
            return false;
        }
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? text.AsSpan() : text.AsSpan(0, slash);
        bool isV4;
        UInt128 address;
        if (TryParseV4(addressText, out var v4))
        {
            isV4 = true;
            address = v4;
        }
        else if (TryParseV6(addressText, out var v6))
        {
            isV4 = false;
            address = v6;
        }
        else
        {
            error = slash < 0 ? $"invalid IP address: {text}" : $"error parsing IP address from the string `{addressText}`: invalid IP address syntax";
            return false;
        }
        var prefix = isV4 ? 32 : 128;
        if (slash >= 0 && !TryParsePrefix(text.AsSpan(slash + 1), isV4 ? 32 : 128, isV4 ? 2 : 3, out prefix, out error))
            return false;
        value = new IpAddrValue(isV4, address, prefix);
        error = null;
        return true;
    }

    private static bool AtLeastTwo(string text, char c)
    {
        var first = text.IndexOf(c, StringComparison.Ordinal);
        return first >= 0 && text.IndexOf(c, first + 1) >= 0;
    }

    private static bool TryParsePrefix(ReadOnlySpan<char> text, int max, int maxLength, out int prefix, out string? error)
    {
        prefix = 0;
        if (text.Length > maxLength)
        {
            error = $"error parsing prefix: string length {text.Length} is too large";
            return false;
        }
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                error = $"error parsing prefix `{text}`: encountered non-digit";
                return false;
            }
        }
        if (text.Length > 1 && text[0] == '0')
        {
            error = $"error parsing prefix `{text}`: leading zero(s)";
            return false;
        }
        if (text.IsEmpty)
        {
            error = "error parsing prefix from the string ``: cannot parse integer from empty string";
            return false;
        }
        prefix = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        if (prefix > max)
        {
            error = $"error parsing prefix: {prefix} is larger than the limit {max}";
            return false;
        }
        error = null;
        return true;
    }

    private static bool TryParseV4(ReadOnlySpan<char> text, out uint address)
    {
        address = 0;
        var position = 0;
        for (var octet = 0; octet < 4; octet++)
        {
            if (octet > 0)
            {
                if (position >= text.Length || text[position] != '.')
                    return false;
                position++;
            }
            var start = position;
            var value = 0;
            while (position < text.Length && char.IsAsciiDigit(text[position]) && position - start < 3)
            {
                value = (value * 10) + (text[position] - '0');
                position++;
            }
            var digits = position - start;
            if (digits == 0 || value > 255 || (digits > 1 && text[start] == '0'))
                return false;
            address = (address << 8) | (uint)value;
        }
        return position == text.Length;
    }

    // The grammar of Rust's std::net::Ipv6Addr parser without embedded IPv4: groups of 1-4 hex digits; "::" at most
    // once and standing for at least one zero group.
    private static bool TryParseV6(ReadOnlySpan<char> text, out UInt128 address)
    {
        address = UInt128.Zero;
        Span<ushort> head = stackalloc ushort[8];
        var position = 0;
        var headCount = ReadGroups(text, ref position, head);
        if (headCount == 8)
            return Combine(head, 8, [], 0, position == text.Length, out address);
        if (position + 1 >= text.Length || text[position] != ':' || text[position + 1] != ':')
            return false;
        position += 2;
        Span<ushort> tail = stackalloc ushort[7];
        var tailCount = ReadGroups(text, ref position, tail[..(8 - (headCount + 1))]);
        return Combine(head, headCount, tail, tailCount, position == text.Length, out address);
    }

    private static bool Combine(ReadOnlySpan<ushort> head, int headCount, ReadOnlySpan<ushort> tail, int tailCount, bool consumed, out UInt128 address)
    {
        address = UInt128.Zero;
        if (!consumed)
            return false;
        Span<ushort> groups = stackalloc ushort[8];
        head[..headCount].CopyTo(groups);
        tail[..tailCount].CopyTo(groups[(8 - tailCount)..]);
        foreach (var group in groups)
            address = (address << 16) | group;
        return true;
    }

    private static int ReadGroups(ReadOnlySpan<char> text, ref int position, Span<ushort> groups)
    {
        for (var i = 0; i < groups.Length; i++)
        {
            var at = position;
            if (i > 0)
            {
                if (at >= text.Length || text[at] != ':')
                    return i;
                at++;
            }
            var start = at;
            var value = 0;
            while (at < text.Length && at - start < 5 && char.IsAsciiHexDigit(text[at]))
            {
                value = (value << 4) | HexValue(text[at]);
                at++;
            }
            var digits = at - start;
            if (digits == 0 || digits > 4)
                return i;
            groups[i] = (ushort)value;
            position = at;
        }
        return groups.Length;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    public override bool Equals(CedarValue? other) =>
        other is IpAddrValue ip && ip.IsIpv4 == IsIpv4 && ip.Address == Address && ip.Prefix == Prefix;

    public override int GetHashCode() => HashCode.Combine(IsIpv4, Address, Prefix);

    /// <summary>The address and prefix, e.g. <c>10.0.0.1/32</c> or <c>::1/128</c>.</summary>
    public string ToAddressString()
    {
        if (IsIpv4)
        {
            var a = (uint)Address;
            return string.Create(CultureInfo.InvariantCulture, $"{a >> 24}.{(a >> 16) & 0xFF}.{(a >> 8) & 0xFF}.{a & 0xFF}/{Prefix}");
        }
        // RFC 5952: lowercase hex, the longest run of two or more zero groups as "::", never dotted IPv4.
        Span<ushort> groups = stackalloc ushort[8];
        for (var i = 0; i < 8; i++)
            groups[i] = (ushort)(Address >> (16 * (7 - i)));
        int bestStart = -1, bestLength = 0;
        for (var i = 0; i < 8;)
        {
            if (groups[i] != 0)
            {
                i++;
                continue;
            }
            var start = i;
            while (i < 8 && groups[i] == 0)
                i++;
            if (i - start > bestLength && i - start >= 2)
            {
                bestStart = start;
                bestLength = i - start;
            }
        }
        var builder = new StringBuilder(48);
        for (var i = 0; i < 8; i++)
        {
            if (i == bestStart)
            {
                builder.Append("::");
                i += bestLength - 1;
                continue;
            }
            if (i > 0 && i != bestStart + bestLength)
                builder.Append(':');
            builder.Append(groups[i].ToString("x", CultureInfo.InvariantCulture));
        }
        return builder.Append('/').Append(Prefix.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    public override string ToString() => "ip(\"" + ToAddressString() + "\")";
}
