using static Custos.Detection.Tests.IdProperties;
using Custos.Detection.Redaction;
using Custos.Detection.Tests.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Detection.Tests;

/// <summary>US_ITIN, ABA_ROUTING_NUMBER, IN_AADHAAR, IN_PAN, ES_NIF, ES_NIE, IT_FISCAL_CODE, AU_ABN, AU_TFN, SG_NRIC_FIN, PL_PESEL, FI_PERSONAL_IDENTITY_CODE.</summary>
public sealed class TaxIdTests
{
    private static readonly Scanner Scanner = new();

    [Property(MaxTest = 300)]
    public Property Generated_itins_are_found_with_exact_offsets() =>
        FoundExactly(EntityTypes.UsItin, f => f.Random.Next(3) switch
        {
            0 => ("", f.Itin('-')),
            1 => ("ITIN ", f.Itin(' ')),
            _ => ("taxpayer id ", f.Itin('\0')),
        });

    [Property(MaxTest = 300)]
    public Property Generated_routing_numbers_next_to_a_routing_word_are_found_with_exact_offsets() =>
        FoundExactly(EntityTypes.AbaRoutingNumber, f => (f.Pick(["routing number ", "ABA ", "RTN: ", "ABA routing no. ", "número de ruta ", "numéro de routage "]), f.Aba(dashed: f.Random.Next(4) == 0)));

    [Property(MaxTest = 300)]
    public Property Generated_aadhaar_numbers_are_found_with_exact_offsets() =>
        FoundExactly(EntityTypes.InAadhaar, f => f.Random.Next(3) switch
        {
            0 => ("", f.Aadhaar(spaced: true)),
            1 => ("Aadhaar ", f.Aadhaar(spaced: false)),
            _ => ("UIDAI no. ", f.Aadhaar(spaced: true, separator: '-')),
        });

    [Property(MaxTest = 300)]
    public Property Generated_pans_next_to_pan_are_found_with_exact_offsets() =>
        FoundExactly(EntityTypes.InPan, f => (f.Pick(["PAN ", "PAN card: ", "permanent account number ", "income tax id "]), f.Pan()));

    [Property(MaxTest = 300)]
    public Property Generated_nifs_and_nies_are_found_with_exact_offsets() =>
        Prop.ForAll(Gen.Choose(0, 1).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (kind, seed) =>
        {
            var f = new Fakes(seed);
            var (type, value) = kind == 0 ? (EntityTypes.EsNif, f.Nif(dash: f.Random.Next(2) == 0)) : (EntityTypes.EsNie, f.Nie());
            var text = $"Cliente {value}, Madrid";
            var found = Scanner.Scan(text);
            return (found.Count == 1 && found[0].Type == type && found[0].Start == 8 && found[0].End == 8 + value.Length).Label(text);
        });

    [Property(MaxTest = 300)]
    public Property Generated_fiscal_codes_with_and_without_omocodia_are_found_with_exact_offsets() =>
        FoundExactly(EntityTypes.ItFiscalCode, f => ("", f.FiscalCode(omocodia: f.Random.Next(4))));

    [Property(MaxTest = 300)]
    public Property Generated_abns_tfns_nrics_pesels_and_finnish_codes_are_found_with_exact_offsets() =>
        Prop.ForAll(Gen.Choose(0, 5).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (kind, seed) =>
        {
            var f = new Fakes(seed);
            var (type, lead, value) = kind switch
            {
                0 => (EntityTypes.AuAbn, "", f.Abn(spaced: true)),
                1 => (EntityTypes.AuAbn, "ABN ", f.Abn(spaced: false)),
                2 => (EntityTypes.AuTfn, "TFN: ", f.Tfn(spaced: f.Random.Next(2) == 0)),
                3 => (EntityTypes.SgNricFin, "", f.Nric()),
                4 => (EntityTypes.PlPesel, "PESEL ", f.Pesel()),
                _ => (EntityTypes.FiPersonalIdentityCode, "", f.Hetu()),
            };
            var text = $"the file {lead}{value} was sent";
            var at = 9 + lead.Length;
            var found = Scanner.Scan(text);
            return (found.Count == 1 && found[0].Type == type && found[0].Start == at && found[0].End == at + value.Length)
                .Label($"{text} => {string.Join("; ", found.Select(x => $"{x.Type}[{x.Start},{x.End})"))}");
        });

    [Property(MaxTest = 300)]
    public Property Abns_tfns_nrics_pesels_and_finnish_codes_with_one_character_changed_are_not_found() =>
        NothingFound(f => f.Random.Next(5) switch
        {
            0 => "ABN " + f.BrokenAbn(),
            1 => "TFN " + f.BrokenTfn(),
            2 => "NRIC " + f.BrokenNric(),
            3 => "PESEL " + f.BrokenPesel(),
            _ => "HETU " + f.BrokenHetu(),
        });

