using Custos.Ledger.Proofs;
using Custos.Ledger.Tree;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Ledger.Tests.Proofs;

/// <summary>
/// Proofs over trees far larger than memory: every leaf is the same, so the node at level L is the leaf hashed
/// with itself L times, and a consistent node source costs O(L). This exercises the 64-bit index arithmetic.
/// </summary>
public sealed class LargeTreeTests
{
    private sealed class UniformTree : IMerkleNodeSource
    {
        private readonly byte[][] _levels = new byte[63][];

        public UniformTree()
        {
            _levels[0] = MerkleHash.HashLeaf("same"u8);
            for (var level = 1; level < _levels.Length; level++)
            {
                _levels[level] = MerkleHash.HashChildren(_levels[level - 1], _levels[level - 1]);
            }
        }

        public byte[] Leaf => _levels[0];

        public void ReadNode(int level, long index, Span<byte> destination) => _levels[level].CopyTo(destination);

        public byte[] Root(long size)
        {
            var root = new byte[MerkleHash.Size];
            MerkleTree.SubtreeRoot(this, 0, size, root);
            return root;
        }
    }

    private static Gen<long> HugeSize => Gen.Choose(0, int.MaxValue).Select(i => (1L << 62) + ((long)i * 1_000_003));

    [Property(MaxTest = 100)]
    public Property Inclusion_proofs_in_trees_of_over_2_to_the_62_leaves_verify() =>
        Prop.ForAll(HugeSize.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (size, pick) =>
        {
            var tree = new UniformTree();
            var index = size - 1 - ((long)pick * 7919);
            var proof = InclusionProof.Create(tree, index, size);
            return proof.Path.Count <= InclusionProof.MaxPathLength && proof.Verify(tree.Leaf, tree.Root(size)).IsValid
                && !proof.Verify(tree.Leaf, tree.Root(size - 1)).IsValid;
        });

    [Property(MaxTest = 100)]
    public Property Consistency_proofs_between_huge_sizes_verify() =>
        Prop.ForAll(HugeSize.ToArbitrary(), Gen.Choose(1, int.MaxValue).ToArbitrary(), (second, back) =>
        {
            var tree = new UniformTree();
            var first = second - back;
            var proof = ConsistencyProof.Create(tree, first, second);
            return proof.Path.Count <= ConsistencyProof.MaxPathLength
                && proof.Verify(tree.Root(first), tree.Root(second)).IsValid
                && ConsistencyProof.Decode(proof.Encode()).Value!.Verify(tree.Root(first), tree.Root(second)).IsValid;
        });

    [Fact]
    public void The_largest_tree_size_is_handled()
    {
        var tree = new UniformTree();
        var proof = InclusionProof.Create(tree, long.MaxValue - 1, long.MaxValue);
        Assert.True(proof.Verify(tree.Leaf, tree.Root(long.MaxValue)).IsValid);
        Assert.True(ConsistencyProof.Create(tree, long.MaxValue - 5, long.MaxValue).Verify(tree.Root(long.MaxValue - 5), tree.Root(long.MaxValue)).IsValid);
    }
}
