using Custos.Ledger.Checkpoints;
using Custos.Ledger.Proofs;
using Custos.Ledger.Tests.Tree;
using Custos.Ledger.Tree;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Ledger.Tests.Proofs;

public sealed class ProofEncodingTests
{
    [Property(MaxTest = 200)]
    public Property Inclusion_proofs_round_trip_and_still_verify() =>
        Prop.ForAll(Gen.Choose(1, 150).SelectMany(n => Gen.Choose(0, n - 1).Select(i => (n, i))).ToArbitrary(), t =>
        {
            var leaves = TreeData.LeafHashes(t.n);
            var bytes = InclusionProof.Create(leaves, t.i, t.n).Encode();
            var decoded = InclusionProof.Decode(bytes);
            return decoded.IsSuccess && decoded.Value!.Encode().AsSpan().SequenceEqual(bytes)
                && decoded.Value.Verify(leaves[t.i], MerkleTree.ComputeRoot(leaves, t.n)).IsValid;
        });

    [Property(MaxTest = 200)]
    public Property Consistency_proofs_round_trip_and_still_verify() =>
        Prop.ForAll(Gen.Choose(0, 150).SelectMany(n => Gen.Choose(0, n).Select(m => (m, n))).ToArbitrary(), t =>
        {
            var leaves = TreeData.LeafHashes(t.n);
            var bytes = ConsistencyProof.Create(leaves, t.m, t.n).Encode();
            var decoded = ConsistencyProof.Decode(bytes);
            return decoded.IsSuccess && decoded.Value!.Encode().AsSpan().SequenceEqual(bytes)
                && decoded.Value.Verify(MerkleTree.ComputeRoot(leaves, t.m), MerkleTree.ComputeRoot(leaves, t.n)).IsValid;
        });

    [Property(MaxTest = 500)]
    public bool Arbitrary_bytes_never_throw_and_what_decodes_is_canonical(byte[]? bytes)
    {
        bytes ??= [];
        var inclusion = InclusionProof.Decode(bytes);
        var consistency = ConsistencyProof.Decode(bytes);
        return (inclusion.IsSuccess ? inclusion.Value!.Encode().AsSpan().SequenceEqual(bytes) : inclusion.Error is not null)
            && (consistency.IsSuccess ? consistency.Value!.Encode().AsSpan().SequenceEqual(bytes) : consistency.Error is not null);
    }

    [Fact]
    public void Truncated_padded_overlong_and_negative_proofs_are_refused()
    {
        var bytes = InclusionProof.Create(TreeData.LeafHashes(9), 4, 9).Encode();
        Assert.Contains("this one is", InclusionProof.Decode(bytes.AsSpan(0, bytes.Length - 1)).Error);
        Assert.Contains("this one is", InclusionProof.Decode([.. bytes, 0]).Error);
        Assert.Contains("at least 17 bytes", InclusionProof.Decode(bytes.AsSpan(0, 10)).Error);
        var tooMany = (byte[])bytes.Clone();
        tooMany[16] = 200;
        Assert.Contains("more than the limit", InclusionProof.Decode(tooMany).Error);
        var negative = (byte[])bytes.Clone();
        negative[0] = 0x80;
        Assert.Contains("not negative", InclusionProof.Decode(negative).Error);
    }

    [Fact]
    public void Proofs_check_against_checkpoints_of_the_right_size_and_log()
    {
        var leaves = TreeData.LeafHashes(10);
        var older = new Checkpoint("log", 6, MerkleTree.ComputeRoot(leaves, 6));
        var newer = new Checkpoint("log", 10, MerkleTree.ComputeRoot(leaves, 10));
        var proof = ConsistencyProof.Create(leaves, 6, 10);
        Assert.True(proof.Verify(older, newer).IsValid);
        Assert.Contains("different logs", proof.Verify(older, new Checkpoint("other", 10, newer.RootHash)).Failure);
        Assert.Contains("the checkpoints are at 10 and 6", proof.Verify(newer, older).Failure);
        Assert.True(InclusionProof.Create(leaves, 3, 10).Verify(leaves[3], newer).IsValid);
        Assert.Contains("checkpoint is at 6", InclusionProof.Create(leaves, 3, 10).Verify(leaves[3], older).Failure);
    }
}
