using static Custos.Detection.Tests.IdProperties;
using Custos.Detection.Redaction;
using Custos.Detection.Tests.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Detection.Tests;

/// <summary>UK_NINO, UK_NHS, DE_VAT_ID, IT_VAT_CODE, EU_VAT_ID, DATE_TIME (dates of birth) and CRYPTO.</summary>
public sealed class NationalIdTests
{
    private static readonly Scanner Scanner = new();

    [Property(MaxTest = 300)]
    public Property Generated_national_insurance_numbers_are_found_with_exact_offsets() =>
        FoundExactly(EntityTypes.UkNino, f => ("", f.Nino(f.Random.Next(2) == 0)));

    [Property(MaxTest = 500)]
    public Property Generated_vat_ids_of_fourteen_countries_are_found_with_exact_offsets()
    {
        return Prop.ForAll(
            Placed(),
            t =>
            {
                var f = new Fakes(t.Seed);
                var country = f.Pick(IdFakes.VatCountries);
                var value = f.Vat(country);
                var prefix = t.Before + " ";
                var text = prefix + value + " " + t.After;
                var findings = Scanner.Scan(text).Where(x => x.Type == IdFakes.VatType(country)).ToList();
                return (findings.Count == 1 && findings[0].Start == prefix.Length && findings[0].End == prefix.Length + value.Length
                    && (findings[0].Type != EntityTypes.EuVatId || findings[0].Subtype == country)).Label(text);
            });
    }

    [Property(MaxTest = 300)]
    public Property Generated_nhs_numbers_are_found_in_their_layout_or_next_to_nhs() =>
        FoundExactly(EntityTypes.UkNhs, f => f.Random.Next(3) switch
        {
            0 => ("", f.Nhs(spaced: true)),
            1 => ("NHS number ", f.Nhs(spaced: false)),
            _ => ("NHS no: ", f.Nhs(spaced: true)),
        });

    [Property(MaxTest = 300)]
    public Property Generated_bitcoin_addresses_are_found_with_exact_offsets() =>
        FoundExactly(EntityTypes.Crypto, f => ("", f.Random.Next(3) switch
        {
            0 => f.BitcoinBase58(scriptHash: false),
            1 => f.BitcoinBase58(scriptHash: true),
            _ => f.BitcoinBech32(),
        }));

    private static readonly string[] BirthLeads = ["Date of birth: ", "DOB ", "dob=", "born on ", "Birthday: ", "geboren am ", "Geburtsdatum: ", "né le ", "Date de naissance : ", "fecha de nacimiento: ", "nacido el ", "生年月日：", "出生日期：", "\"date_of_birth\": \"", "D.O.B. "];

    [Property(MaxTest = 400)]
    public Property Generated_dates_of_birth_after_a_keyword_are_found_with_exact_offsets() =>
        FoundExactly(EntityTypes.DateTime, f => (f.Pick(BirthLeads), f.BirthDate(f.Random.Next(9))));

    [Theory]
    [InlineData("NI number: AB 12 34 56 C, thanks", "AB 12 34 56 C")]
    [InlineData("nino=JG103759A;", "JG103759A")]
    [InlineData("Her National Insurance number is QQ123456C? no: CE123456D.", "CE123456D")]
    public void National_insurance_numbers_are_found(string text, string expected) =>
        AssertSingle(text, EntityTypes.UkNino, expected);

    [Fact]
    public void National_insurance_near_misses_are_not_reported()
    {
        string[] cases =
        [
            "DA123456A", "FA123456A", "IA123456A", "QA123456A", "UA123456A", "VA123456A", // excluded first letters
            "AD123456A", "AO123456A", "AI123456A", "AV123456A", // excluded second letters
            "BG123456A", "GB123456A", "KN123456A", "NK123456A", "NT123456A", "TN123456A", "ZZ123456A", // excluded prefixes
            "AB123456E", "AB123456", "AB12345C", "AB1234567C", "AB 12 34 56", "AB 123 456 C", "AB123456CD", "xAB123456C", "part AB123456C7",
        ];
        foreach (var value in cases)
        {
            Assert.DoesNotContain(Scanner.Scan($"id {value} end"), f => f.Type == EntityTypes.UkNino);
        }
    }

