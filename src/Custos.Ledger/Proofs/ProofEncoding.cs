using System.Buffers.Binary;
using Custos.Ledger.Tree;

namespace Custos.Ledger.Proofs;

/// <summary>
/// The wire form shared by both proofs: two 64-bit big-endian numbers (index and size, or first and second size),
/// a one-byte hash count, then the hashes. Decoding is exact: no short reads, no trailing bytes, no negative sizes.
/// </summary>
internal static class ProofEncoding
{
    private const int HeaderSize = 8 + 8 + 1;

    public static byte[] Encode(long first, long second, IReadOnlyList<byte[]> path, int maxPath)
    {
        if (path.Count > maxPath)
        {
            throw new InvalidOperationException($"A proof of {path.Count} hashes cannot be encoded; the limit is {maxPath}.");
        }

        var bytes = new byte[HeaderSize + (path.Count * MerkleHash.Size)];
        BinaryPrimitives.WriteInt64BigEndian(bytes, first);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(8), second);
        bytes[16] = (byte)path.Count;
        for (var i = 0; i < path.Count; i++)
        {
            MerkleHash.CheckHash(path[i], nameof(path));
            path[i].CopyTo(bytes.AsSpan(HeaderSize + (i * MerkleHash.Size)));
        }

        return bytes;
    }

    public static string? TryDecode(ReadOnlySpan<byte> bytes, int maxPath, out long first, out long second, out byte[][] path)
    {
        first = 0;
        second = 0;
        path = [];
        if (bytes.Length < HeaderSize)
        {
            return $"a proof is at least {HeaderSize} bytes; this one is {bytes.Length}";
        }

        first = BinaryPrimitives.ReadInt64BigEndian(bytes);
        second = BinaryPrimitives.ReadInt64BigEndian(bytes[8..]);
        if (first < 0 || second < 0)
        {
            return "a proof's index and sizes are not negative";
        }

        int count = bytes[16];
        if (count > maxPath)
        {
            return $"the proof claims {count} hashes, more than the limit of {maxPath}";
        }

        var expected = HeaderSize + (count * MerkleHash.Size);
        if (bytes.Length != expected)
        {
            return $"a proof of {count} hashes is {expected} bytes; this one is {bytes.Length}";
        }

        path = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            path[i] = bytes.Slice(HeaderSize + (i * MerkleHash.Size), MerkleHash.Size).ToArray();
        }

        return null;
    }
}
