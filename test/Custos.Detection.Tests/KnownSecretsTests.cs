using System.Text;

namespace Custos.Detection.Tests;

public sealed class KnownSecretsTests
{
    // 21 characters, then "~~~": its base64 holds a "+", so base64 and base64url differ.
    private static readonly string Held = "Zq8!" + "held-value-" + "w7Tk%2" + "~~~";

    private static Scanner ScannerWith(params string[] values) =>
        new(new ScannerOptions { KnownSecrets = new KnownSecrets(values.Select((v, i) => new KeyValuePair<string, string>($"secret-{i}", v))) });

    public static TheoryData<string, string> Encodings()
    {
        var bytes = Encoding.UTF8.GetBytes(Held);
        var b64 = Convert.ToBase64String(bytes).TrimEnd('=');
        return new TheoryData<string, string>
        {
            { "plain", Held },
            { "base64", b64 },
            { "base64url", b64.Replace('+', '-').Replace('/', '_') },
            { "hex", Convert.ToHexStringLower(bytes) },
            { "hex", Convert.ToHexString(bytes) },
            { "url", Uri.EscapeDataString(Held) },
        };
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_held_secret_is_found_in_every_encoding(string encoding, string form)
    {
        var text = $"payload: {form} end";
        var finding = Assert.Single(ScannerWith(Held).Scan(text), f => f.Subtype == "known");
        Assert.Equal(form.TrimEnd('='), text[finding.Start..finding.End]);
        Assert.Contains($"({encoding})", finding.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(Held, finding.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("svc:")]
    [InlineData("svc1:")]
    [InlineData("admin:")]
    public void A_held_secret_inside_a_basic_credential_is_found_whatever_its_alignment(string user)
    {
        var header = "Authorization: Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + Held));
        var finding = Assert.Single(ScannerWith(Held).Scan(header), f => f.Subtype == "known");
        Assert.Contains("(base64)", finding.Explanation, StringComparison.Ordinal);
        Assert.True(finding.End - finding.Start >= (Held.Length * 4 / 3) - 4);
    }

    [Fact]
    public void Many_held_secrets_are_matched_in_one_pass()
    {
        var values = Enumerable.Range(0, 300).Select(i => $"value-{i:0000}-{i * 7919 % 10007:00000}").ToArray();
        var text = string.Join(" filler ", values.Where((_, i) => i % 3 == 0));
        var findings = ScannerWith(values).Scan(text).Where(f => f.Subtype == "known").ToList();
        Assert.Equal(100, findings.Count);
    }

    [Fact]
    public void Values_too_short_to_tell_apart_from_text_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ScannerWith("short"));
    }
}
