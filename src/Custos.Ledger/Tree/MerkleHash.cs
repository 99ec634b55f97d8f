using System.Security.Cryptography;

namespace Custos.Ledger.Tree;

/// <summary>
/// The RFC 9162 §2.1.1 hashes with SHA-256: a leaf is SHA-256(0x00 || data), an interior node is
/// SHA-256(0x01 || left || right). The prefixes keep a leaf from ever being mistaken for a node (second preimages).
/// </summary>
public static class MerkleHash
{
    /// <summary>The size in bytes of every hash in the tree.</summary>
    public const int Size = 32;

    private const byte LeafPrefix = 0x00;
    private const byte NodePrefix = 0x01;
    private const int StackLimit = 1024;

    /// <summary>The root of the empty tree, SHA-256 of the empty string.</summary>
    public static ReadOnlySpan<byte> EmptyRoot =>
    [
        0xe3, 0xb0, 0xc4, 0x42, 0x98, 0xfc, 0x1c, 0x14, 0x9a, 0xfb, 0xf4, 0xc8, 0x99, 0x6f, 0xb9, 0x24,
        0x27, 0xae, 0x41, 0xe4, 0x64, 0x9b, 0x93, 0x4c, 0xa4, 0x95, 0x99, 0x1b, 0x78, 0x52, 0xb8, 0x55,
    ];

    /// <summary>Writes the leaf hash of <paramref name="data"/> into <paramref name="destination"/> (32 bytes).</summary>
    public static void HashLeaf(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        CheckDestination(destination);
        if (data.Length < StackLimit)
        {
            Span<byte> buffer = stackalloc byte[StackLimit];
            buffer[0] = LeafPrefix;
            data.CopyTo(buffer[1..]);
            SHA256.HashData(buffer[..(data.Length + 1)], destination);
            return;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData([LeafPrefix]);
        hash.AppendData(data);
        hash.GetHashAndReset(destination);
    }

    /// <summary>The leaf hash of <paramref name="data"/> as a new array.</summary>
    public static byte[] HashLeaf(ReadOnlySpan<byte> data)
    {
        var result = new byte[Size];
        HashLeaf(data, result);
        return result;
    }

    /// <summary>Writes the hash of an interior node into <paramref name="destination"/>, which may alias either child.</summary>
    public static void HashChildren(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        CheckHash(left, nameof(left));
        CheckHash(right, nameof(right));
        CheckDestination(destination);
        Span<byte> buffer = stackalloc byte[1 + (2 * Size)];
        buffer[0] = NodePrefix;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + Size)..]);
        SHA256.HashData(buffer, destination);
    }

    /// <summary>The hash of an interior node as a new array.</summary>
    public static byte[] HashChildren(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        var result = new byte[Size];
        HashChildren(left, right, result);
        return result;
    }

    internal static void CheckHash(ReadOnlySpan<byte> hash, string name)
    {
        if (hash.Length != Size)
        {
            throw new ArgumentException($"A Merkle hash is {Size} bytes; this one is {hash.Length}.", name);
        }
    }

    private static void CheckDestination(Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            throw new ArgumentException($"The destination must hold {Size} bytes.", nameof(destination));
        }
    }
}
