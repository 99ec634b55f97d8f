using Custos.Ledger.Proofs;
using Custos.Ledger.Tests.Tree;
using Custos.Ledger.Tree;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Ledger.Tests.Proofs;

public sealed class InclusionProofTests
{
    private static Gen<(int Size, int Index)> SizeAndIndex =>
        from size in Gen.Choose(1, 200)
        from index in Gen.Choose(0, size - 1)
        select (size, index);

    [Property(MaxTest = 300)]
    public Property Every_inclusion_proof_in_a_random_tree_verifies() =>
        Prop.ForAll(SizeAndIndex.ToArbitrary(), t =>
        {
            var leaves = TreeData.LeafHashes(t.Size);
            var root = MerkleTree.ComputeRoot(leaves, t.Size);
            return InclusionProof.Create(leaves, t.Index, t.Size).Verify(leaves[t.Index], root).IsValid;
        });

    [Property(MaxTest = 300)]
    public Property A_flipped_bit_in_the_path_the_leaf_or_the_root_fails() =>
        Prop.ForAll(SizeAndIndex.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (t, pick) =>
        {
            var leaves = TreeData.LeafHashes(t.Size);
            var root = MerkleTree.ComputeRoot(leaves, t.Size);
            var proof = InclusionProof.Create(leaves, t.Index, t.Size);
            var path = proof.Path.Select(h => (byte[])h.Clone()).ToList();
            var leaf = (byte[])leaves[t.Index].Clone();
            var rootCopy = (byte[])root.Clone();
            var targets = new List<byte[]>(path) { leaf, rootCopy };
            var target = targets[pick % targets.Count];
            target[pick / targets.Count % MerkleHash.Size] ^= (byte)(1 << (pick % 8));
            return !new InclusionProof(t.Index, t.Size, path).Verify(leaf, rootCopy).IsValid;
        });

    [Property(MaxTest = 300)]
    public Property A_wrong_index_or_a_proof_for_another_size_fails() =>
        Prop.ForAll(SizeAndIndex.ToArbitrary(), Gen.Choose(1, 300).ToArbitrary(), (t, delta) =>
        {
            // A size only fixes the shape of the path, so the wrong size is checked against that size's own root.
            var leaves = TreeData.LeafHashes(t.Size + delta);
            var root = MerkleTree.ComputeRoot(leaves, t.Size);
            var biggerRoot = MerkleTree.ComputeRoot(leaves, t.Size + delta);
            var proof = InclusionProof.Create(leaves, t.Index, t.Size);
            var otherIndex = (t.Index + delta) % (t.Size + delta);
            var wrongIndex = otherIndex != t.Index && !new InclusionProof(otherIndex, t.Size, proof.Path).Verify(leaves[t.Index], root).IsValid;
            var wrongSize = !new InclusionProof(t.Index, t.Size + delta, proof.Path).Verify(leaves[t.Index], biggerRoot).IsValid;
            return (otherIndex == t.Index || wrongIndex) && wrongSize;
        });

    [Property(MaxTest = 200)]
    public Property A_proof_with_a_hash_added_or_removed_fails() =>
        Prop.ForAll(SizeAndIndex.ToArbitrary(), t =>
        {
            var leaves = TreeData.LeafHashes(t.Size);
            var root = MerkleTree.ComputeRoot(leaves, t.Size);
            var proof = InclusionProof.Create(leaves, t.Index, t.Size);
            var longer = new InclusionProof(t.Index, t.Size, [.. proof.Path, root]);
            var shorter = proof.Path.Count == 0 ? null : new InclusionProof(t.Index, t.Size, proof.Path.Take(proof.Path.Count - 1).ToList());
            return !longer.Verify(leaves[t.Index], root).IsValid && (shorter is null || !shorter.Verify(leaves[t.Index], root).IsValid);
        });

    [Fact]
    public void A_single_leaf_tree_has_an_empty_path_and_its_root_is_the_leaf()
    {
        var leaves = TreeData.LeafHashes(1);
        var proof = InclusionProof.Create(leaves, 0, 1);
        Assert.Empty(proof.Path);
        Assert.True(proof.Verify(leaves[0], leaves[0]).IsValid);
    }

    [Fact]
    public void Malformed_proofs_fail_with_a_reason_instead_of_throwing()
    {
        var leaves = TreeData.LeafHashes(5);
        var root = MerkleTree.ComputeRoot(leaves, 5);
        Assert.Contains("not inside", new InclusionProof(5, 5, []).Verify(leaves[0], root).Failure);
        Assert.Contains("not inside", new InclusionProof(-1, 5, []).Verify(leaves[0], root).Failure);
        Assert.Contains("not 32 bytes", new InclusionProof(0, 5, [new byte[3], new byte[32], new byte[32]]).Verify(leaves[0], root).Failure);
        Assert.Contains("more than any tree", new InclusionProof(0, 5, Enumerable.Repeat(new byte[32], 64).ToList()).Verify(leaves[0], root).Failure);
        Assert.False(new InclusionProof(0, 5, []).Verify(new byte[1], root).IsValid);
    }
}
