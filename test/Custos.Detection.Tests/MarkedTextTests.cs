using Custos.Detection.Tests.Evaluation;
using FsCheck;
using FsCheck.Fluent;

namespace Custos.Detection.Tests;

public sealed class MarkedTextTests
{
    [Fact]
    public void Markers_become_labels_over_the_plain_text()
    {
        var c = MarkedText.Parse("t1", "Call ⟦PHONE_NUMBER|+44 20 7946 0958⟧ or mail ⟦EMAIL_ADDRESS|a@b.example⟧.");

        Assert.Equal("Call +44 20 7946 0958 or mail a@b.example.", c.Text);
        Assert.Equal([new Label("PHONE_NUMBER", 5, 21), new Label("EMAIL_ADDRESS", 30, 41)], c.Labels);
        Assert.Equal("positive", c.Category);
    }

    [Fact]
    public void A_text_without_markers_is_a_negative_and_unchanged()
    {
        var c = MarkedText.Parse("t2", "sha256 9f86d081884c7d659a2feaa0c55ad015 | order 12-44");

        Assert.Equal("sha256 9f86d081884c7d659a2feaa0c55ad015 | order 12-44", c.Text);
        Assert.Empty(c.Labels);
        Assert.Equal("negative", c.Category);
    }

    [Theory]
    [InlineData("a ⟦EMAIL_ADDRESS a@b.example⟧", "is not of the form")]
    [InlineData("a ⟦EMAIL_ADDRESS|a@b.example", "is not of the form")]
    [InlineData("a ⟦EMAIL_ADDRESS|⟦X|y⟧⟧", "is not of the form")]
    [InlineData("a ⟦email|a@b.example⟧", "has type 'email'")]
    [InlineData("a ⟦EMAIL_ADDRESS|⟧", "empty value")]
    [InlineData("a@b.example⟧ x", "closes no marker")]
    public void A_malformed_marker_is_named_with_its_case_and_offset(string marked, string expected)
    {
        var error = Assert.Throws<FormatException>(() => MarkedText.Parse("case-7", marked));

        Assert.StartsWith("case-7: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_label_covers_exactly_its_value_in_the_plain_text()
    {
        var piece = Gen.Elements("plain ", "x|y ", "über ", "\n", "日本 ", "").ListOf().Select(p => string.Concat(p));
        var value = Gen.Elements("a@b.example", "+1 555 0100", "DE89 3704 0044 0532 0130 00", "é|x");
        var gen = Gen.Zip(piece, value).ListOf();
        Prop.ForAll(gen.ToArbitrary(), parts =>
        {
            var marked = string.Concat(parts.Select(p => $"{p.Item1}⟦T_X|{p.Item2}⟧"));
            var c = MarkedText.Parse("p", marked);
            return c.Labels.Count == parts.Count
                && c.Labels.Select(l => c.Text[l.Start..l.End]).SequenceEqual(parts.Select(p => p.Item2))
                && c.Text == string.Concat(parts.Select(p => p.Item1 + p.Item2));
        }).QuickCheckThrowOnFailure();
    }
}