    [Property(MaxTest = 300)]
    public Property Near_misses_with_one_character_changed_are_not_found() =>
        NothingFound(f => f.Random.Next(7) switch
        {
            0 => "ITIN " + f.NotItin(),
            1 => "routing number " + f.BrokenAba(),
            2 => "Aadhaar " + f.BrokenAadhaar(),
            3 => "PAN " + f.BadStatusPan(),
            4 => "DNI " + f.BrokenSpanishId(nie: false),
            5 => "NIE " + f.BrokenSpanishId(nie: true),
            _ => "codice fiscale " + f.BrokenFiscalCode(),
        });

    [Theory]
    [InlineData("ITIN: 912-70-1234", "912-70-1234", EntityTypes.UsItin)]
    [InlineData("W-7 filed; ITIN 900 94 0000 issued", "900 94 0000", EntityTypes.UsItin)]
    [InlineData("ABA routing number 021000021", "021000021", EntityTypes.AbaRoutingNumber)]
    [InlineData("RTN: 0110-0001-5", "0110-0001-5", EntityTypes.AbaRoutingNumber)]
    [InlineData("Wells Fargo routing 121000248.", "121000248", EntityTypes.AbaRoutingNumber)]
    [InlineData("Aadhaar 2345 6789 0124", "2345 6789 0124", EntityTypes.InAadhaar)]
    [InlineData("आधार: 499812345673", "499812345673", EntityTypes.InAadhaar)]
    [InlineData("PAN card ABCPE1234F", "ABCPE1234F", EntityTypes.InPan)]
    [InlineData("DNI 12345678Z", "12345678Z", EntityTypes.EsNif)]
    [InlineData("NIF: 12345678-Z.", "12345678-Z", EntityTypes.EsNif)]
    [InlineData("NIE X1234567L", "X1234567L", EntityTypes.EsNie)]
    [InlineData("Codice fiscale RSSMRA85T10A562S", "RSSMRA85T10A562S", EntityTypes.ItFiscalCode)]
    [InlineData("CF: MRTMTT91D08F205J", "MRTMTT91D08F205J", EntityTypes.ItFiscalCode)]
    [InlineData("ABN 51 824 753 556", "51 824 753 556", EntityTypes.AuAbn)]
    [InlineData("abn=51824753556", "51824753556", EntityTypes.AuAbn)]
    [InlineData("TFN 123 456 782", "123 456 782", EntityTypes.AuTfn)]
    [InlineData("NRIC S1234567D", "S1234567D", EntityTypes.SgNricFin)]
    [InlineData("PESEL: 44051401359", "44051401359", EntityTypes.PlPesel)]
    [InlineData("HETU 131052-308T", "131052-308T", EntityTypes.FiPersonalIdentityCode)]
    public void Published_examples_are_found(string text, string expected, string type)
    {
        var finding = Assert.Single(Scanner.Scan(text));
        Assert.Equal(type, finding.Type);
        Assert.Equal(expected, text[finding.Start..finding.End]);
    }

    [Theory]
    [InlineData("ITIN 912-66-1234")] // 66 is not an ITIN group
    [InlineData("ITIN 912-93-1234")]
    [InlineData("SSN 923-45-6789")] // 9XX is never an SSN, 45 never an ITIN group
    [InlineData("routing number 021000022")] // check digit off by one
    [InlineData("routing number 131000021")] // 13 is no Federal Reserve prefix
    [InlineData("routing number 000000000")]
    [InlineData("order 021000021 shipped")] // valid, but nothing says routing
    [InlineData("Aadhaar 2345 6789 0125")]
    [InlineData("Aadhaar 1345 6789 0124")] // starts with 1
    [InlineData("ABCPE1234F")] // a PAN shape with no word for it
    [InlineData("PAN ABCXE1234F")] // X names no holder status
    [InlineData("PAN ABCPE0000F")]
    [InlineData("DNI 12345678A")]
    [InlineData("NIE X1234567A")]
    [InlineData("NIE W1234567L")]
    [InlineData("Codice fiscale RSSMRA85T10A562T")]
    [InlineData("Codice fiscale RSSMRA85T32A562S")] // day 32
    [InlineData("Codice fiscale RSSMRA85Z10A562S")] // Z is no month
    [InlineData("hash a12345678z and X1234567Lb and RSSMRA85T10A562SX")]
    [InlineData("ABN 51 824 753 557")]
    [InlineData("51824753556")] // eleven bare digits need "ABN"
    [InlineData("TFN 123 456 783")]
    [InlineData("123 456 782")] // a TFN shape with no word for it
    [InlineData("NRIC S1234567A")]
    [InlineData("NRIC M1234567K")] // the M series is not read
    [InlineData("PESEL 44051401358")]
    [InlineData("PESEL 44053201354")] // 32 May
    [InlineData("44051401359")]
    [InlineData("HETU 131052-308U")]
    [InlineData("HETU 311352-308T")] // month 13
    public void Near_misses_and_unmarked_look_alikes_are_not_reported(string text) =>
        Assert.Empty(Scanner.Scan(text));

