namespace Custos.Ledger.Tree;

/// <summary>
/// Where proofs read perfect-subtree hashes from. Node (level, index) is the Merkle Tree Hash of the 2^level
/// leaves starting at index·2^level; level 0 is the leaf hashes. A store that keeps these nodes (see
/// <see cref="MerkleTree.Append(ReadOnlySpan{byte}, MerkleNodeCompleted)"/>) makes every proof O(log² n) reads.
/// </summary>
public interface IMerkleNodeSource
{
    /// <summary>Writes the hash of a complete node into <paramref name="destination"/> (32 bytes).</summary>
    void ReadNode(int level, long index, Span<byte> destination);
}
