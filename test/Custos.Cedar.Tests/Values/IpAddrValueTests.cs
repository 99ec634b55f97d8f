using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Custos.Cedar.Values;

namespace Custos.Cedar.Tests.ExtensionValues;

public sealed class IpAddrValueTests
{
    [Theory]
    [InlineData("127.0.0.1", true, 32)]
    [InlineData("0.0.0.0/0", true, 0)]
    [InlineData("10.0.0.0/8", true, 8)]
    [InlineData("255.255.255.255/32", true, 32)]
    [InlineData("::", false, 128)]
    [InlineData("::1", false, 128)]
    [InlineData("1::", false, 128)]
    [InlineData("ffee::/64", false, 64)]
    [InlineData("FFEE:0:0:0:0:0:0:1/128", false, 128)]
    [InlineData("1:2:3:4:5:6:7::", false, 128)]
    [InlineData("2001:db8::ff00:42:8329", false, 128)]
    [InlineData("1111:2222:3333:4444:5555:6666:7777:8888/128", false, 128)]
    public void Parses_addresses_and_ranges(string text, bool v4, int prefix)
    {
        Assert.True(IpAddrValue.TryParse(text, out var ip, out var error), error);
        Assert.Equal(v4, ip!.IsIpv4);
        Assert.Equal(prefix, ip.Prefix);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData("01.2.3.4")]
    [InlineData("1.2.3.256")]
    [InlineData("1.2.3.4/33")]
    [InlineData("1.2.3.4/08")]
    [InlineData("1.2.3.4/")]
    [InlineData("1.2.3.4/-1")]
    [InlineData("1.2.3.4/8/8")]
    [InlineData("::1/129")]
    [InlineData("::1/0128")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::127.0.0.1")]
    [InlineData(":::")]
    [InlineData("1::2::3")]
    [InlineData("12345::")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("1:2:3:4:5:6:7::8")]
    [InlineData("1:2:3:4:5:6:7:8::")]
    [InlineData("g::")]
    [InlineData(" 1.2.3.4")]
    [InlineData("1111:2222:3333:4444:5555:6666:7777:8888/128 ")]
    public void Rejects_what_Cedar_rejects(string text) => Assert.False(IpAddrValue.TryParse(text, out _, out _));

    [Theory]
    [InlineData("10.1.2.3", "10.0.0.0/8", true)]
    [InlineData("10.0.0.0/16", "10.0.0.0/8", true)]
    [InlineData("10.0.0.0/8", "10.0.0.0/16", false)]
    [InlineData("11.0.0.1", "10.0.0.0/8", false)]
    [InlineData("10.0.0.1", "0.0.0.0/0", true)]
    [InlineData("::1", "::/0", true)]
    [InlineData("10.0.0.1", "::/0", false)]
    [InlineData("2001:db8::1", "2001:db8::/32", true)]
    public void Range_membership(string address, string range, bool expected)
    {
        Assert.True(IpAddrValue.TryParse(address, out var a, out _));
        Assert.True(IpAddrValue.TryParse(range, out var r, out _));
        Assert.Equal(expected, a!.IsInRange(r!));
    }

    [Theory]
    [InlineData("127.0.0.1", true, false)]
    [InlineData("127.0.0.0/8", true, false)]
    [InlineData("127.0.0.0/7", false, false)]
    [InlineData("::1", true, false)]
    [InlineData("224.0.0.1", false, true)]
    [InlineData("224.0.0.0/3", false, false)]
    [InlineData("ff02::1", false, true)]
    [InlineData("10.0.0.1", false, false)]
    public void Loopback_and_multicast(string text, bool loopback, bool multicast)
    {
        Assert.True(IpAddrValue.TryParse(text, out var ip, out _));
        Assert.Equal(loopback, ip!.IsLoopback);
        Assert.Equal(multicast, ip.IsMulticast);
    }

    [Theory]
    [InlineData("::", "::/128")]
    [InlineData("::1", "::1/128")]
    [InlineData("1::", "1::/128")]
    [InlineData("::ffff:102:304", "::ffff:102:304/128")]
    [InlineData("1:0:0:2:0:0:0:3/64", "1:0:0:2::3/64")]
    [InlineData("1:0:2:0:3:0:4:0", "1:0:2:0:3:0:4:0/128")]
    [InlineData("2001:DB8:0:0:1:0:0:1", "2001:db8::1:0:0:1/128")]
    [InlineData("10.0.0.1", "10.0.0.1/32")]
    public void Prints_addresses_in_canonical_form(string text, string printed)
    {
        Assert.True(IpAddrValue.TryParse(text, out var ip, out _));
        Assert.Equal(printed, ip!.ToAddressString());
    }

    [Property(MaxTest = 500)]
    public Property Printed_IPv4_ranges_parse_back() =>
        Prop.ForAll(ArbMap.Default.ArbFor<uint>(), Gen.Choose(0, 32).ToArbitrary(), (address, prefix) =>
        {
            var text = $"{address >> 24}.{(address >> 16) & 255}.{(address >> 8) & 255}.{address & 255}/{prefix}";
            return IpAddrValue.TryParse(text, out var ip, out _) && ip!.Address == address && ip.Prefix == prefix &&
                IpAddrValue.TryParse(ip.ToAddressString(), out var again, out _) && again!.Equals(ip);
        });

    [Property(MaxTest = 500)]
    public Property Printed_IPv6_ranges_parse_back() =>
        Prop.ForAll(ArbMap.Default.ArbFor<ulong>(), ArbMap.Default.ArbFor<ulong>(), Gen.Choose(0, 128).ToArbitrary(), (high, low, prefix) =>
        {
            var groups = new string[8];
            // Zero some groups so that "::" compression is exercised.
            var address = ((UInt128)(high & 0xFFFF_0000_FFFF_FFFF) << 64) | (low & (prefix % 2 == 0 ? 0xFFFF_FFFF_0000_0000 : ulong.MaxValue));
            for (var i = 0; i < 8; i++)
                groups[i] = ((ushort)(address >> (16 * (7 - i)))).ToString("x", System.Globalization.CultureInfo.InvariantCulture);
            var text = string.Join(':', groups) + "/" + prefix;
            return IpAddrValue.TryParse(text, out var ip, out _) && ip!.Address == address && ip.Prefix == prefix &&
                IpAddrValue.TryParse(ip.ToAddressString(), out var again, out _) && again!.Equals(ip);
        });

    [Property(MaxTest = 500)]
    public bool Parsing_never_throws(string? text) =>
        !IpAddrValue.TryParse(text ?? string.Empty, out var value, out _) || value is not null;
}
