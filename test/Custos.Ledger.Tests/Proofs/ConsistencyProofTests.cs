using Custos.Ledger.Proofs;
using Custos.Ledger.Tests.Tree;
using Custos.Ledger.Tree;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Ledger.Tests.Proofs;

public sealed class ConsistencyProofTests
{
    private static Gen<(int First, int Second)> Sizes =>
        from second in Gen.Choose(0, 200)
        from first in Gen.Choose(0, second)
        select (first, second);

    [Property(MaxTest = 300)]
    public Property Every_consistency_proof_between_random_sizes_verifies() =>
        Prop.ForAll(Sizes.ToArbitrary(), t =>
        {
            var leaves = TreeData.LeafHashes(t.Second);
            var proof = ConsistencyProof.Create(leaves, t.First, t.Second);
            return proof.Verify(MerkleTree.ComputeRoot(leaves, t.First), MerkleTree.ComputeRoot(leaves, t.Second)).IsValid;
        });

    [Property(MaxTest = 300)]
    public Property A_flipped_bit_in_the_proof_or_either_root_fails() =>
        Prop.ForAll(Sizes.Where(t => t.First > 0 && t.First < t.Second).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (t, pick) =>
        {
            var leaves = TreeData.LeafHashes(t.Second);
            var path = ConsistencyProof.Create(leaves, t.First, t.Second).Path.Select(h => (byte[])h.Clone()).ToList();
            var first = MerkleTree.ComputeRoot(leaves, t.First);
            var second = MerkleTree.ComputeRoot(leaves, t.Second);
            var targets = new List<byte[]>(path) { first, second };
            var target = targets[pick % targets.Count];
            target[pick / targets.Count % MerkleHash.Size] ^= (byte)(1 << (pick % 8));
            return !new ConsistencyProof(t.First, t.Second, path).Verify(first, second).IsValid;
        });

    [Property(MaxTest = 300)]
    public Property A_proof_presented_for_other_sizes_fails() =>
        Prop.ForAll(Sizes.Where(t => t.First > 0 && t.First < t.Second).ToArbitrary(), Gen.Choose(1, 50).ToArbitrary(), (t, delta) =>
        {
            var leaves = TreeData.LeafHashes(t.Second + delta);
            var proof = ConsistencyProof.Create(leaves, t.First, t.Second);
            var first = MerkleTree.ComputeRoot(leaves, t.First);
            var second = MerkleTree.ComputeRoot(leaves, t.Second);
            var firstBigger = t.First + delta <= t.Second
                ? !new ConsistencyProof(t.First + delta, t.Second, proof.Path).Verify(MerkleTree.ComputeRoot(leaves, t.First + delta), second).IsValid
                : true;
            var secondBigger = !new ConsistencyProof(t.First, t.Second + delta, proof.Path).Verify(first, MerkleTree.ComputeRoot(leaves, t.Second + delta)).IsValid;
            return firstBigger && secondBigger;
        });

    [Property(MaxTest = 200)]
    public Property A_proof_with_a_hash_added_or_removed_fails() =>
        Prop.ForAll(Sizes.Where(t => t.First > 0 && t.First < t.Second).ToArbitrary(), t =>
        {
            var leaves = TreeData.LeafHashes(t.Second);
            var proof = ConsistencyProof.Create(leaves, t.First, t.Second);
            var first = MerkleTree.ComputeRoot(leaves, t.First);
            var second = MerkleTree.ComputeRoot(leaves, t.Second);
            var longer = new ConsistencyProof(t.First, t.Second, [.. proof.Path, second]);
            var shorter = new ConsistencyProof(t.First, t.Second, proof.Path.Take(proof.Path.Count - 1).ToList());
            return !longer.Verify(first, second).IsValid && !shorter.Verify(first, second).IsValid;
        });

    [Fact]
    public void Equal_sizes_need_an_empty_proof_and_the_same_root()
    {
        var leaves = TreeData.LeafHashes(7);
        var root = MerkleTree.ComputeRoot(leaves, 7);
        Assert.Empty(ConsistencyProof.Create(leaves, 7, 7).Path);
        Assert.True(new ConsistencyProof(7, 7, []).Verify(root, root).IsValid);
        Assert.Contains("different roots", new ConsistencyProof(7, 7, []).Verify(root, leaves[0]).Failure);
        Assert.Contains("must be empty", new ConsistencyProof(7, 7, [root]).Verify(root, root).Failure);
    }

    [Fact]
    public void A_shrinking_log_is_refused()
    {
        var leaves = TreeData.LeafHashes(7);
        Assert.Contains("cannot be a prefix", new ConsistencyProof(7, 6, []).Verify(leaves[0], leaves[1]).Failure);
        Assert.Throws<ArgumentOutOfRangeException>(() => ConsistencyProof.Create(leaves, 7, 6));
    }

    [Fact]
    public void An_empty_proof_between_different_non_empty_sizes_fails()
    {
        var leaves = TreeData.LeafHashes(8);
        Assert.Contains("empty", new ConsistencyProof(3, 8, []).Verify(MerkleTree.ComputeRoot(leaves, 3), MerkleTree.ComputeRoot(leaves, 8)).Failure);
    }

    [Fact]
    public void The_proof_from_four_to_eight_is_the_right_subtree_root()
    {
        var leaves = TreeData.LeafHashes(8);
        var proof = ConsistencyProof.Create(leaves, 4, 8);
        Assert.Equal([MerkleTree.ComputeRoot(leaves[4..], 4)], proof.Path);
    }
}
