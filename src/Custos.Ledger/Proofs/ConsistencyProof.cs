using System.Numerics;
using System.Security.Cryptography;
using Custos.Ledger.Checkpoints;
using Custos.Ledger.Tree;

namespace Custos.Ledger.Proofs;

/// <summary>
/// An RFC 9162 §2.1.4 consistency proof: the hashes that prove the tree of <see cref="FirstSize"/> leaves is a
/// prefix of the tree of <see cref="SecondSize"/> leaves, that is, that the log only ever appended.
/// </summary>
public sealed class ConsistencyProof
{
    /// <summary>A proof never holds more hashes than this (twice the height of the largest tree, with room to spare).</summary>
    public const int MaxPathLength = 128;

    /// <summary>Creates a proof from its parts; a proof from an untrusted source is checked by <see cref="Verify"/>.</summary>
    public ConsistencyProof(long firstSize, long secondSize, IReadOnlyList<byte[]> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        FirstSize = firstSize;
        SecondSize = secondSize;
        Path = path;
    }

    /// <summary>The size of the older tree.</summary>
    public long FirstSize { get; }

    /// <summary>The size of the newer tree.</summary>
    public long SecondSize { get; }

    /// <summary>The proof hashes, in the order of RFC 9162's SUBPROOF.</summary>
    public IReadOnlyList<byte[]> Path { get; }

    /// <summary>
    /// PROOF(m, D[n]) over <paramref name="leafHashes"/>. Between equal sizes, or from the empty tree, the proof is empty.
    /// </summary>
    public static ConsistencyProof Create(IReadOnlyList<byte[]> leafHashes, long firstSize, long secondSize)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        ArgumentOutOfRangeException.ThrowIfNegative(firstSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstSize, secondSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(secondSize, leafHashes.Count);
        return Create(new LeafListNodeSource(leafHashes), firstSize, secondSize);
    }

    /// <summary>PROOF(m, D[n]) read from stored nodes: O(log² n) node reads. The source must hold the tree of <paramref name="secondSize"/>.</summary>
    public static ConsistencyProof Create(IMerkleNodeSource nodes, long firstSize, long secondSize)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentOutOfRangeException.ThrowIfNegative(firstSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstSize, secondSize);
        var path = new List<byte[]>();
        if (firstSize > 0 && firstSize < secondSize)
        {
            AppendSubproof(nodes, firstSize, 0, secondSize, true, path);
        }

