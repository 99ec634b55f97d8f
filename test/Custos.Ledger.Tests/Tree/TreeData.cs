using Custos.Ledger.Tree;

namespace Custos.Ledger.Tests.Tree;

/// <summary>Deterministic leaf data for tree tests: leaf i hashes the bytes of its index.</summary>
internal static class TreeData
{
    public static List<byte[]> LeafHashes(int count)
    {
        var leaves = new List<byte[]>(count);
        for (var i = 0; i < count; i++)
        {
            leaves.Add(MerkleHash.HashLeaf(BitConverter.GetBytes(i)));
        }

        return leaves;
    }

    /// <summary>MTH(D[n]) written exactly as RFC 9162 §2.1.1 defines it, on slices, for comparison.</summary>
    public static byte[] ReferenceRoot(IReadOnlyList<byte[]> leaves)
    {
        if (leaves.Count == 0)
        {
            return System.Security.Cryptography.SHA256.HashData([]);
        }

        if (leaves.Count == 1)
        {
            return leaves[0];
        }

        var k = 1;
        while (k * 2 < leaves.Count)
        {
            k *= 2;
        }

        return MerkleHash.HashChildren(ReferenceRoot([.. leaves.Take(k)]), ReferenceRoot([.. leaves.Skip(k)]));
    }
}
