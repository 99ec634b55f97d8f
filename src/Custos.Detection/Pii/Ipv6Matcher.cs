using System.Net;
using System.Net.Sockets;
using Custos.Detection.Scanning;

namespace Custos.Detection.Pii;

/// <summary>IPv6 addresses, found from a colon: the hex-and-colon run around it (at most 45 characters) is parsed.</summary>
internal static class Ipv6Matcher
{
    private const int MaxLength = 45;

    /// <summary>Looks at the run around the colon at <paramref name="at"/>; returns where the run ends.</summary>
    public static int Scan(ScanContext context, int at)
    {
        var text = context.Text;
        if (!IsPart(Chars.At(text, at - 1)) && !IsPart(Chars.At(text, at + 1)) && Chars.At(text, at + 1) != '.')
        {
            return at; // a lone colon (JSON's '":"', "Note: …"): the run below would be this colon alone, dropped as trailing
        }

        var s = at;
        while (s > 0 && at - s < MaxLength && IsPart(text[s - 1]))
        {
            s--;
        }

        var e = at;
        var colons = 0;
        while (e < text.Length && e - s < MaxLength && (IsPart(text[e]) || (text[e] == '.' && char.IsAsciiDigit(Chars.At(text, e + 1)))))
        {
            colons += text[e] == ':' ? 1 : 0;
            e++;
        }

        // A trailing colon belongs to the sentence ("the address is fe80::1:").
        while (e > at && text[e - 1] == ':' && Chars.At(text, e - 2) != ':')
        {
            e--;
            colons--;
        }

        if (colons < 2 || (s > 0 && (Chars.IsWordChar(text[s - 1]) || text[s - 1] == ':')) || Chars.IsWordChar(Chars.At(text, e)))
        {
            return e;
        }

        var candidate = text.AsSpan(s, e - s);
        if (candidate.ContainsAnyExcept(':') && IPAddress.TryParse(candidate, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            context.Add(EntityTypes.IpAddress, s, address.IsIPv6LinkLocal || address.IsIPv6Multicast ? ZoneEnd(text, e) : e, 0.85, "ip", "ipv6", boost: ContextKind.Ip, dampen: ContextKind.Version);
        }

        return e;
    }

    /// <summary>
    /// Where a zone index after a scoped address ends (RFC 4007: fe80::1%eth0, ff02::1%2): it is part of the address.
    /// An interface name is at most 15 characters on Linux; anything else after the '%' leaves the address alone.
    /// </summary>
    private static int ZoneEnd(string text, int e)
    {
        if (Chars.At(text, e) != '%')
        {
            return e;
        }

        var z = e + 1;
        while (z < text.Length && z - e <= 16 && (char.IsAsciiLetterOrDigit(text[z]) || text[z] is '.' or '_' or '-'))
        {
            z++;
        }

        // A trailing dot ends the sentence.
        while (z > e + 1 && text[z - 1] == '.')
        {
            z--;
        }

        return z - e is >= 2 and <= 16 && !Chars.IsWordChar(Chars.At(text, z)) ? z : e;
    }

    private static bool IsPart(char c) => char.IsAsciiHexDigit(c) || c == ':';
}
