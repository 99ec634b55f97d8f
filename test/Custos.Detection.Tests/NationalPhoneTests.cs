namespace Custos.Detection.Tests;

/// <summary>Phone numbers in other countries' national formats, read after a phone word; and the runs that are not phone numbers.</summary>
public sealed class NationalPhoneTests
{
    private static readonly Scanner Scanner = new();

    [Theory]
    [InlineData("GP surgery tel 0161 496 0734.", "0161 496 0734")]
    [InlineData("UK phone: 07931 552804", "07931 552804")]
    [InlineData("Mobiel: 06-41782915", "06-41782915")]
    [InlineData("Telefon kontaktowy: 601 482 937. Pozdrawiam", "601 482 937")]
    [InlineData("Qualquer dúvida ligue para 912 345 871. Obrigado", "912 345 871")]
    [InlineData("संपर्क: 98100 27364", "98100 27364")]
    [InlineData("メールアドレスと電話番号 090-3817-4426 を確認しました。", "090-3817-4426")]
    [InlineData("Телефон для связи: 8 (495) 123-45-67", "8 (495) 123-45-67")]
    [InlineData("Telefon: 0531 123 45 67", "0531 123 45 67")]
    public void A_national_number_after_a_phone_word_is_found(string text, string number)
    {
        var phone = Assert.Single(Scanner.Scan(text), f => f.Type == EntityTypes.PhoneNumber);

        Assert.Equal(number, text[phone.Start..phone.End]);
    }

    [Theory]
    [InlineData("Run 0161 496 0734 finished in 12 s.")]
    [InlineData("Bestellnummer 030 28476193 wurde versandt.")]
    [InlineData("आपका ऑर्डर नंबर 402-7781223-1190 है।")]
    [InlineData("Faktura VAT FV/2026/11/0412.")]
    [InlineData("Telefon: 12 34")]
    public void A_digit_run_without_a_phone_word_or_joined_as_a_reference_is_not_a_phone_number(string text)
        => Assert.DoesNotContain(Scanner.Scan(text), f => f.Type == EntityTypes.PhoneNumber);

    [Fact]
    public void Phone_words_before_numbers_no_region_accepts_scan_in_bounded_time()
    {
        // Each such run is tried under fifty regions' rules; past the per-scan budget it is not, so a megabyte of them
        // costs about what any other megabyte does (about 8 s of CPU without the budget, under 1 s with it).
        var findings = RepeatedUnit.ScansInBoundedTime(new Scanner(new ScannerOptions { UseInjectionClassifier = false }), "tel 0000000\n", mebibytes: 1, cpuSeconds: 3);

        Assert.DoesNotContain(findings, f => f.Type == EntityTypes.PhoneNumber);
    }
}