    [Fact]
    public void A_twelve_digit_maestro_number_that_is_also_a_valid_aadhaar_number_goes_by_its_context()
    {
        // Find twelve digits passing both Luhn (Maestro prefix 6) and Verhoeff from the fakes, then ask both ways.
        var f = new Fakes(7);
        string number;
        do
        {
            number = f.Aadhaar(spaced: false);
        }
        while (number[0] != '6' || !Custos.Detection.Pii.CreditCard.Luhn(number));

        var spaced = $"{number[..4]} {number[4..8]} {number[8..]}";
        Assert.Equal(EntityTypes.InAadhaar, Assert.Single(Scanner.Scan($"Aadhaar {spaced}")).Type);
        Assert.Equal(EntityTypes.CreditCard, Assert.Single(Scanner.Scan($"card number {spaced}")).Type);
    }

    [Fact]
    public void Ssns_stay_ssns_and_itins_do_not_take_them()
    {
        var ssn = Assert.Single(Scanner.Scan("SSN: 536-22-1234"));
        Assert.Equal(EntityTypes.UsSsn, ssn.Type);
        var itin = Assert.Single(Scanner.Scan("SSN: 936-72-1234"));
        Assert.Equal(EntityTypes.UsItin, itin.Type);
    }

    [Fact]
    public void Each_new_type_is_redacted_by_its_method()
    {
        var text = "ITIN 912-70-1234, ABA 021000021, Aadhaar 2345 6789 0124, PAN ABCPE1234F, DNI 12345678Z, NIE X1234567L, CF RSSMRA85T10A562S, ABN 51 824 753 556, TFN 123 456 782, NRIC S1234567D, PESEL 44051401359, HETU 131052-308T";
        var findings = Scanner.Scan(text);
        Assert.Equal(12, findings.Count);
        var replaced = Redactor.Redact(text, findings, new RedactionPolicy());
        Assert.Equal("ITIN <US_ITIN>, ABA <ABA_ROUTING_NUMBER>, Aadhaar <IN_AADHAAR>, PAN <IN_PAN>, DNI <ES_NIF>, NIE <ES_NIE>, CF <IT_FISCAL_CODE>, ABN <AU_ABN>, TFN <AU_TFN>, NRIC <SG_NRIC_FIN>, PESEL <PL_PESEL>, HETU <FI_PERSONAL_IDENTITY_CODE>", replaced);
    }

    [Fact]
    public void Every_new_type_can_be_switched_off()
    {
        var text = "ITIN 912-70-1234, ABA 021000021, Aadhaar 2345 6789 0124, PAN ABCPE1234F, DNI 12345678Z, NIE X1234567L, CF RSSMRA85T10A562S, ABN 51 824 753 556, TFN 123 456 782, NRIC S1234567D, PESEL 44051401359, HETU 131052-308T";
        string[] types = [EntityTypes.UsItin, EntityTypes.AbaRoutingNumber, EntityTypes.InAadhaar, EntityTypes.InPan, EntityTypes.EsNif, EntityTypes.EsNie, EntityTypes.ItFiscalCode, EntityTypes.AuAbn, EntityTypes.AuTfn, EntityTypes.SgNricFin, EntityTypes.PlPesel, EntityTypes.FiPersonalIdentityCode];
        foreach (var type in types)
        {
            var scanner = new Scanner(new ScannerOptions { EnabledTypes = EntityTypes.All.Where(t => t != type).ToHashSet(StringComparer.Ordinal) });
            Assert.DoesNotContain(scanner.Scan(text), f => f.Type == type);
            Assert.Equal(types.Length - 1, scanner.Scan(text).Count);
        }
    }

    [Theory]
    [InlineData("912-70-")]
    [InlineData("9127")]
    [InlineData("ITIN 912 ")]
    [InlineData("routing 0210")]
    [InlineData("ABA 0110-0001-")]
    [InlineData("2345 6789 ")]
    [InlineData("Aadhaar 2345")]
    [InlineData("ABCPE1234")]
    [InlineData("PAN ABCP")]
    [InlineData("1234567")]
    [InlineData("12345678-")]
    [InlineData("X123456")]
    [InlineData("X1 ")]
    [InlineData("RSSMRA85T10A562")]
    [InlineData("RSSMRA85T1")]
    [InlineData("codice fiscale RSSMRALMTLMALMN")]
    [InlineData("51 824 ")]
    [InlineData("ABN 51 824 753 ")]
    [InlineData("TFN 123 456 ")]
    [InlineData("S123456")]
    [InlineData("NRIC S1 ")]
    [InlineData("PESEL 4405140135")]
    [InlineData("131052-")]
    [InlineData("131052-308")]
    [InlineData("HETU 131052A")]
    public void A_megabyte_of_one_repeated_unit_completes_in_bounded_time(string unit) => RepeatedUnit.ScansInBoundedTime(Scanner, unit);
}