    [Theory]
    [InlineData("DE202004325", EntityTypes.DeVatId, null)]
    [InlineData("IT72955030985", EntityTypes.ItVatCode, null)]
    [InlineData("FR03102448875", EntityTypes.EuVatId, "FR")]
    [InlineData("NL437105854B04", EntityTypes.EuVatId, "NL")]
    [InlineData("ESB78669843", EntityTypes.EuVatId, "ES")]
    [InlineData("BE0772981320", EntityTypes.EuVatId, "BE")]
    [InlineData("ATU07936714", EntityTypes.EuVatId, "AT")]
    [InlineData("PL9364108238", EntityTypes.EuVatId, "PL")]
    [InlineData("SE235353933701", EntityTypes.EuVatId, "SE")]
    [InlineData("DK86929570", EntityTypes.EuVatId, "DK")]
    [InlineData("FI56720998", EntityTypes.EuVatId, "FI")]
    [InlineData("PT963612972", EntityTypes.EuVatId, "PT")]
    [InlineData("IE0911742CW", EntityTypes.EuVatId, "IE")]
    [InlineData("LU37785651", EntityTypes.EuVatId, "LU")]
    [InlineData("DE 202 004 325", EntityTypes.DeVatId, null)]
    [InlineData("BE 0772.981.320", EntityTypes.EuVatId, "BE")]
    public void Vat_ids_checked_by_an_independent_validator_are_found(string value, string type, string? subtype)
    {
        // The values were drawn at random and kept where python-stdnum's JavaScript port (stdnum 1.12.0) called them valid.
        var text = $"USt-IdNr./VAT: {value}. Thanks";
        var finding = Assert.Single(Scanner.Scan(text));
        Assert.Equal((type, subtype, 15, 15 + value.Length), (finding.Type, finding.Subtype, finding.Start, finding.End));
    }

    [Fact]
    public void Vat_ids_with_a_wrong_check_are_not_reported()
    {
        // Values an independent validator (stdnum 1.12.0) rejects, and generated ids with their check changed.
        string[] rejected = ["DE036712337", "IT77672750074", "FR86016071752", "NL651062321B75", "ES19507999M", "BE0803323253", "ATU03416157", "PL9729148349", "SE669906110001", "DK39503683", "FI12754114", "PT436358626", "IE7948237VW", "LU56015920"];
        var f = new Fakes(7);
        var generated = IdFakes.VatCountries.SelectMany(c => Enumerable.Range(0, 30).Select(_ => f.InvalidVat(c)));
        foreach (var value in rejected.Concat(generated))
        {
            var found = Scanner.Scan($"VAT {value} here");
            Assert.True(found.Count == 0, value);
        }
    }

    [Fact]
    public void A_vat_id_glued_to_more_characters_or_inside_an_iban_is_not_a_vat_id()
    {
        Assert.Empty(Scanner.Scan("sku DE2020043257 and DE202004325X and xDE202004325 and DE202004325_1"));

        // A German IBAN holds nine digits after DE and two more: the IBAN, the longer finding, wins.
        var f = new Fakes(3);
        for (var n = 0; n < 200; n++)
        {
            var iban = f.Iban(n % 2 == 0);
            var findings = Scanner.Scan($"IBAN {iban}");
            var only = Assert.Single(findings);
            Assert.Equal(EntityTypes.IbanCode, only.Type);
        }
    }

    [Theory]
    [InlineData("Patient 943 476 5919 was seen", "943 476 5919")]
    [InlineData("NHS number: 9434765919.", "9434765919")]
    [InlineData("NHS No. 943-476-5919", "943-476-5919")]
    public void Nhs_numbers_are_found(string text, string expected) =>
        AssertSingle(text, EntityTypes.UkNhs, expected);

    [Fact]
    public void Nhs_near_misses_and_look_alikes_are_not_nhs_numbers()
    {
        // Wrong check digit; ten bare digits without "NHS"; a North American number with dashes; a phone word wins.
        Assert.DoesNotContain(Scanner.Scan("NHS number 943 476 5918"), x => x.Type == EntityTypes.UkNhs);
        Assert.DoesNotContain(Scanner.Scan("order 9434765919 shipped"), x => x.Type == EntityTypes.UkNhs);
        Assert.DoesNotContain(Scanner.Scan("timestamp 1734567890 and id 9434765919"), x => x.Type == EntityTypes.UkNhs);
        Assert.DoesNotContain(Scanner.Scan("Call 943-476-5919 today"), x => x.Type == EntityTypes.UkNhs);
        var phone = Scanner.Scan("Call me on 943 476 5919");
        Assert.Equal(EntityTypes.PhoneNumber, Assert.Single(phone).Type);
        Assert.DoesNotContain(Scanner.Scan("+44 943 476 5919"), x => x.Type == EntityTypes.UkNhs);
        Assert.DoesNotContain(Scanner.Scan("NHS 000 000 0000"), x => x.Type == EntityTypes.UkNhs);
    }

