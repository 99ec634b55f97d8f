using System.Numerics;

namespace Custos.Ledger.Tree;

/// <summary>
/// An append-only Merkle tree that keeps only its right border: one perfect-subtree root per set bit of the size.
/// Appending is amortised O(1) hashes, the root is O(log n), and memory is at most 64 hashes whatever the size.
/// Proofs need the leaves themselves; see <see cref="Proofs.InclusionProof"/> and <see cref="Proofs.ConsistencyProof"/>.
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

    /// <summary>Appends the hash of a leaf (already <see cref="MerkleHash.HashLeaf(ReadOnlySpan{byte})"/>-ed).</summary>
    public void Append(ReadOnlySpan<byte> leafHash)
    {
        MerkleHash.CheckHash(leafHash, nameof(leafHash));
        if (Size == long.MaxValue)
        {
            throw new InvalidOperationException("The tree is full.");
        }

        Span<byte> carry = stackalloc byte[MerkleHash.Size];
        leafHash.CopyTo(carry);

        // Each trailing one bit of the old size is a perfect subtree of the same height as the carry: merge them.
        for (var size = Size; (size & 1) == 1; size >>= 1)
        {
            _borderCount--;
            MerkleHash.HashChildren(BorderAt(_borderCount), carry, carry);
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
            SubtreeRoot(leafHashes, 0, (int)size, root);
        }

        return root;
    }

    /// <summary>MTH(D[start:start+count]) for count ≥ 1, recursing on the split at the largest power of two below count.</summary>
    internal static void SubtreeRoot(IReadOnlyList<byte[]> leafHashes, int start, int count, Span<byte> destination)
    {
        if (count == 1)
        {
            var leaf = leafHashes[start];
            MerkleHash.CheckHash(leaf, nameof(leafHashes));
            leaf.CopyTo(destination);
            return;
        }

        var split = LargestPowerOfTwoBelow(count);
        Span<byte> left = stackalloc byte[MerkleHash.Size];
        Span<byte> right = stackalloc byte[MerkleHash.Size];
        SubtreeRoot(leafHashes, start, split, left);
        SubtreeRoot(leafHashes, start + split, count - split, right);
        MerkleHash.HashChildren(left, right, destination);
    }

    /// <summary>The largest power of two strictly less than <paramref name="n"/>, for n ≥ 2.</summary>
    internal static int LargestPowerOfTwoBelow(int n) => (int)(BitOperations.RoundUpToPowerOf2((uint)n) >> 1);

    private ReadOnlySpan<byte> BorderAt(int index) => _border.AsSpan(index * MerkleHash.Size, MerkleHash.Size);
}
