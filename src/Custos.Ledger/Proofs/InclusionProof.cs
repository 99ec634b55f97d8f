using System.Security.Cryptography;
using Custos.Ledger.Checkpoints;
using Custos.Ledger.Tree;

namespace Custos.Ledger.Proofs;

/// <summary>
/// An RFC 9162 §2.1.3 audit path: the sibling hashes, leaf to root, that prove the leaf at
/// <see cref="LeafIndex"/> is in the tree of <see cref="TreeSize"/> leaves.
/// </summary>
public sealed class InclusionProof
{
    /// <summary>A path never holds more hashes than a tree of 2^63 leaves is tall.</summary>
    public const int MaxPathLength = 63;

    /// <summary>Creates a proof from its parts; a proof from an untrusted source is checked by <see cref="Verify"/>.</summary>
    public InclusionProof(long leafIndex, long treeSize, IReadOnlyList<byte[]> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        LeafIndex = leafIndex;
        TreeSize = treeSize;
        Path = path;
    }

    /// <summary>The zero-based index of the leaf.</summary>
    public long LeafIndex { get; }

    /// <summary>The size of the tree the proof is against.</summary>
    public long TreeSize { get; }

    /// <summary>The sibling hashes from the leaf up.</summary>
    public IReadOnlyList<byte[]> Path { get; }

    /// <summary>PATH(m, D[n]) over the first <paramref name="treeSize"/> of <paramref name="leafHashes"/>.</summary>
    public static InclusionProof Create(IReadOnlyList<byte[]> leafHashes, long leafIndex, long treeSize)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        ArgumentOutOfRangeException.ThrowIfNegative(leafIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(leafIndex, treeSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(treeSize, leafHashes.Count);
        return Create(new LeafListNodeSource(leafHashes), leafIndex, treeSize);
    }

    /// <summary>PATH(m, D[n]) read from stored nodes: O(log² n) node reads. The source must hold the tree of <paramref name="treeSize"/>.</summary>
    public static InclusionProof Create(IMerkleNodeSource nodes, long leafIndex, long treeSize)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentOutOfRangeException.ThrowIfNegative(leafIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(leafIndex, treeSize);
        var path = new List<byte[]>();
        AppendPath(nodes, leafIndex, 0, treeSize, path);
        return new InclusionProof(leafIndex, treeSize, path);
    }

    /// <summary>Checks the proof for <paramref name="leafHash"/> against <paramref name="rootHash"/> by the RFC 9162 §2.1.3.2 algorithm.</summary>
    public ProofVerification Verify(ReadOnlySpan<byte> leafHash, ReadOnlySpan<byte> rootHash)
    {
        if (leafHash.Length != MerkleHash.Size || rootHash.Length != MerkleHash.Size)
        {
            return ProofVerification.Fail($"the leaf and root hashes must be {MerkleHash.Size} bytes");
        }

        if (LeafIndex < 0 || TreeSize <= 0 || LeafIndex >= TreeSize)
        {
            return ProofVerification.Fail($"leaf index {LeafIndex} is not inside a tree of size {TreeSize}");
        }

        if (Path.Count > MaxPathLength)
        {
            return ProofVerification.Fail($"the path has {Path.Count} hashes, more than any tree needs");
        }

        var fn = LeafIndex;
        var sn = TreeSize - 1;
        Span<byte> r = stackalloc byte[MerkleHash.Size];
        leafHash.CopyTo(r);
        for (var i = 0; i < Path.Count; i++)
        {
            var p = Path[i];
            if (p is null || p.Length != MerkleHash.Size)
            {
                return ProofVerification.Fail($"path hash {i} is not {MerkleHash.Size} bytes");
            }

            if (sn == 0)
            {
                return ProofVerification.Fail($"the path is longer than a tree of size {TreeSize} allows (hash {i})");
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                MerkleHash.HashChildren(p, r, r);
                if ((fn & 1) == 0)
                {
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                MerkleHash.HashChildren(r, p, r);
            }

            fn >>= 1;
            sn >>= 1;
        }

        if (sn != 0)
        {
            return ProofVerification.Fail($"the path is shorter than a tree of size {TreeSize} needs");
        }

        return CryptographicOperations.FixedTimeEquals(r, rootHash)
            ? ProofVerification.Valid
            : ProofVerification.Fail($"the path from leaf {LeafIndex} does not lead to the root of the tree of size {TreeSize}");
    }

    /// <summary>Checks that the leaf is in the tree a signed (and already opened) <paramref name="checkpoint"/> commits to.</summary>
    public ProofVerification Verify(ReadOnlySpan<byte> leafHash, Checkpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return checkpoint.Size != TreeSize
            ? ProofVerification.Fail($"the proof is for a tree of size {TreeSize}, the checkpoint is at {checkpoint.Size}")
            : Verify(leafHash, checkpoint.RootHash);
    }

    /// <summary>The wire form: LeafIndex and TreeSize as 64-bit big-endian numbers, a hash count byte, then the hashes.</summary>
    public byte[] Encode() => ProofEncoding.Encode(LeafIndex, TreeSize, Path, MaxPathLength);

    /// <summary>Reads the wire form from untrusted bytes; the result still has to pass <see cref="Verify"/>.</summary>
    public static ParseResult<InclusionProof> Decode(ReadOnlySpan<byte> bytes)
    {
        var error = ProofEncoding.TryDecode(bytes, MaxPathLength, out var first, out var second, out var path);
        return error is null ? ParseResult<InclusionProof>.Ok(new InclusionProof(first, second, path)) : ParseResult<InclusionProof>.Fail(error);
    }

    private static void AppendPath(IMerkleNodeSource nodes, long m, long start, long n, List<byte[]> path)
    {
        if (n == 1)
        {
            return;
        }

        var k = MerkleTree.LargestPowerOfTwoBelow(n);
        var sibling = new byte[MerkleHash.Size];
        if (m < k)
        {
            AppendPath(nodes, m, start, k, path);
            MerkleTree.SubtreeRoot(nodes, start + k, n - k, sibling);
        }
        else
        {
            AppendPath(nodes, m - k, start + k, n - k, path);
            MerkleTree.SubtreeRoot(nodes, start, k, sibling);
        }

        path.Add(sibling);
    }
}
