using Custos.Ledger.Checkpoints;
using Custos.Ledger.Entries;
using Custos.Ledger.Notes;
using Custos.Ledger.Tests.Entries;
using Custos.Ledger.Tree;
using Custos.Ledger.Verification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Ledger.Tests.Verification;

public sealed class LedgerVerifierTests
{
    private const int Count = 20;

    private static (List<byte[]> Entries, List<string> Checkpoints, NoteSigner Signer) Ledger(int count = Count, params int[] checkpointSizes)
    {
        var signer = TestKeys.Log();
        var entries = Enumerable.Range(0, count).Select(i => SampleEntries.Entry(i).Encode()).ToList();
        var checkpoints = (checkpointSizes.Length == 0 ? [5, 12, count] : checkpointSizes)
            .Select(size => Sign(signer, entries, size))
            .ToList();
        return (entries, checkpoints, signer);
    }

    private static string Sign(NoteSigner signer, List<byte[]> entries, int size) =>
        new Checkpoint(TestKeys.LogName, size, MerkleTree.FromLeafHashes(entries.Take(size).Select(e => MerkleHash.HashLeaf(e))).Root()).Sign(signer);

    private static LedgerVerification Verify(List<byte[]> entries, List<string> checkpoints, NoteSigner signer) =>
        new LedgerVerifier(TestKeys.LogName, [signer.Verifier]).Verify(entries, checkpoints);

    [Fact]
    public void An_untouched_ledger_verifies_with_its_size_and_root()
    {
        var (entries, checkpoints, signer) = Ledger();
        var result = Verify(entries, checkpoints, signer);
        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(Count, result.Size);
        Assert.Equal(Count, result.CheckpointedSize);
        Assert.Equal(Convert.ToHexStringLower(MerkleTree.FromLeafHashes(entries.Select(e => MerkleHash.HashLeaf(e))).Root()), result.RootHex);
    }

    [Fact]
    public void Entries_after_the_last_checkpoint_verify_but_are_not_counted_as_checkpointed()
    {
        var (entries, checkpoints, signer) = Ledger(Count, 0, 5, 10);
        var result = Verify(entries, checkpoints, signer);
        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(Count, result.Size);
        Assert.Equal(10, result.CheckpointedSize);
    }

    [Fact]
    public void An_empty_ledger_with_an_empty_checkpoint_verifies()
    {
        using var signer = TestKeys.Log();
        var result = Verify([], [Sign(signer, [], 0)], signer);
        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(Convert.ToHexStringLower(MerkleHash.EmptyRoot), result.RootHex);
    }

    [Fact]
    public void An_edited_payload_digest_byte_is_caught_by_the_first_checkpoint_covering_it()
    {
        var (entries, checkpoints, signer) = Ledger();
        entries[8][^1] ^= 0x01;
        var problem = Verify(entries, checkpoints, signer).Problem!;
        Assert.Equal(LedgerProblemKind.CheckpointRootMismatch, problem.Kind);
        Assert.Equal(1, problem.CheckpointIndex);
        Assert.Equal(5, problem.EntryIndex);
        Assert.Contains("one of entries 5 to 11 was altered", problem.Message);
    }

    [Fact]
    public void An_edited_length_byte_is_caught_as_a_malformed_entry()
    {
        var (entries, checkpoints, signer) = Ledger();
        entries[3][20] ^= 0x40;
        var problem = Verify(entries, checkpoints, signer).Problem!;
        Assert.Equal(LedgerProblemKind.MalformedEntry, problem.Kind);
        Assert.Equal(3, problem.EntryIndex);
    }

    [Fact]
    public void A_deleted_entry_is_caught_as_missing()
    {
        var (entries, checkpoints, signer) = Ledger();
        entries.RemoveAt(7);
        var problem = Verify(entries, checkpoints, signer).Problem!;
        Assert.Equal(LedgerProblemKind.SequenceMismatch, problem.Kind);
        Assert.Equal(7, problem.EntryIndex);
        Assert.Contains("entries 7 to 7 are missing", problem.Message);
    }

    [Fact]
    public void Two_reordered_entries_are_caught()
    {
        var (entries, checkpoints, signer) = Ledger();
        (entries[10], entries[11]) = (entries[11], entries[10]);
        var problem = Verify(entries, checkpoints, signer).Problem!;
        Assert.Equal(LedgerProblemKind.SequenceMismatch, problem.Kind);
        Assert.Equal(10, problem.EntryIndex);
    }

    [Fact]
    public void A_reordering_with_renumbered_sequences_is_still_caught_by_the_root()
    {
        var (entries, checkpoints, signer) = Ledger();
        var a = LedgerEntry.Decode(entries[10]).Value!;
        var b = LedgerEntry.Decode(entries[11]).Value!;
        entries[10] = (b with { Sequence = 10, Timestamp = a.Timestamp }).Encode();
        entries[11] = (a with { Sequence = 11, Timestamp = b.Timestamp }).Encode();
        var problem = Verify(entries, checkpoints, signer).Problem!;
        Assert.Equal(LedgerProblemKind.CheckpointRootMismatch, problem.Kind);
        Assert.Equal(1, problem.CheckpointIndex);
        Assert.Contains("one of entries 5 to 11", problem.Message);
    }

