using Custos.Detection.Tests.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Detection.Tests;

public sealed class PiiTests
{
    private static readonly Scanner Scanner = new();

    private static readonly string[] Words = ["the", "invoice", "was", "sent", "to", "Zoë", "über", "naïve", "日本語", "données", "—", "and", "then", "(see", "below).", "réunion", "mañana", "\n", "\t"];

    private static Gen<string> Filler() =>
        Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements(Words), n)).Select(ws => string.Join(' ', ws));

    private static Property FoundExactlyWhereEmbedded(string type, Func<Fakes, string> make) =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).SelectMany(seed => Filler().SelectMany(before => Filler().Select(after => (seed, before, after)))).ToArbitrary(),
            t =>
            {
                var value = make(new Fakes(t.seed));
                var prefix = t.before + " ";
                var text = prefix + value + " " + t.after;
                var findings = Scanner.Scan(text).Where(f => f.Type == type).ToList();
                return findings.Count == 1 && findings[0].Start == prefix.Length && findings[0].End == prefix.Length + value.Length;
            });

    [Property(MaxTest = 300)]
    public Property Generated_cards_are_found_with_exact_offsets_wherever_embedded() =>
        FoundExactlyWhereEmbedded(EntityTypes.CreditCard, f => f.Card());

    [Property(MaxTest = 300)]
    public Property Generated_ibans_are_found_with_exact_offsets_wherever_embedded() =>
        FoundExactlyWhereEmbedded(EntityTypes.IbanCode, f => f.Iban(f.Random.Next(2) == 0));

    [Property(MaxTest = 300)]
    public Property Generated_ssns_are_found_with_exact_offsets_wherever_embedded() =>
        FoundExactlyWhereEmbedded(EntityTypes.UsSsn, f => f.Ssn('-'));

    [Property(MaxTest = 300)]
    public Property Generated_emails_are_found_with_exact_offsets_wherever_embedded() =>
        FoundExactlyWhereEmbedded(EntityTypes.EmailAddress, f => f.Email());

    [Property(MaxTest = 200)]
    public Property Generated_international_phone_numbers_are_found_with_exact_offsets() =>
        FoundExactlyWhereEmbedded(EntityTypes.PhoneNumber, f => f.Phone());

    [Property(MaxTest = 200)]
    public Property Generated_ip_addresses_are_found_with_exact_offsets() =>
        FoundExactlyWhereEmbedded(EntityTypes.IpAddress, f => f.Random.Next(2) == 0 ? f.Ipv4() : f.Ipv6());

    [Property(MaxTest = 500)]
    public Property Findings_are_sorted_disjoint_within_bounds_for_any_text() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            text ??= string.Empty;
            var findings = Scanner.Scan(text);
            var end = 0;
            foreach (var f in findings)
            {
                if (f.Start < end || f.End <= f.Start || f.End > text.Length || f.Score is < 0 or > 1)
                {
                    return false;
                }

                end = f.End;
            }

            return true;
        });

    [Theory]
    [InlineData("Card: 4111 1111 1111 1111, exp 12/27", EntityTypes.CreditCard, "4111 1111 1111 1111")]
    [InlineData("amex 3782-822463-10005 on file", EntityTypes.CreditCard, "3782-822463-10005")]
    [InlineData("Wire to DE89 3704 0044 0532 0130 00 today", EntityTypes.IbanCode, "DE89 3704 0044 0532 0130 00")]
    [InlineData("IBAN: GB82WEST12345698765432.", EntityTypes.IbanCode, "GB82WEST12345698765432")]
    [InlineData("SSN 536-22-1234", EntityTypes.UsSsn, "536-22-1234")]
    [InlineData("my social security number is 536221234", EntityTypes.UsSsn, "536221234")]
    [InlineData("Call me at (415) 555-2671 tomorrow", EntityTypes.PhoneNumber, "(415) 555-2671")]
    [InlineData("Tel. +44 20 7946 0958", EntityTypes.PhoneNumber, "+44 20 7946 0958")]
    [InlineData("reach me on 555-123-4567 after six", EntityTypes.PhoneNumber, "555-123-4567")]
    [InlineData("appelez le +33 6 12 34 56 78", EntityTypes.PhoneNumber, "+33 6 12 34 56 78")]
    [InlineData("server at 10.20.30.40:8080", EntityTypes.IpAddress, "10.20.30.40")]
    [InlineData("ping fe80::1ff:fe23:4567:890a now", EntityTypes.IpAddress, "fe80::1ff:fe23:4567:890a")]
    [InlineData("ping fe80::1ff:fe23:4567:890a%eth2 now", EntityTypes.IpAddress, "fe80::1ff:fe23:4567:890a%eth2")]
    [InlineData("route via fe80::1%25.", EntityTypes.IpAddress, "fe80::1%25")]
    [InlineData("join ff02::fb%en0 for mDNS", EntityTypes.IpAddress, "ff02::fb%en0")]
    [InlineData("global 2001:db8::1%eth0 has no zone", EntityTypes.IpAddress, "2001:db8::1")]
    [InlineData("fe80::1%this-name-is-far-too-long-for-an-interface here", EntityTypes.IpAddress, "fe80::1")]
    [InlineData("write to jane.doe+news@mail.example.co.uk.", EntityTypes.EmailAddress, "jane.doe+news@mail.example.co.uk")]
    [InlineData("пишите на info@xn--d1acufc.xn--p1ai сегодня", EntityTypes.EmailAddress, "info@xn--d1acufc.xn--p1ai")]
    public void Known_pii_is_found_with_its_span(string text, string type, string expected)
    {
        var finding = Assert.Single(Scanner.Scan(text));
        Assert.Equal(type, finding.Type);
        Assert.Equal(expected, text[finding.Start..finding.End]);
    }

    [Theory]
    [InlineData("Order #4111111111111112 shipped")]
    [InlineData("SSN 000-12-3456 and 666-12-3456 and 912-12-3456 and 123-00-4567 and 123-45-0000")]
    [InlineData("released on 2024-01-15 and 15/01/2024")]
    [InlineData("Load generator, 2026-11-24 (10 s per row)")]
    [InlineData("version 1.2.3.4 of the library")]
    [InlineData("Iban DE00 3704 0044 0532 0130 00 (bad check digits)")]
    [InlineData("the icon is logo@2x.png and the package lodash@4.17.21")]
    [InlineData("the label a@b.xn-- and x@y.xn--_a are not addresses")]
    [InlineData("time 12:30:45 and mac 00:1a:2b:3c:4d:5e and std::vector")]
    [InlineData("nine digits 536221234 in a table")]
    [InlineData("tracking number 1Z999AA10123456784 and order 4000123412341234")]
    public void Hard_negatives_are_not_reported(string text)
    {
        Assert.Empty(Scanner.Scan(text));
    }

    [Fact]
    public void Context_words_raise_the_score()
    {
        var bare = Assert.Single(Scanner.Scan("x 4111111111111111 y"));
        var withContext = Assert.Single(Scanner.Scan("credit card 4111111111111111 y"));
        Assert.True(withContext.Score > bare.Score);
    }

    [Fact]
    public void Disabled_types_are_not_reported()
    {
        var scanner = new Scanner(new ScannerOptions { EnabledTypes = new HashSet<string> { EntityTypes.EmailAddress } });
        var finding = Assert.Single(scanner.Scan("mail a@b.io or call +44 20 7946 0958 card 4111 1111 1111 1111"));
        Assert.Equal(EntityTypes.EmailAddress, finding.Type);
    }

    [Fact]
    public void An_unknown_type_in_the_options_is_refused_with_the_known_ones_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Scanner(new ScannerOptions { EnabledTypes = new HashSet<string> { "EMAIL" } }));
        Assert.Contains("EMAIL_ADDRESS", ex.Message, StringComparison.Ordinal);
    }
}
