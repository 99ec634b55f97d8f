namespace Custos.Ledger.Tree;

/// <summary>Nodes computed on demand from leaf hashes held in memory: O(2^level) hashes per node.</summary>
internal sealed class LeafListNodeSource(IReadOnlyList<byte[]> leafHashes) : IMerkleNodeSource
{
    public void ReadNode(int level, long index, Span<byte> destination)
    {
        var start = index << level;
        var count = 1L << level;
        if (level is < 0 or > 30 || index < 0 || start + count > leafHashes.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"Node ({level}, {index}) is outside the {leafHashes.Count} leaves.");
        }

        Compute((int)start, (int)count, destination);
    }

    private void Compute(int start, int count, Span<byte> destination)
    {
        if (count == 1)
        {
            var leaf = leafHashes[start];
            MerkleHash.CheckHash(leaf, "leafHashes");
            leaf.CopyTo(destination);
            return;
        }

        var half = count / 2;
        Span<byte> left = stackalloc byte[MerkleHash.Size];
        Span<byte> right = stackalloc byte[MerkleHash.Size];
        Compute(start, half, left);
        Compute(start + half, half, right);
        MerkleHash.HashChildren(left, right, destination);
    }
}
