using Custos.Ledger.Checkpoints;
using Custos.Ledger.Entries;
using Custos.Ledger.Notes;
using Custos.Ledger.Storage;
using Custos.Ledger.Tests.Entries;
using Custos.Ledger.Tree;
using Custos.Ledger.Verification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Ledger.Tests.Verification;

/// <summary>Verification over stored records: leaf hashes, pruned entries and payloads as a store keeps them.</summary>
public sealed class RecordVerificationTests
{
    private const int Count = 20;
    private static readonly int[] DefaultCheckpoints = [5, 12, Count];

    internal static byte[] Payload(long index) => [0xde, 0xad, 0xbe, 0xef, (byte)index];

    internal static List<LedgerRecord> Records(int count = Count) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var entry = SampleEntries.Entry(i).Encode();
            return new LedgerRecord(i, MerkleHash.HashLeaf(entry), entry, Payload(i));
        })];

    internal static string Sign(NoteSigner signer, IEnumerable<LedgerRecord> records, int size) =>
        new Checkpoint(TestKeys.LogName, size, MerkleTree.FromLeafHashes(records.Take(size).Select(r => r.LeafHash)).Root()).Sign(signer);

    private static (List<LedgerRecord> Records, List<string> Checkpoints, NoteSigner Signer) Ledger(int count = Count, int[]? sizes = null)
    {
        var signer = TestKeys.Log();
        var records = Records(count);
        var checkpoints = (sizes ?? DefaultCheckpoints).Select(size => Sign(signer, records, size)).ToList();
        return (records, checkpoints, signer);
    }

    private static LedgerVerification Verify(List<LedgerRecord> records, List<string> checkpoints, NoteSigner signer) =>
        new LedgerVerifier(TestKeys.LogName, [signer.Verifier]).Verify(records, checkpoints);

    private static LedgerProblem ProblemOf(List<LedgerRecord> records, List<string> checkpoints, NoteSigner signer)
    {
        var result = Verify(records, checkpoints, signer);
        Assert.False(result.IsValid, "the ledger verified although it was tampered with");
        return result.Problem!;
    }

    [Fact]
    public void Untouched_records_verify_like_their_entries_and_count_their_payloads()
    {
        var (records, checkpoints, signer) = Ledger();
        var result = Verify(records, checkpoints, signer);
        Assert.True(result.IsValid, result.Problem?.Message);
        var fromEntries = new LedgerVerifier(TestKeys.LogName, [signer.Verifier]).Verify(records.Select(r => r.Entry!), checkpoints);
        Assert.Equal(fromEntries.RootHex, result.RootHex);
        Assert.Equal(Count, result.Size);
        Assert.Equal(Count, result.CheckpointedSize);
        Assert.Equal(Count, result.PayloadsPresent);
        Assert.Equal(0, result.EntriesPruned);
        Assert.Equal(0, fromEntries.PayloadsPresent);
    }

    [Fact]
    public void Pruned_entries_verify_through_their_stored_leaf_hashes_and_are_counted()
    {
        var (records, checkpoints, signer) = Ledger();
        for (var i = 0; i < 8; i++)
        {
            records[i] = records[i] with { Entry = null, Payload = null };
        }

        records[10] = records[10] with { Payload = null };
        var result = Verify(records, checkpoints, signer);
        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(8, result.EntriesPruned);
        Assert.Equal(Count - 9, result.PayloadsPresent);
        Assert.Contains("8 pruned by retention", result.ToString());
    }

    [Fact]
    public void A_pruned_entry_whose_leaf_hash_was_replaced_is_caught_by_the_checkpoint_covering_it()
    {
        var (records, checkpoints, signer) = Ledger();
        var leaf = (byte[])records[3].LeafHash.Clone();
        leaf[0] ^= 1;
        records[3] = records[3] with { Entry = null, Payload = null, LeafHash = leaf };
        var problem = ProblemOf(records, checkpoints, signer);
        Assert.Equal(LedgerProblemKind.CheckpointRootMismatch, problem.Kind);
        Assert.Equal(0, problem.CheckpointIndex);
    }

    [Fact]
    public void An_edited_entry_byte_is_caught_against_its_stored_leaf_hash_naming_the_entry()
    {
        var (records, checkpoints, signer) = Ledger();
        records[9].Entry![30] ^= 0x20;
        var problem = ProblemOf(records, checkpoints, signer);
        Assert.Equal(LedgerProblemKind.LeafHashMismatch, problem.Kind);
        Assert.Equal(9, problem.EntryIndex);
        Assert.StartsWith("entry 9 hashes to leaf", problem.Message);
        Assert.Contains("altered after it was recorded", problem.Message);
    }

    [Fact]
    public void An_edited_entry_with_a_recomputed_leaf_hash_is_caught_by_the_checkpoint()
    {
        var (records, checkpoints, signer) = Ledger();
        var edited = (SampleEntries.Entry(9) with { Outcome = "denied" }).Encode();
        records[9] = records[9] with { Entry = edited, LeafHash = MerkleHash.HashLeaf(edited) };
        var problem = ProblemOf(records, checkpoints, signer);
        Assert.Equal(LedgerProblemKind.CheckpointRootMismatch, problem.Kind);
        Assert.Contains("one of entries 5 to 11", problem.Message);
    }

    [Fact]
    public void A_stored_leaf_hash_of_the_wrong_length_is_caught()
    {
        var (records, checkpoints, signer) = Ledger();
        records[4] = records[4] with { LeafHash = records[4].LeafHash[..31] };
        var problem = ProblemOf(records, checkpoints, signer);
        Assert.Equal(LedgerProblemKind.LeafHashMismatch, problem.Kind);
        Assert.Equal(4, problem.EntryIndex);
        Assert.Contains("31 bytes", problem.Message);
    }

    [Fact]
    public void An_empty_stored_leaf_hash_is_caught_even_when_the_entry_is_present()
    {
        var (records, checkpoints, signer) = Ledger();
        records[2] = records[2] with { LeafHash = [] };
        Assert.Equal(LedgerProblemKind.LeafHashMismatch, ProblemOf(records, checkpoints, signer).Kind);
    }

    [Fact]
    public void A_deleted_record_is_caught_as_a_gap_in_the_indices()
    {
        var (records, checkpoints, signer) = Ledger();
        records.RemoveAt(7);
        var problem = ProblemOf(records, checkpoints, signer);
        Assert.Equal(LedgerProblemKind.SequenceMismatch, problem.Kind);
        Assert.Equal(7, problem.EntryIndex);
        Assert.Contains("entry 7 is missing", problem.Message);
    }

    [Fact]
    public void Records_that_do_not_start_at_zero_are_caught()
    {
        var (records, checkpoints, signer) = Ledger();
        records.RemoveAt(0);
        var problem = ProblemOf(records, checkpoints, signer);
        Assert.Equal(LedgerProblemKind.SequenceMismatch, problem.Kind);
        Assert.Equal(0, problem.EntryIndex);
    }

    [Fact]
    public void Two_reordered_records_are_caught()
    {
        var (records, checkpoints, signer) = Ledger();
        (records[10], records[11]) = (records[11], records[10]);
        var problem = ProblemOf(records, checkpoints, signer);
        Assert.Equal(LedgerProblemKind.SequenceMismatch, problem.Kind);
        Assert.Equal(10, problem.EntryIndex);
    }

    [Fact]
    public void Two_swapped_entry_blobs_are_caught_at_the_first_against_its_leaf_hash()
    {
        var (records, checkpoints, signer) = Ledger();
        (records[10], records[11]) = (records[10] with { Entry = records[11].Entry }, records[11] with { Entry = records[10].Entry });
        var problem = ProblemOf(records, checkpoints, signer);
        Assert.Equal(LedgerProblemKind.LeafHashMismatch, problem.Kind);
        Assert.Equal(10, problem.EntryIndex);
    }

    [Fact]
    public void Swapped_entries_with_their_leaf_hashes_are_caught_by_their_sequence_numbers()
    {
        var (records, checkpoints, signer) = Ledger();
        (records[10], records[11]) = (records[11] with { Index = 10 }, records[10] with { Index = 11 });
        var problem = ProblemOf(records, checkpoints, signer);
        Assert.Equal(LedgerProblemKind.SequenceMismatch, problem.Kind);
        Assert.Equal(10, problem.EntryIndex);
        Assert.Contains("carries sequence number 11", problem.Message);
    }

    [Fact]
    public void A_timestamp_going_backwards_is_caught_across_a_pruned_entry()
    {
        var (records, checkpoints, signer) = Ledger();
        records[5] = records[5] with { Entry = null, Payload = null };
        var early = SampleEntries.Entry(6, SampleEntries.Start.AddSeconds(2)).Encode();
        records[6] = new LedgerRecord(6, MerkleHash.HashLeaf(early), early, null);
        var problem = ProblemOf(records, checkpoints, signer);
        Assert.Equal(LedgerProblemKind.TimestampRegression, problem.Kind);
        Assert.Equal(6, problem.EntryIndex);
        Assert.Contains("before entry 4", problem.Message);
    }

    [Fact]
    public void An_edited_payload_byte_is_caught_naming_the_entry()
    {
        var (records, checkpoints, signer) = Ledger();
        records[13].Payload![1] ^= 0x01;
        var problem = ProblemOf(records, checkpoints, signer);
        Assert.Equal(LedgerProblemKind.PayloadMismatch, problem.Kind);
        Assert.Equal(13, problem.EntryIndex);
        Assert.StartsWith("entry 13's payload does not match", problem.Message);
    }

    [Fact]
    public void A_payload_replaced_by_an_empty_one_is_caught()
    {
        var (records, checkpoints, signer) = Ledger();
        records[2] = records[2] with { Payload = [] };
        var problem = ProblemOf(records, checkpoints, signer);
        Assert.Equal(LedgerProblemKind.PayloadMismatch, problem.Kind);
        Assert.Equal(2, problem.EntryIndex);
    }

    [Fact]
    public void A_payload_kept_for_a_pruned_entry_is_caught()
    {
        var (records, checkpoints, signer) = Ledger();
        records[2] = records[2] with { Entry = null };
        var problem = ProblemOf(records, checkpoints, signer);
        Assert.Equal(LedgerProblemKind.PayloadMismatch, problem.Kind);
        Assert.Contains("entry 2 was pruned but its payload was kept", problem.Message);
    }

    [Fact]
    public void A_truncated_record_list_is_caught_against_the_last_checkpoint()
    {
        var (records, checkpoints, signer) = Ledger();
        records.RemoveRange(15, 5);
        var problem = ProblemOf(records, checkpoints, signer);
        Assert.Equal(LedgerProblemKind.CheckpointBeyondLog, problem.Kind);
        Assert.Contains("entries 15 to 19 were removed", problem.Message);
    }

    [Fact]
    public void A_checkpoint_resigned_with_another_key_is_caught_over_records()
    {
        var (records, checkpoints, signer) = Ledger();
        using var other = TestKeys.Other();
        checkpoints[2] = Sign(other, records, Count);
        var problem = ProblemOf(records, checkpoints, signer);
        Assert.Equal(LedgerProblemKind.CheckpointSignature, problem.Kind);
        Assert.Equal(2, problem.CheckpointIndex);
    }

    [Fact]
    public void A_checkpoint_for_another_origin_is_caught_over_records()
    {
        var (records, checkpoints, signer) = Ledger();
        checkpoints[0] = new Checkpoint("elsewhere", 5, MerkleTree.FromLeafHashes(records.Take(5).Select(r => r.LeafHash)).Root()).Sign(signer);
        Assert.Equal(LedgerProblemKind.CheckpointOrigin, ProblemOf(records, checkpoints, signer).Kind);
    }

    private static Arbitrary<(int Size, int[] Pruned, int[] WithoutPayload)> Shapes =>
        (from size in Gen.Choose(0, 40)
         from pruned in Gen.ListOf(Gen.Choose(0, 39))
         from withoutPayload in Gen.ListOf(Gen.Choose(0, 39))
         select (size, pruned.ToArray(), withoutPayload.ToArray())).ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Pruning_entries_and_payloads_never_changes_the_root_or_validity() =>
        Prop.ForAll(Shapes, shape =>
        {
            using var signer = TestKeys.Log();
            var records = Records(shape.Size);
            var checkpoints = new List<string> { Sign(signer, records, shape.Size / 2), Sign(signer, records, shape.Size) };
            var full = Verify(records, checkpoints, signer);
            var pruned = shape.Pruned.Where(i => i < shape.Size).ToHashSet();
            var noPayload = shape.WithoutPayload.Where(i => i < shape.Size).ToHashSet();
            var kept = records.Select(r => pruned.Contains((int)r.Index)
                ? r with { Entry = null, Payload = null }
                : noPayload.Contains((int)r.Index) ? r with { Payload = null } : r).ToList();
            var result = Verify(kept, checkpoints, signer);
            return full.IsValid && result.IsValid && result.RootHex == full.RootHex
                && result.EntriesPruned == pruned.Count
                && result.PayloadsPresent == shape.Size - pruned.Union(noPayload).Count();
        });

    /// <summary>An entry index, a byte position, a non-zero change, and a flag.</summary>
    private static Arbitrary<(int Index, int Position, int Delta, bool Flag)> Edits(int maxPosition) =>
        (from index in Gen.Choose(0, Count - 1)
         from position in Gen.Choose(0, maxPosition)
         from delta in Gen.Choose(1, 255)
         from flag in Gen.Elements(true, false)
         select (index, position, delta, flag)).ToArbitrary();

    [Property(MaxTest = 80)]
    public Property Any_single_byte_change_to_a_stored_entry_or_payload_is_caught_at_that_entry() =>
        Prop.ForAll(Edits(int.MaxValue), edit =>
            {
                var (index, position, delta, inPayload) = edit;
                var (records, checkpoints, signer) = Ledger();
                var bytes = inPayload ? records[index].Payload! : records[index].Entry!;
                bytes[position % bytes.Length] = (byte)(bytes[position % bytes.Length] + delta);
                var result = Verify(records, checkpoints, signer);
                var expected = inPayload ? LedgerProblemKind.PayloadMismatch : LedgerProblemKind.LeafHashMismatch;
                return !result.IsValid && result.Problem!.Kind == expected && result.Problem.EntryIndex == index;
            });

    [Property(MaxTest = 60)]
    public Property Any_single_byte_change_to_a_checkpointed_leaf_hash_is_caught() =>
        Prop.ForAll(Edits(31), edit =>
            {
                var (index, position, delta, prune) = edit;
                var (records, checkpoints, signer) = Ledger();
                if (prune)
                {
                    records[index] = records[index] with { Entry = null, Payload = null };
                }

                records[index].LeafHash[position] = (byte)(records[index].LeafHash[position] + delta);
                return !Verify(records, checkpoints, signer).IsValid;
            });
}
