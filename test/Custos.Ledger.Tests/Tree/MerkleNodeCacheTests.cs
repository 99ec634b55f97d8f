using Custos.Ledger.Proofs;
using Custos.Ledger.Tree;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Ledger.Tests.Tree;

public sealed class MerkleNodeCacheTests
{
    [Property(MaxTest = 200)]
    public Property Proofs_from_stored_nodes_equal_proofs_from_leaves() =>
        Prop.ForAll(
            Gen.Choose(1, 300).SelectMany(n => Gen.Choose(0, n - 1).SelectMany(i => Gen.Choose(0, n).Select(m => (n, i, m)))).ToArbitrary(),
            t =>
            {
                var leaves = TreeData.LeafHashes(t.n);
                var cache = new MerkleNodeCache();
                leaves.ForEach(l => cache.Append(l));
                var fromNodes = InclusionProof.Create(cache, t.i, t.n);
                var fromLeaves = InclusionProof.Create(leaves, t.i, t.n);
                var consistencyNodes = ConsistencyProof.Create(cache, t.m, t.n);
                var consistencyLeaves = ConsistencyProof.Create(leaves, t.m, t.n);
                return fromNodes.Encode().AsSpan().SequenceEqual(fromLeaves.Encode())
                    && consistencyNodes.Encode().AsSpan().SequenceEqual(consistencyLeaves.Encode())
                    && cache.Root().AsSpan().SequenceEqual(TreeData.ReferenceRoot(leaves));
            });

    [Property(MaxTest = 100)]
    public Property Proofs_for_an_older_size_can_be_served_from_a_grown_cache() =>
        Prop.ForAll(Gen.Choose(1, 200).SelectMany(n => Gen.Choose(1, n).SelectMany(s => Gen.Choose(0, s - 1).Select(i => (n, s, i)))).ToArbitrary(), t =>
        {
            var leaves = TreeData.LeafHashes(t.n);
            var cache = new MerkleNodeCache();
            leaves.ForEach(l => cache.Append(l));
            return InclusionProof.Create(cache, t.i, t.s).Verify(leaves[t.i], MerkleTree.ComputeRoot(leaves, t.s)).IsValid;
        });

    [Fact]
    public void Appends_report_every_completed_node_once_from_the_leaf_up()
    {
        var tree = new MerkleTree();
        var nodes = new List<(int Level, long Index)>();
        foreach (var leaf in TreeData.LeafHashes(8))
        {
            tree.Append(leaf, (level, index, _) => nodes.Add((level, index)));
        }

        Assert.Equal(15, nodes.Count);
        Assert.Equal((3, 0L), nodes[^1]);
        Assert.Equal([(0, 6L), (0, 7L), (1, 3L), (2, 1L), (3, 0L)], nodes[^5..]);
    }

    [Fact]
    public void Reading_a_node_the_tree_has_not_completed_is_a_programmer_error()
    {
        var cache = new MerkleNodeCache();
        TreeData.LeafHashes(3).ForEach(l => cache.Append(l));
        var buffer = new byte[32];
        Assert.Throws<ArgumentOutOfRangeException>(() => cache.ReadNode(1, 1, buffer));
        Assert.Throws<ArgumentOutOfRangeException>(() => cache.ReadNode(2, 0, buffer));
        cache.ReadNode(1, 0, buffer);
        Assert.Equal(MerkleTree.ComputeRoot(TreeData.LeafHashes(2), 2), buffer);
    }
}
