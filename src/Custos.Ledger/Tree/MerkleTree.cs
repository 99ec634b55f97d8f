using System.Numerics;

namespace Custos.Ledger.Tree;

/// <summary>
/// An append-only Merkle tree that keeps only its right border: one perfect-subtree root per set bit of the size.
/// Appending is amortised O(1) hashes, the root is O(log n), and memory is at most 64 hashes whatever the size.
/// Proofs need the leaves themselves; see <see cref="Proofs.InclusionProof"/> and <see cref="Proofs.ConsistencyProof"/>.
/// Not thread-safe: the ledger has one sequencer, which owns the tree.
/// </summary>
public sealed class MerkleTree
{
    private const int MaxLevels = 64;

    // _border[i] is the root of the i-th perfect subtree from the left; their sizes are the set bits of _size, largest first.
    private readonly byte[] _border = new byte[MaxLevels * MerkleHash.Size];
    private int _borderCount;

    /// <summary>The number of leaves appended.</summary>
    public long Size { get; private set; }

    /// <summary>Rebuilds a tree from stored leaf hashes, in order.</summary>
    public static MerkleTree FromLeafHashes(IEnumerable<byte[]> leafHashes)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        var tree = new MerkleTree();
        foreach (var hash in leafHashes)
        {
            tree.Append(hash);
        }

        return tree;
    }

    /// <summary>Rebuilds a tree from stored leaf hashes laid end to end, 32 bytes each.</summary>
    public static MerkleTree FromLeafHashes(ReadOnlySpan<byte> concatenatedLeafHashes)
    {
        if (concatenatedLeafHashes.Length % MerkleHash.Size != 0)
        {
            throw new ArgumentException($"The length must be a multiple of {MerkleHash.Size}.", nameof(concatenatedLeafHashes));
        }

        var tree = new MerkleTree();
        for (var offset = 0; offset < concatenatedLeafHashes.Length; offset += MerkleHash.Size)
        {
            tree.Append(concatenatedLeafHashes.Slice(offset, MerkleHash.Size));
        }

        return tree;
    }

    /// <summary>An independent copy: appending to it leaves this tree as it is.</summary>
    public MerkleTree Clone()
    {
        var copy = new MerkleTree { Size = Size, _borderCount = _borderCount };
        _border.AsSpan(0, _borderCount * MerkleHash.Size).CopyTo(copy._border);
        return copy;
    }

    /// <summary>Appends the hash of a leaf (already <see cref="MerkleHash.HashLeaf(ReadOnlySpan{byte})"/>-ed).</summary>
    public void Append(ReadOnlySpan<byte> leafHash) => Append(leafHash, null);

    /// <summary>
    /// Appends a leaf hash and reports each node the append completes (the leaf, then every subtree it closes),
    /// so a store can keep them as an <see cref="IMerkleNodeSource"/> at no extra hashing cost.
    /// </summary>
    public void Append(ReadOnlySpan<byte> leafHash, MerkleNodeCompleted? completed)
    {
        MerkleHash.CheckHash(leafHash, nameof(leafHash));
        if (Size == long.MaxValue)
        {
            throw new InvalidOperationException("The tree is full.");
        }

        Span<byte> carry = stackalloc byte[MerkleHash.Size];
        leafHash.CopyTo(carry);

        // Each trailing one bit of the old size is a perfect subtree of the same height as the carry: merge them.
        completed?.Invoke(0, Size, carry);
        var level = 0;
        for (var size = Size; (size & 1) == 1; size >>= 1)
        {
            _borderCount--;
            MerkleHash.HashChildren(BorderAt(_borderCount), carry, carry);
            level++;
            completed?.Invoke(level, Size >> level, carry);
        }

        carry.CopyTo(_border.AsSpan(_borderCount * MerkleHash.Size, MerkleHash.Size));
        _borderCount++;
        Size++;
    }

    /// <summary>Appends the leaf hash of <paramref name="data"/>.</summary>
    public void AppendData(ReadOnlySpan<byte> data)
    {
        Span<byte> leafHash = stackalloc byte[MerkleHash.Size];
        MerkleHash.HashLeaf(data, leafHash);
        Append(leafHash);
    }

    /// <summary>Writes the RFC 9162 Merkle Tree Hash of the current tree into <paramref name="destination"/>.</summary>
    public void WriteRoot(Span<byte> destination)
    {
        if (destination.Length < MerkleHash.Size)
        {
            throw new ArgumentException($"The destination must hold {MerkleHash.Size} bytes.", nameof(destination));
        }

        if (_borderCount == 0)
        {
            MerkleHash.EmptyRoot.CopyTo(destination);
            return;
        }

        // MTH splits at the largest power of two below n, so the root folds the border from the right.
        Span<byte> root = stackalloc byte[MerkleHash.Size];
        BorderAt(_borderCount - 1).CopyTo(root);
        for (var i = _borderCount - 2; i >= 0; i--)
        {
            MerkleHash.HashChildren(BorderAt(i), root, root);
        }

        root.CopyTo(destination);
    }

    /// <summary>The RFC 9162 Merkle Tree Hash of the current tree as a new array.</summary>
    public byte[] Root()
    {
        var root = new byte[MerkleHash.Size];
        WriteRoot(root);
        return root;
    }

    /// <summary>The Merkle Tree Hash of the first <paramref name="size"/> of <paramref name="leafHashes"/>, by the recursive definition.</summary>
    public static byte[] ComputeRoot(IReadOnlyList<byte[]> leafHashes, long size)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, leafHashes.Count);
        var root = new byte[MerkleHash.Size];
        if (size == 0)
        {
            MerkleHash.EmptyRoot.CopyTo(root);
        }
        else
        {
            SubtreeRoot(new LeafListNodeSource(leafHashes), 0, size, root);
        }

        return root;
    }

    /// <summary>
    /// MTH(D[start:start+count]) for count ≥ 1, where start is a multiple of the smallest power of two ≥ count (as
    /// every range in RFC 9162's recursions is): the range is the perfect nodes of count's set bits, largest first,
    /// and its hash folds them from the right.
    /// </summary>
    internal static void SubtreeRoot(IMerkleNodeSource nodes, long start, long count, Span<byte> destination)
    {
        Span<byte> parts = stackalloc byte[MaxLevels * MerkleHash.Size];
        var partCount = 0;
        var position = start;
        for (var level = MaxLevels - 1; level >= 0; level--)
        {
            if ((count & (1L << level)) != 0)
            {
                nodes.ReadNode(level, position >> level, parts.Slice(partCount * MerkleHash.Size, MerkleHash.Size));
                partCount++;
                position += 1L << level;
            }
        }

        Span<byte> root = stackalloc byte[MerkleHash.Size];
        parts.Slice((partCount - 1) * MerkleHash.Size, MerkleHash.Size).CopyTo(root);
        for (var i = partCount - 2; i >= 0; i--)
        {
            MerkleHash.HashChildren(parts.Slice(i * MerkleHash.Size, MerkleHash.Size), root, root);
        }

        root.CopyTo(destination);
    }

    /// <summary>The largest power of two strictly less than <paramref name="n"/>, for n ≥ 2.</summary>
    internal static long LargestPowerOfTwoBelow(long n) => (long)(BitOperations.RoundUpToPowerOf2((ulong)n) >> 1);

    private ReadOnlySpan<byte> BorderAt(int index) => _border.AsSpan(index * MerkleHash.Size, MerkleHash.Size);
}
