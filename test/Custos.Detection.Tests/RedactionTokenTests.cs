using Custos.Detection.Redaction;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Detection.Tests;

/// <summary>The reversible token's text form: what Custos writes reads back, and nothing else does.</summary>
public sealed class RedactionTokenTests
{
    private static readonly Gen<string> Types =
        Gen.Choose(0, 63).SelectMany(n => Gen.ArrayOf(Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_".ToCharArray()), n))
            .SelectMany(rest => Gen.Elements("ABCXYZ".ToCharArray()).Select(first => first + new string(rest)));

    [Property(MaxTest = 500)]
    public Property A_written_token_reads_back_as_itself() =>
        Prop.ForAll(Types.ToArbitrary(), type =>
        {
            var token = new RedactionToken(type, RedactionToken.NewId());
            var text = token.ToString();
            return RedactionToken.TryParse(text, out var read, out var error) && read == token && error is null
                && RedactionToken.TryParse($"  {text}\n", out var padded, out _) && padded == token
                && text.Length <= RedactionToken.MaxLength;
        });

    [Property(MaxTest = 1000)]
    public bool Any_text_is_read_or_refused_without_throwing_and_never_echoed(string? input)
    {
        var text = input ?? string.Empty;
        var ok = RedactionToken.TryParse(text, out var token, out var error);
        return ok
            ? error is null && token.ToString() == text.Trim()
            : error is not null && (text.Trim().Length < 8 || !error.Contains(text.Trim(), StringComparison.Ordinal));
    }

    [Property(MaxTest = 500)]
    public Property Changing_cutting_or_extending_a_token_is_refused_or_names_another_token() =>
        Prop.ForAll(
            Types.SelectMany(t => Gen.Choose(0, 200).Select(p => (t, p))).SelectMany(tp => Gen.Elements("[]:_aZ09 \u00e9\u0000".ToCharArray()).Select(c => (tp.t, tp.p, c))).ToArbitrary(),
            x =>
            {
                var token = new RedactionToken(x.t, RedactionToken.NewId());
                var text = token.ToString();
                var at = x.p % text.Length;
                var cut = text[..at];
                var changed = text[..at] + x.c + text[(at + 1)..];
                var extended = text[..^1] + "a]";
                var cutOk = RedactionToken.TryParse(cut, out _, out _);
                var extendedOk = RedactionToken.TryParse(extended, out _, out _);
                var changedOk = RedactionToken.TryParse(changed, out var other, out _);
                return !cutOk && !extendedOk && (!changedOk || other != token || changed == text);
            });

    [Fact]
    public void Ids_are_random_base32_that_say_nothing_about_a_value()
    {
        var ids = Enumerable.Range(0, 2000).Select(_ => RedactionToken.NewId()).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.True(RedactionToken.IsId(id), id));
        Assert.All(ids, id => Assert.Equal(30, id.Length));
    }

    [Fact]
    public void Hostile_texts_are_refused_with_a_reason()
    {
        var id = RedactionToken.NewId();
        string[] hostile =
        [
            string.Empty,
            "   ",
            $"EMAIL_ADDRESS:{id}",
            $"[EMAIL_ADDRESS {id}]",
            $"[email_address:{id}]",
            $"[EMAIL_ADDRESS:{id[..^1]}]",
            $"[EMAIL_ADDRESS:{id}a]",
            $"[EMAIL_ADDRESS:{id.ToUpperInvariant()}]",
            $"[EMAIL_ADDRESS:{id[..^1]}b]",  // padding bits set: never issued
            $"[EMAIL_ADDRESS:tok_{new string('1', 26)}]",
            $"[:{id}]",
            $"[{new string('A', 65)}:{id}]",
            $"[EMAIL_ADDRESS:{id}]" + new string(' ', 10) + "x",
            "[" + new string('A', 1_000_000) + "]",
            $"[EMAIL\u0000ADDRESS:{id}]",
            $"[EMAIL_ADDRESS:{id}\ud800]",
            $"[EMAIL_ADDRESS:{id}]]",
            $"[[EMAIL_ADDRESS:{id}]",
            $"[EMAIL_ADDRESS:SECRET:{id}]",
        ];
        foreach (var text in hostile)
        {
            Assert.False(RedactionToken.TryParse(text, out _, out var error), text.Length > 80 ? text[..80] : text);
            Assert.False(string.IsNullOrWhiteSpace(error));
            Assert.True(error.Length < 300);
        }
    }

    [Fact]
    public void The_redactor_writes_what_the_tokenizer_gives_and_the_text_parses_back()
    {
        var text = "mail ada@example.com now";
        var finding = new Finding("EMAIL_ADDRESS", 5, 20, 0.9, "email", null);
        var id = RedactionToken.NewId();
        var redacted = Redactor.Redact(text, [finding], new RedactionPolicy { Default = RedactionMethod.Token, Tokenizer = new Fixed(id) });
        Assert.Equal($"mail [EMAIL_ADDRESS:{id}] now", redacted);
        Assert.True(RedactionToken.TryParse(redacted.AsSpan(5, redacted.Length - 9), out var token, out _));
        Assert.Equal(new RedactionToken("EMAIL_ADDRESS", id), token);
    }

    private sealed class Fixed(string id) : IReversibleTokenizer
    {
        public string Tokenize(Finding finding, ReadOnlySpan<char> value) => new RedactionToken(finding.Type, id).ToString();
    }
}