    [Fact]
    public void A_truncated_log_is_caught_against_the_last_checkpoint()
    {
        var (entries, checkpoints, signer) = Ledger();
        entries.RemoveRange(15, 5);
        var problem = Verify(entries, checkpoints, signer).Problem!;
        Assert.Equal(LedgerProblemKind.CheckpointBeyondLog, problem.Kind);
        Assert.Equal(2, problem.CheckpointIndex);
        Assert.Contains("entries 15 to 19 were removed", problem.Message);
    }

    [Fact]
    public void A_checkpoint_replaced_by_one_signed_with_another_key_is_caught()
    {
        var (entries, checkpoints, signer) = Ledger();
        using var other = TestKeys.Other();
        checkpoints[1] = Sign(other, entries, 12);
        var problem = Verify(entries, checkpoints, signer).Problem!;
        Assert.Equal(LedgerProblemKind.CheckpointSignature, problem.Kind);
        Assert.Equal(1, problem.CheckpointIndex);
        Assert.Contains("no signature by a trusted key", problem.Message);
    }

    [Fact]
    public void A_checkpoint_with_an_edited_size_is_caught_by_its_signature()
    {
        var (entries, checkpoints, signer) = Ledger();
        checkpoints[0] = checkpoints[0].Replace("\n5\n", "\n4\n", StringComparison.Ordinal);
        var problem = Verify(entries, checkpoints, signer).Problem!;
        Assert.Equal(LedgerProblemKind.CheckpointSignature, problem.Kind);
        Assert.Contains("does not verify", problem.Message);
    }

    [Fact]
    public void A_history_rewritten_and_resigned_with_the_log_key_disagrees_with_the_older_checkpoint()
    {
        var (entries, checkpoints, signer) = Ledger();
        entries[2] = (LedgerEntry.Decode(entries[2]).Value! with { Outcome = "failure" }).Encode();
        checkpoints[2] = Sign(signer, entries, Count);
        var problem = Verify(entries, checkpoints, signer).Problem!;
        Assert.Equal(LedgerProblemKind.CheckpointRootMismatch, problem.Kind);
        Assert.Equal(0, problem.CheckpointIndex);
        Assert.Contains("one of entries 0 to 4", problem.Message);
    }

    [Fact]
    public void A_checkpoint_for_another_log_is_caught()
    {
        var (entries, checkpoints, signer) = Ledger();
        checkpoints.Add(new Checkpoint("elsewhere", 1, MerkleHash.EmptyRoot).Sign(signer));
        var problem = Verify(entries, checkpoints, signer).Problem!;
        Assert.Equal(LedgerProblemKind.CheckpointOrigin, problem.Kind);
        Assert.Equal(3, problem.CheckpointIndex);
    }

    [Fact]
    public void A_timestamp_going_backwards_is_caught()
    {
        var (entries, checkpoints, signer) = Ledger();
        entries[6] = SampleEntries.Entry(6, SampleEntries.Start.AddSeconds(-1)).Encode();
        var problem = Verify(entries, checkpoints, signer).Problem!;
        Assert.Equal(LedgerProblemKind.TimestampRegression, problem.Kind);
        Assert.Equal(6, problem.EntryIndex);
    }

    [Fact]
    public void A_timestamp_moved_forward_is_caught_at_the_next_entry_naming_both()
    {
        var (entries, checkpoints, signer) = Ledger();
        entries[10] = SampleEntries.Entry(10, SampleEntries.Start.AddDays(1)).Encode();
        var problem = Verify(entries, checkpoints, signer).Problem!;
        Assert.Equal(LedgerProblemKind.TimestampRegression, problem.Kind);
        Assert.Equal(11, problem.EntryIndex);
        Assert.Contains("before entry 10", problem.Message);
    }

    [Fact]
    public async Task Streaming_verification_agrees_with_the_in_memory_one()
    {
        var (entries, checkpoints, signer) = Ledger();
        var verifier = new LedgerVerifier(TestKeys.LogName, [signer.Verifier]);
        var result = await verifier.VerifyAsync(Stream(entries), checkpoints, TestContext.Current.CancellationToken);
        Assert.Equal(Verify(entries, checkpoints, signer), result);

        static async IAsyncEnumerable<ReadOnlyMemory<byte>> Stream(List<byte[]> entries)
        {
            foreach (var entry in entries)
            {
                await Task.Yield();
                yield return entry;
            }
        }
    }

    [Property(MaxTest = 60)]
    public Property Any_single_byte_change_to_any_checkpointed_entry_is_caught() =>
        Prop.ForAll(Gen.Choose(0, Count - 1).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(1, 255).ToArbitrary(), (index, position, delta) =>
        {
            var (entries, checkpoints, signer) = Ledger();
            var entry = entries[index];
            entry[position % entry.Length] = (byte)(entry[position % entry.Length] + delta);
            var result = Verify(entries, checkpoints, signer);
            // A timestamp moved forward shows as the next entry going backwards, so the problem is at the entry or the one after.
            return !result.IsValid && (result.Problem!.EntryIndex <= index + 1 || result.Problem.CheckpointIndex is not null);
        });
}
