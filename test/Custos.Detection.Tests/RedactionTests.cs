using System.Text;
using Custos.Detection.Redaction;

namespace Custos.Detection.Tests;

public sealed class RedactionTests
{
    private static readonly Scanner Scanner = new();
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("test-only-redaction-key-0123456789");

    private static string Redact(string text, RedactionPolicy policy) => Redactor.Redact(text, Scanner.Scan(text), policy);

    [Fact]
    public void Replace_writes_the_type_and_for_secrets_the_kind()
    {
        var token = new Evaluation.Fakes(5).Secret(1).Value;
        Assert.Equal("mail <EMAIL_ADDRESS>, token <SECRET:github-pat>.", Redact($"mail ann@example.org, token {token}.", new RedactionPolicy()));
    }

    [Fact]
    public void Keyed_hashes_are_stable_so_records_still_join_and_differ_by_key()
    {
        var policy = new RedactionPolicy { Default = RedactionMethod.Hash, HashKey = Key };
        var first = Redact("from ann@example.org", policy);
        var second = Redact("to ann@example.org", policy);
        Assert.Matches("^from <EMAIL_ADDRESS:hmac:[0-9a-f]{8}>$", first);
        Assert.Equal(first[5..], second[3..]);
        var otherKey = Redact("from ann@example.org", new RedactionPolicy { Default = RedactionMethod.Hash, HashKey = Encoding.UTF8.GetBytes("another-key-of-sufficient-length") });
        Assert.NotEqual(first, otherKey);
    }

    [Fact]
    public void Partial_keeps_the_last_four_digits_and_the_separators()
    {
        var policy = new RedactionPolicy { Methods = new Dictionary<string, RedactionMethod> { [EntityTypes.CreditCard] = RedactionMethod.Partial } };
        Assert.Equal("card **** **** **** 1111 ok", Redact("card 4111 1111 1111 1111 ok", policy));
    }

    [Fact]
    public void Mask_keeps_the_shape()
    {
        Assert.Equal("SSN ***-**-****", Redact("SSN 536-22-1234", new RedactionPolicy { Default = RedactionMethod.Mask }));
    }

    [Fact]
    public void Reversible_tokens_come_from_the_callers_tokenizer()
    {
        var tokenizer = new CountingTokenizer();
        var policy = new RedactionPolicy { Default = RedactionMethod.Token, Tokenizer = tokenizer };
        Assert.Equal("a tok_1 b tok_2", Redact("a x@example.io b y@example.io", policy));
        Assert.Equal(["x@example.io", "y@example.io"], tokenizer.Seen);
    }

    [Fact]
    public void Hashing_without_a_key_is_refused_with_what_to_set()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Redact("a@b.io", new RedactionPolicy { Default = RedactionMethod.Hash }));
        Assert.Contains("HashKey", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_findings_are_redacted_once()
    {
        var text = "0123456789";
        var findings = new[] { new Finding("A", 2, 6, 1, "t"), new Finding("B", 4, 8, 1, "t") };
        Assert.Equal("01<A><B>89", Redactor.Redact(text, findings, new RedactionPolicy()));
    }

    private sealed class CountingTokenizer : IReversibleTokenizer
    {
        public List<string> Seen { get; } = [];

        public string Tokenize(Finding finding, ReadOnlySpan<char> value)
        {
            Seen.Add(value.ToString());
            return $"tok_{Seen.Count}";
        }
    }
}
