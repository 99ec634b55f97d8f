using Custos.Ledger.Checkpoints;
using Custos.Ledger.Tests.Golden;
using Custos.Ledger.Tree;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Ledger.Tests.Checkpoints;

public sealed class CheckpointTests
{
    private static readonly byte[] Root = Convert.FromHexString("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    [Fact]
    public void A_signed_checkpoint_matches_its_golden_file()
    {
        using var log = TestKeys.Log();
        var checkpoint = new Checkpoint(TestKeys.LogName, 8, Root, ["custos/v1"]);
        GoldenFile.AssertMatches("checkpoint.note", checkpoint.Sign(log));
        GoldenFile.AssertMatches("ledger.vkey", log.Verifier + "\n");
    }

    [Fact]
    public void The_golden_checkpoint_opens_with_the_published_verifier_key()
    {
        var note = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "checkpoint.note"));
        var key = Ledger.Notes.NoteVerifierKey.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "ledger.vkey")).TrimEnd('\n'));
        var opened = Checkpoint.Open(note, [key.Value!], TestKeys.LogName);
        Assert.True(opened.IsSuccess, opened.Error);
        Assert.Equal(8, opened.Value!.Size);
        Assert.Equal(Root, opened.Value.RootHash.ToArray());
        Assert.Equal(["custos/v1"], opened.Value.Extensions);
    }

    [Fact]
    public void The_specification_example_body_parses()
    {
        var result = Checkpoint.Parse("example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("example.com/behind-the-sofa", result.Value!.Origin);
        Assert.Equal(20852163, result.Value.Size);
        Assert.Empty(result.Value.Extensions);
    }

    [Fact]
    public void The_body_has_origin_size_and_base64_root_on_their_own_lines()
    {
        var body = new Checkpoint("example.com/log", 0, MerkleHash.EmptyRoot).ToString();
        Assert.Equal("example.com/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n", body);
    }

    [Fact]
    public void A_checkpoint_for_another_origin_or_signed_by_another_key_is_refused()
    {
        using var log = TestKeys.Log();
        using var other = TestKeys.Other();
        var note = new Checkpoint(TestKeys.LogName, 8, Root).Sign(log);
        Assert.Contains("not 'elsewhere'", Checkpoint.Open(note, [log.Verifier], "elsewhere").Error);
        Assert.Contains("no signature by a trusted key", Checkpoint.Open(note, [other.Verifier], TestKeys.LogName).Error);
    }

    [Theory]
    [InlineData("", "non-empty")]
    [InlineData("origin\n8\n", "at least three lines")]
    [InlineData("origin\n08\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n", "line 2")]
    [InlineData("origin\n-1\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n", "line 2")]
    [InlineData("origin\n99999999999999999999\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n", "line 2")]
    [InlineData("origin\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQw==\n", "line 3")]
    [InlineData("origin\n8\nnot base64\n", "line 3")]
    [InlineData("\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n", "line 1")]
    [InlineData("origin\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n", "line 4")]
    [InlineData("origin\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=", "ends with a newline")]
    public void Malformed_checkpoints_are_refused_naming_the_line(string text, string reason)
    {
        var result = Checkpoint.Parse(text);
        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public void Too_many_extension_lines_are_refused()
    {
        var text = "o\n1\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n" + string.Concat(Enumerable.Repeat("x\n", Checkpoint.MaxExtensionLines + 1));
        Assert.Contains("extension lines", Checkpoint.Parse(text).Error);
    }

    private static Gen<(string Origin, long Size, byte[] Root, List<string> Extensions)> Parts =>
        from origin in ArbMap.Default.GeneratorFor<NonEmptyString>()
        from size in Gen.Choose(0, int.MaxValue).Select(i => (long)i * i)
        from seed in ArbMap.Default.GeneratorFor<byte[]>()
        from extensions in ArbMap.Default.GeneratorFor<string[]>()
        select (Printable(origin.Get), size, System.Security.Cryptography.SHA256.HashData(seed ?? []),
            (extensions ?? []).Select(e => Printable(e ?? string.Empty)).Take(Checkpoint.MaxExtensionLines).ToList());

    [Property(MaxTest = 300)]
    public Property Any_checkpoint_round_trips_through_its_text() =>
        Prop.ForAll(Parts.ToArbitrary(), p =>
        {
            var checkpoint = new Checkpoint(p.Origin, p.Size, p.Root, p.Extensions);
            var parsed = Checkpoint.Parse(checkpoint.ToString());
            return parsed.IsSuccess && parsed.Value!.Origin == p.Origin && parsed.Value.Size == p.Size
                && parsed.Value.RootHash.SequenceEqual(p.Root) && parsed.Value.Extensions.SequenceEqual(p.Extensions)
                && parsed.Value.ToString() == checkpoint.ToString();
        });

    [Property(MaxTest = 500)]
    public bool Arbitrary_text_never_throws(string? text)
    {
        var result = Checkpoint.Parse(text);
        return result.IsSuccess || result.Error is not null;
    }

    private static string Printable(string text)
    {
        var kept = new string(text.Where(c => !char.IsControl(c)).Take(Checkpoint.MaxLineLength).ToArray());
        return kept.Length == 0 ? "x" : kept;
    }
}
