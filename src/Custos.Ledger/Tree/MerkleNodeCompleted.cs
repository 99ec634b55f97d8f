namespace Custos.Ledger.Tree;

/// <summary>Called by <see cref="MerkleTree"/> for every node an append completes, from the leaf (level 0) up.</summary>
public delegate void MerkleNodeCompleted(int level, long index, ReadOnlySpan<byte> hash);