    [Theory]
    [InlineData("send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa please", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "p2pkh")]
    [InlineData("BTC: 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "p2sh")]
    [InlineData("(BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ)", "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ", "bech32")]
    [InlineData("wallet bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3.", "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3", "bech32")]
    [InlineData("taproot bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "bech32")]
    public void Bitcoin_addresses_from_the_bips_are_found(string text, string expected, string subtype)
    {
        var finding = AssertSingle(text, EntityTypes.Crypto, expected);
        Assert.Equal(subtype, finding.Subtype);
    }

    [Fact]
    public void Bitcoin_look_alikes_are_not_reported()
    {
        string[] cases =
        [
            "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", // one character changed
            "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNaX", "x1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp", // checksum
            "bc1qAr0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", // mixed case
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj1",
            "abc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
            "12345678901234567890123456789012", "3bd0c1f5a1e84a0e9c6f2b7d8e9a0b1c", "1.0.0-alpha.1+build.5",
        ];
        foreach (var value in cases)
        {
            Assert.DoesNotContain(Scanner.Scan($"addr {value} end"), f => f.Type == EntityTypes.Crypto);
        }
    }

    [Theory]
    [InlineData("Date of birth: 12/03/1985", "12/03/1985")]
    [InlineData("DOB 1985-03-12 (verified)", "1985-03-12")]
    [InlineData("born on the 4th of July? no: born on July 4th, 1976.", "July 4th, 1976")]
    [InlineData("Geburtsdatum: 12. März 1985", "12. März 1985")]
    [InlineData("Il est né le 3 avril 1990 à Lyon.", "3 avril 1990")]
    [InlineData("fecha de nacimiento: 12 de marzo de 1985", "12 de marzo de 1985")]
    [InlineData("生年月日：1985年3月12日", "1985年3月12日")]
    [InlineData("{\"name\":\"Ann\",\"dob\":\"1985-03-12\"}", "1985-03-12")]
    [InlineData("Birthday: 12/31/1985", "12/31/1985")]
    [InlineData("d.o.b. 12.03.85", "12.03.85")]
    public void Dates_of_birth_after_a_keyword_are_found(string text, string expected)
    {
        var finding = AssertSingle(text, EntityTypes.DateTime, expected);
        Assert.Equal("date_of_birth", finding.Subtype);
    }

    [Fact]
    public void Dates_without_a_birth_keyword_or_impossible_dates_are_not_reported()
    {
        string[] cases =
        [
            "Released on 2024-03-15; patched 15/04/2024.", "2026-11-28T17:42:10Z INFO started", "[12/Mar/1985:10:00:00 +0000] GET /",
            "Meeting on 12 March 1985 at noon.", "Invoice date: 12/03/2024", "version 1.2.3 built 20240315",
            "Date of birth: 31/02/1985", "DOB 1985-13-01", "born on 32 March 1985", "DOB: 12/03/1850", "DOB: 12/03/2999",
            "DOB: unknown (12/03/1985 was the visit)", "Date of birth: 12/03/1985123", "born 1985", "dobby 12/03/1985", "birthdays 1-3",
        ];
        foreach (var text in cases)
        {
            Assert.DoesNotContain(Scanner.Scan(text), f => f.Type == EntityTypes.DateTime);
        }
    }

    [Fact]
    public void Each_new_type_is_redacted_by_its_method()
    {
        var text = "NINO AB 12 34 56 C, VAT DE202004325, NHS 943 476 5919, btc 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, DOB 1985-03-12";
        var findings = Scanner.Scan(text);
        Assert.Equal(5, findings.Count);
        var replaced = Redactor.Redact(text, findings, new RedactionPolicy());
        Assert.Equal("NINO <UK_NINO>, VAT <DE_VAT_ID>, NHS <UK_NHS>, btc <CRYPTO:p2pkh>, DOB <DATE_TIME:date_of_birth>", replaced);
        var partial = Redactor.Redact(text, findings, new RedactionPolicy { Default = RedactionMethod.Partial });
        Assert.Equal("NINO ** ** *4 56 C, VAT *******4325, NHS *** *** 5919, btc ******************************vfNa, DOB ****-**-**", partial);
    }

    [Theory]
    [InlineData("AB 12 ")]
    [InlineData("AB12 ")]
    [InlineData("DE 1 ")]
    [InlineData("DE1")]
    [InlineData("NL1.")]
    [InlineData("bc1")]
    [InlineData("bc1q")]
    [InlineData("1A")]
    [InlineData("3")]
    [InlineData("DOB ")]
    [InlineData("DOB 12/")]
    [InlineData("born on 1 ")]
    [InlineData("生年月日")]
    [InlineData("NHS 943 ")]
    public void A_megabyte_of_one_repeated_unit_completes_in_bounded_time(string unit) => RepeatedUnit.ScansInBoundedTime(Scanner, unit);

    private static Finding AssertSingle(string text, string type, string expected)
    {
        var findings = Scanner.Scan(text).Where(f => f.Type == type).ToList();
        var finding = Assert.Single(findings);
        Assert.Equal(expected, text[finding.Start..finding.End]);
        return finding;
    }
}