        return new ConsistencyProof(firstSize, secondSize, path);
    }

    /// <summary>Checks that <paramref name="firstRoot"/> and <paramref name="secondRoot"/> are consistent, by RFC 9162 §2.1.4.2.</summary>
    public ProofVerification Verify(ReadOnlySpan<byte> firstRoot, ReadOnlySpan<byte> secondRoot)
    {
        if (firstRoot.Length != MerkleHash.Size || secondRoot.Length != MerkleHash.Size)
        {
            return ProofVerification.Fail($"the root hashes must be {MerkleHash.Size} bytes");
        }

        if (FirstSize < 0 || FirstSize > SecondSize)
        {
            return ProofVerification.Fail($"size {FirstSize} cannot be a prefix of size {SecondSize}");
        }

        if (Path.Count > MaxPathLength)
        {
            return ProofVerification.Fail($"the proof has {Path.Count} hashes, more than any tree needs");
        }

        for (var i = 0; i < Path.Count; i++)
        {
            if (Path[i] is null || Path[i].Length != MerkleHash.Size)
            {
                return ProofVerification.Fail($"proof hash {i} is not {MerkleHash.Size} bytes");
            }
        }

        if (FirstSize == SecondSize)
        {
            if (Path.Count != 0)
            {
                return ProofVerification.Fail("a proof between equal sizes must be empty");
            }

            return CryptographicOperations.FixedTimeEquals(firstRoot, secondRoot)
                ? ProofVerification.Valid
                : ProofVerification.Fail($"two different roots for the same size {FirstSize}");
        }

        if (FirstSize == 0)
        {
            return Path.Count == 0
                ? ProofVerification.Valid
                : ProofVerification.Fail("a proof from the empty tree must be empty");
        }

        // 1. An empty path cannot prove anything between different non-empty sizes.
        if (Path.Count == 0)
        {
            return ProofVerification.Fail("the proof is empty");
        }

        // 2. If first is an exact power of two, first_hash is the first value of the path.
        var firstIsPowerOfTwo = BitOperations.IsPow2(FirstSize);
        var index = 0;
        Span<byte> fr = stackalloc byte[MerkleHash.Size];
        Span<byte> sr = stackalloc byte[MerkleHash.Size];

        // 3-4. fn = first - 1, sn = second - 1, then shift off the low set bits of fn.
        var fn = FirstSize - 1;
        var sn = SecondSize - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        // 5. Both running hashes start at the first value.
        if (firstIsPowerOfTwo)
        {
            firstRoot.CopyTo(fr);
        }
        else
        {
            Path[0].CopyTo(fr);
            index = 1;
        }

        fr.CopyTo(sr);

        // 6. Fold the rest of the path into both.
        for (; index < Path.Count; index++)
        {
            var c = Path[index];
            if (sn == 0)
            {
                return ProofVerification.Fail($"the proof is longer than sizes {FirstSize} and {SecondSize} allow (hash {index})");
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                MerkleHash.HashChildren(c, fr, fr);
                MerkleHash.HashChildren(c, sr, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                MerkleHash.HashChildren(sr, c, sr);
            }

            fn >>= 1;
            sn >>= 1;
        }

        // 7. Both roots must come out, and the path must have been exactly long enough.
        if (sn != 0)
        {
            return ProofVerification.Fail($"the proof is shorter than sizes {FirstSize} and {SecondSize} need");
        }

        if (!CryptographicOperations.FixedTimeEquals(fr, firstRoot))
        {
            return ProofVerification.Fail($"the proof does not lead to the root of the tree of size {FirstSize}");
        }

        return CryptographicOperations.FixedTimeEquals(sr, secondRoot)
            ? ProofVerification.Valid
            : ProofVerification.Fail($"the proof does not lead to the root of the tree of size {SecondSize}");
    }

    /// <summary>Checks that <paramref name="newer"/> extends <paramref name="older"/>; both must be of one log and match the proof's sizes.</summary>
    public ProofVerification Verify(Checkpoint older, Checkpoint newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        if (!string.Equals(older.Origin, newer.Origin, StringComparison.Ordinal))
        {
            return ProofVerification.Fail($"the checkpoints are of different logs, '{older.Origin}' and '{newer.Origin}'");
        }

        if (older.Size != FirstSize || newer.Size != SecondSize)
        {
            return ProofVerification.Fail($"the proof is between sizes {FirstSize} and {SecondSize}, the checkpoints are at {older.Size} and {newer.Size}");
        }

        return Verify(older.RootHash, newer.RootHash);
    }

    /// <summary>The wire form: FirstSize and SecondSize as 64-bit big-endian numbers, a hash count byte, then the hashes.</summary>
    public byte[] Encode() => ProofEncoding.Encode(FirstSize, SecondSize, Path, MaxPathLength);

    /// <summary>Reads the wire form from untrusted bytes; the result still has to pass <see cref="Verify"/>.</summary>
    public static ParseResult<ConsistencyProof> Decode(ReadOnlySpan<byte> bytes)
    {
        var error = ProofEncoding.TryDecode(bytes, MaxPathLength, out var first, out var second, out var path);
        return error is null ? ParseResult<ConsistencyProof>.Ok(new ConsistencyProof(first, second, path)) : ParseResult<ConsistencyProof>.Fail(error);
    }

    private static void AppendSubproof(IMerkleNodeSource nodes, long m, long start, long n, bool whole, List<byte[]> path)
    {
        if (m == n)
        {
            if (!whole)
            {
                var root = new byte[MerkleHash.Size];
                MerkleTree.SubtreeRoot(nodes, start, n, root);
                path.Add(root);
            }

            return;
        }

        var k = MerkleTree.LargestPowerOfTwoBelow(n);
        var sibling = new byte[MerkleHash.Size];
        if (m <= k)
        {
            AppendSubproof(nodes, m, start, k, whole, path);
            MerkleTree.SubtreeRoot(nodes, start + k, n - k, sibling);
        }
        else
        {
            AppendSubproof(nodes, m - k, start + k, n - k, false, path);
            MerkleTree.SubtreeRoot(nodes, start, k, sibling);
        }

        path.Add(sibling);
    }
}
