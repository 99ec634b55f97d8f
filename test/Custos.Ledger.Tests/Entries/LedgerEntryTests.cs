using Custos.Ledger.Entries;
using Custos.Ledger.Tests.Golden;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Ledger.Tests.Entries;

public sealed class LedgerEntryTests
{
    private static Gen<string> Text =>
        ArbMap.Default.GeneratorFor<string>().Select(s => s is null ? string.Empty : new string(s.Where(c => !char.IsSurrogate(c)).ToArray()));

    private static Gen<string[]> TextList => Gen.ListOf(Text).Select(l => l.Take(20).ToArray());

    private static Gen<LedgerEntry> Entries =>
        from sequence in Gen.Choose(0, int.MaxValue).Select(i => (long)i * 3)
        from ticks in Gen.Choose(0, int.MaxValue).Select(i => DateTimeOffset.UnixEpoch.UtcTicks + ((long)i * 1_000_003))
        from agent in Text
        from action in Text
        from resources in TextList
        from effect in Gen.Elements(DecisionEffect.None, DecisionEffect.Allow, DecisionEffect.Deny)
        from policies in TextList
        from outcome in Text
        from reasons in TextList
        from tokens in Gen.Choose(0, int.MaxValue).Two()
        from cents in Gen.Choose(-100000, 100000)
        from traceId in Text
        from subjects in TextList
        from payload in ArbMap.Default.GeneratorFor<byte[]>()
        select new LedgerEntry(sequence, new DateTimeOffset(ticks, TimeSpan.Zero), agent, action, resources, effect, policies, outcome, reasons,
            new LedgerCost(tokens.Item1, tokens.Item2, (cents / 100m).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            traceId, subjects, LedgerEntry.DigestPayload(payload ?? []));

    [Fact]
    public void Filling_in_sequence_and_timestamp_gives_the_encoding_of_the_numbered_entry()
    {
        // The sequencer encodes a draft before it is numbered and fills these in afterwards.
        var numbered = SampleEntries.Entry(123_456_789, SampleEntries.Start.AddTicks(987_654_321));
        var encoded = (numbered with { Sequence = 0, Timestamp = DateTimeOffset.MinValue }).Encode();
        LedgerEntry.WriteSequenceAndTimestamp(encoded, numbered.Sequence, numbered.Timestamp);
        Assert.Equal(numbered.Encode(), encoded);
        Assert.Throws<ArgumentOutOfRangeException>(() => LedgerEntry.WriteSequenceAndTimestamp(encoded, -1, numbered.Timestamp));
    }

    [Fact]
    public void The_encoding_matches_its_golden_file()
    {
        var entry = SampleEntries.Entry(7);
        GoldenFile.AssertMatches("entry-v2.hex", Convert.ToHexStringLower(entry.Encode()) + "\n");
        GoldenFile.AssertMatches("entry-v2.leafhash", Convert.ToHexStringLower(entry.LeafHash()) + "\n");
    }

    [Fact]
    public void The_golden_bytes_decode_to_the_sample_entry()
    {
        var hex = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "entry-v2.hex")).Trim();
        var decoded = LedgerEntry.Decode(Convert.FromHexString(hex));
        Assert.True(decoded.IsSuccess, decoded.Error);
        Assert.Equal(SampleEntries.Entry(7), decoded.Value);
    }

    [Fact]
    public void The_entry_commits_to_its_payload_by_digest()
    {
        var entry = SampleEntries.Entry(7);
        Assert.True(entry.Matches([0xde, 0xad, 0xbe, 0xef, 7]));
        Assert.False(entry.Matches([0xde, 0xad, 0xbe, 0xef, 8]));
        Assert.False(entry.Matches([]));
        Assert.Equal(entry.PayloadSha256, entry.Encode()[^32..]);
    }

    [Fact]
    public void A_version_1_entry_is_refused_by_name()
    {
        var bytes = SampleEntries.Entry(7).Encode();
        bytes[0] = 1;
        var decoded = LedgerEntry.Decode(bytes);
        Assert.False(decoded.IsSuccess);
        Assert.Contains("version 1 is not supported", decoded.Error);
    }

    [Fact]
    public void The_encoding_starts_with_the_version_then_sequence_then_timestamp_big_endian()
    {
        var bytes = SampleEntries.Entry(0x0102).Encode();
        Assert.Equal(2, bytes[0]);
        Assert.Equal(new byte[] { 0, 0, 0, 0, 0, 0, 1, 2 }, bytes[1..9]);
        Assert.Equal(SampleEntries.Start.AddSeconds(0x0102).UtcTicks, System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(9)));
    }

    [Property(MaxTest = 300)]
    public Property Any_entry_round_trips_through_its_encoding() =>
        Prop.ForAll(Entries.ToArbitrary(), entry =>
        {
            var bytes = entry.Encode();
            var decoded = LedgerEntry.Decode(bytes);
            return decoded.IsSuccess && decoded.Value!.Equals(entry) && decoded.Value.Encode().AsSpan().SequenceEqual(bytes);
        });

    [Property(MaxTest = 300)]
    public Property Any_altered_encoding_is_refused_or_is_a_different_canonical_entry() =>
        Prop.ForAll(Entries.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(1, 255).ToArbitrary(), (entry, position, delta) =>
        {
            var bytes = entry.Encode();
            bytes[position % bytes.Length] = (byte)(bytes[position % bytes.Length] + delta);
            var decoded = LedgerEntry.Decode(bytes);
            return !decoded.IsSuccess || (!decoded.Value!.Equals(entry) && decoded.Value.Encode().AsSpan().SequenceEqual(bytes));
        });

    [Property(MaxTest = 500)]
    public bool Arbitrary_bytes_never_throw(byte[]? bytes)
    {
        var result = LedgerEntry.Decode(bytes ?? []);
        return result.IsSuccess ? result.Value!.Encode().AsSpan().SequenceEqual(bytes) : result.Error is not null;
    }

    [Fact]
    public void Every_truncation_is_refused()
    {
        var bytes = SampleEntries.Entry(3).Encode();
        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.False(LedgerEntry.Decode(bytes.AsSpan(0, length)).IsSuccess, $"truncated to {length}");
        }
    }

    [Fact]
    public void Trailing_bytes_are_refused()
    {
        var result = LedgerEntry.Decode([.. SampleEntries.Entry(3).Encode(), 0]);
        Assert.Contains("1 trailing bytes", result.Error);
    }

    [Fact]
    public void An_oversized_length_is_refused_before_allocating()
    {
        var bytes = SampleEntries.Entry(3).Encode();
        bytes[17] = 0xff; // the agent's length prefix
        var result = LedgerEntry.Decode(bytes);
        Assert.Contains("at byte 17 (agent): length", result.Error);
        Assert.Contains("over the limit", result.Error);

        bytes[17] = 0x00;
        bytes[19] = 0x7f; // still under the string limit, but longer than the entry
        Assert.Contains("only", LedgerEntry.Decode(bytes).Error);
    }

    [Fact]
    public void Another_version_is_refused()
    {
        var bytes = SampleEntries.Entry(3).Encode();
        bytes[0] = 3;
        Assert.Contains("version 3 is not supported", LedgerEntry.Decode(bytes).Error);
    }

    [Fact]
    public void Invalid_utf8_is_refused()
    {
        var bytes = SampleEntries.Entry(3).Encode();
        bytes[21] = 0xff; // the first byte of the agent name
        Assert.Contains("(agent): the text is not valid UTF-8", LedgerEntry.Decode(bytes).Error);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("12.50", true)]
    [InlineData("-0.01", true)]
    [InlineData("", false)]
    [InlineData("01", false)]
    [InlineData("1.", false)]
    [InlineData(".5", false)]
    [InlineData("-0", false)]
    [InlineData("1e3", false)]
    [InlineData("1,5", false)]
    [InlineData("+1", false)]
    public void Amounts_have_one_canonical_decimal_spelling(string amount, bool canonical) =>
        Assert.Equal(canonical, LedgerCost.IsCanonicalAmount(amount));

    [Fact]
    public void Entries_that_cannot_be_encoded_canonically_are_programmer_errors()
    {
        var entry = SampleEntries.Entry(1);
        Assert.Throws<ArgumentException>(() => (entry with { Agent = "bad\ud800" }).Encode());
        Assert.Throws<ArgumentException>(() => (entry with { Cost = new LedgerCost(0, 0, "1.0e2") }).Encode());
        Assert.Throws<ArgumentOutOfRangeException>(() => (entry with { Sequence = -1 }).Encode());
        Assert.Throws<ArgumentException>(() => (entry with { Effect = (DecisionEffect)9 }).Encode());
        Assert.Throws<ArgumentException>(() => (entry with { Reasons = Enumerable.Repeat("r", LedgerEntry.MaxListCount + 1).ToList() }).Encode());
    }
}
