using BenchmarkDotNet.Attributes;
using Custos.Ledger.Entries;
using Custos.Ledger.Proofs;
using Custos.Ledger.Tree;

namespace Custos.Benchmarks;

/// <summary>
/// The ledger's Merkle tree and entries (src/Custos.Ledger): appending a million leaf hashes, encoding and hashing
/// one entry, and inclusion and consistency proofs in a tree of a million leaves. The whole-ledger verification is
/// in <see cref="LedgerVerifyBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    private const int TreeSize = 1_000_000;
    private const int OlderSize = 600_000;

    private byte[] leafHashes = null!;
    private MerkleNodeCache nodes = null!;
    private byte[] root = null!;
    private byte[] olderRoot = null!;
    private byte[] provedLeafHash = null!;
    private LedgerEntry entry = null!;
    private byte[] encodedEntry = null!;
    private readonly byte[] nodeHash = new byte[MerkleHash.Size];

    /// <summary>The leaf the inclusion proof is for: deep in the left part, with a path of full height.</summary>
    public const long ProvedLeaf = 777_777;

    [GlobalSetup]
    public void Setup()
    {
        leafHashes = LedgerData.LeafHashes(TreeSize);
        nodes = new MerkleNodeCache();
        var older = new MerkleTree();
        for (var i = 0; i < TreeSize; i++)
        {
            var leaf = leafHashes.AsSpan(i * MerkleHash.Size, MerkleHash.Size);
            nodes.Append(leaf);
            if (i < OlderSize)
            {
                older.Append(leaf);
            }
        }

        root = nodes.Root();
        olderRoot = older.Root();
        provedLeafHash = leafHashes.AsSpan((int)ProvedLeaf * MerkleHash.Size, MerkleHash.Size).ToArray();
        entry = LedgerData.Entry(123_456, LedgerData.Payload(new Random(42)));
        encodedEntry = entry.Encode();

        // Fail at setup, not with a fast wrong number.
        if (!Inclusion() || !Consistency())
        {
            throw new InvalidOperationException("The benchmark proofs do not verify.");
        }
    }

    [Benchmark(Description = "append 1,000,000 leaf hashes to MerkleTree + root (per append)", OperationsPerInvoke = TreeSize)]
    public byte[] Append()
    {
        var tree = new MerkleTree();
        var hashes = leafHashes.AsSpan();
        for (var offset = 0; offset < hashes.Length; offset += MerkleHash.Size)
        {
            tree.Append(hashes.Slice(offset, MerkleHash.Size));
        }

        return tree.Root();
    }

    [Benchmark(Description = "append 1,000,000 leaf hashes to MerkleNodeCache (per append)", OperationsPerInvoke = TreeSize)]
    public long AppendToNodeCache()
    {
        var cache = new MerkleNodeCache();
        var hashes = leafHashes.AsSpan();
        for (var offset = 0; offset < hashes.Length; offset += MerkleHash.Size)
        {
            cache.Append(hashes.Slice(offset, MerkleHash.Size));
        }

        return cache.Size;
    }

    [Benchmark(Description = "hash one interior node (SHA-256 of 65 bytes)")]
    public byte[] HashNode()
    {
        MerkleHash.HashChildren(root, olderRoot, nodeHash);
        return nodeHash;
    }

    [Benchmark(Description = "encode + leaf-hash one entry (300-byte payload)")]
    public byte[] EncodeAndHash() => entry.LeafHash();

    [Benchmark(Description = "decode one entry (300-byte payload)")]
    public LedgerEntry? Decode() => LedgerEntry.Decode(encodedEntry).Value;

    [Benchmark(Description = "inclusion proof in 1,000,000 leaves: create + verify")]
    public bool Inclusion() =>
        InclusionProof.Create(nodes, ProvedLeaf, TreeSize).Verify(provedLeafHash, root).IsValid;

    [Benchmark(Description = "consistency proof 600,000 -> 1,000,000: create + verify")]
    public bool Consistency() =>
        ConsistencyProof.Create(nodes, OlderSize, TreeSize).Verify(olderRoot, root).IsValid;
}
