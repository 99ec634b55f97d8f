namespace Custos.Ledger.Tree;

/// <summary>
/// An append-only tree that keeps every complete node in memory (about 64 bytes per leaf), so inclusion and
/// consistency proofs cost O(log² n) hashes instead of O(n). Suits a verifier or a server that serves proofs
/// for a ledger of up to tens of millions of entries; beyond that, keep the nodes in the store.
/// </summary>
public sealed class MerkleNodeCache : IMerkleNodeSource
{
    private readonly List<byte[]> _levels = [];
    private readonly List<int> _counts = [];
    private readonly MerkleTree _tree = new();

    // Made once: a method group passed as a delegate is a new delegate on every append.
    private readonly MerkleNodeCompleted _store;

    public MerkleNodeCache() => _store = Store;

    /// <summary>The number of leaves appended.</summary>
    public long Size => _tree.Size;

    /// <summary>Appends a leaf hash, keeping every node it completes.</summary>
    public void Append(ReadOnlySpan<byte> leafHash) => _tree.Append(leafHash, _store);

    /// <summary>The Merkle Tree Hash of the current tree.</summary>
    public byte[] Root() => _tree.Root();

    /// <summary>A copy of the tree's right border (no kept nodes), to compute the root of a speculative append.</summary>
    public MerkleTree CloneTree() => _tree.Clone();

    /// <summary>The Merkle Tree Hash of the first <paramref name="size"/> leaves (any size up to <see cref="Size"/>), from the kept nodes.</summary>
    public byte[] RootAt(long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, Size);
        var root = new byte[MerkleHash.Size];
        if (size == 0)
        {
            MerkleHash.EmptyRoot.CopyTo(root);
        }
        else
        {
            MerkleTree.SubtreeRoot(this, 0, size, root);
        }

        return root;
    }

    /// <inheritdoc />
    public void ReadNode(int level, long index, Span<byte> destination)
    {
        if (level < 0 || level >= _levels.Count || index < 0 || index >= _counts[level])
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"Node ({level}, {index}) is not complete in a tree of size {Size}.");
        }

        _levels[level].AsSpan((int)index * MerkleHash.Size, MerkleHash.Size).CopyTo(destination);
    }

    private void Store(int level, long index, ReadOnlySpan<byte> hash)
    {
        if (level == _levels.Count)
        {
            _levels.Add(new byte[16 * MerkleHash.Size]);
            _counts.Add(0);
        }

        var count = _counts[level];
        if (index != count)
        {
            throw new InvalidOperationException($"Node ({level}, {index}) completed out of order.");
        }

        var buffer = _levels[level];
        if ((count + 1) * MerkleHash.Size > buffer.Length)
        {
            Array.Resize(ref buffer, checked(buffer.Length * 2));
            _levels[level] = buffer;
        }

        hash.CopyTo(buffer.AsSpan(count * MerkleHash.Size));
        _counts[level] = count + 1;
    }
}
