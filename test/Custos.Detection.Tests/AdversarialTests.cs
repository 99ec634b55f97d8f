using System.Text;

namespace Custos.Detection.Tests;

/// <summary>Inputs built to make a backtracking or quadratic scanner stall: each megabyte must simply finish.</summary>
public sealed class AdversarialTests
{
    private const int Size = 1 << 20;
    private static readonly Scanner Scanner = new(new ScannerOptions { KnownSecrets = new KnownSecrets([new("k", "aaaaaaaaaaaaaaab")]) });

    public static TheoryData<string> Units() =>
    [
        "1", "1 ", "1-", "12 34 ", "+1 (", "4111 ", "1.1.", "a@", "@a.", "a.a@a", "::", "a:", "eyJ", "eyJhbGciOi.", "-----BEGIN PRIVATE KEY-----\n",
        "-----BEGIN PRIVATE KEY-----\nAAAA", "-----BEGIN PRIVATE KEY-----Proc-Type:", "-----BEGIN PRIVATE KEY-----\nProc-Type: 4\n", "password=", "password: x", "token ", "Bearer ", "ghp_", "AKIA", "xoxb-1-", "DE89 ", "DE89", "a", "aaaaaaaaaaaaaaa",
        "postgres://u:", "://a:b@", "Q~", ":AA", "SG.", "é", "日本", "\u200b", "1\u00a0",
        "dp.st.", "LS0tLS1CRUdJTi", "ops_eyJ", "fm2_", "sig=", "&sv=&sig=", "-us", "0123456789abcdef0123456789abcdef-us1 ", "_mmk", ".atlasv1.", ":APA91b",
        "A3-", "pat", "AAAAAAAAAAAAAAAAAAAA", "access_token$production$", "Basic ", "sk.eyJ", ".webhook.office.com/webhookb2/", "sntrys_",
        " -u ", "curl -u ", " -u a:Zx9!pQ7wK ", " --user '", " -u \"a\":'", "curl\\\n -u ",
    ];

    [Theory]
    [MemberData(nameof(Units))]
    public void A_megabyte_of_one_repeated_unit_completes_with_valid_findings(string unit)
    {
        var sb = new StringBuilder(Size + unit.Length);
        while (sb.Length < Size)
        {
            sb.Append(unit);
        }

        var text = sb.ToString();
        var findings = Scanner.Scan(text);
        var end = 0;
        foreach (var f in findings)
        {
            Assert.True(f.Start >= end && f.End > f.Start && f.End <= text.Length);
            end = f.End;
        }
    }

    [Fact]
    public void A_megabyte_of_random_printable_text_completes()
    {
        var random = new Random(42);
        var chars = new char[Size];
        const string alphabet = "abcXYZ0123456789 .-_:@/+=()\n\"'AKIAghp_eyJ";
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        _ = Scanner.Scan(new string(chars));
    }

    [Fact]
    public void Text_longer_than_the_limit_is_refused_with_a_message()
    {
        var ex = Assert.Throws<ArgumentException>(() => Scanner.Scan(new string('a', Scanner.MaxTextLength + 1)));
        Assert.Contains("split", ex.Message, StringComparison.Ordinal);
    }
}
