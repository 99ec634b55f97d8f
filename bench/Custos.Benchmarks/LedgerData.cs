using System.Security.Cryptography;
using System.Text;
using Custos.Ledger.Checkpoints;
using Custos.Ledger.Entries;
using Custos.Ledger.Notes;
using Custos.Ledger.Tree;

namespace Custos.Benchmarks;

/// <summary>
/// Deterministic ledger data for the benchmarks: realistic entries with a 300-byte payload, their leaf hashes, and
/// checkpoints signed with a key derived from a fixed, public seed (never a real private key).
/// </summary>
internal static class LedgerData
{
    public const string LogName = "custos.example/ledger";

    public const int PayloadBytes = 300;

    private static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

    /// <summary>The benchmark signing key: derived from a public phrase, for benchmarks only.</summary>
    public static NoteSigner Signer() =>
        NoteSigner.Create(LogName, SHA256.HashData(Encoding.UTF8.GetBytes("custos ledger benchmark key, not a secret")));

    /// <summary>One agent action as the ledger records it, committing to <paramref name="payload"/> by digest.</summary>
    public static LedgerEntry Entry(long sequence, byte[] payload) => new(
        sequence,
        Start.AddTicks(sequence * TimeSpan.TicksPerMillisecond),
        "finance-agent",
        "call",
        ["mcp:erp", "tool:create_invoice"],
        DecisionEffect.Allow,
        ["policy0", "grant:finance-invoices"],
        "success",
        ["permitted by grant finance-invoices", "no PII found"],
        new LedgerCost(1200, 340, "0.0042"),
        "4bf92f3577b34da6a3ce929d0e0e4736",
        ["subject:7f3a"],
        LedgerEntry.DigestPayload(payload));

    /// <summary>A payload of random bytes from a fixed seed (stands in for the encrypted input and output).</summary>
    public static byte[] Payload(Random random)
    {
        var payload = new byte[PayloadBytes];
        random.NextBytes(payload);
        return payload;
    }

    /// <summary>
    /// <paramref name="count"/> encoded entries, and a checkpoint signed every <paramref name="checkpointEvery"/> entries
    /// (the last at <paramref name="count"/>).
    /// </summary>
    public static (byte[][] Entries, string[] Checkpoints) Ledger(int count, int checkpointEvery, NoteSigner signer)
    {
        var random = new Random(9162);
        var payload = new byte[PayloadBytes];
        var entries = new byte[count][];
        var checkpoints = new List<string>();
        var tree = new MerkleTree();
        Span<byte> leafHash = stackalloc byte[MerkleHash.Size];
        for (var i = 0; i < count; i++)
        {
            random.NextBytes(payload);
            entries[i] = Entry(i, payload).Encode();
            MerkleHash.HashLeaf(entries[i], leafHash);
            tree.Append(leafHash);
            if (tree.Size % checkpointEvery == 0)
            {
                checkpoints.Add(new Checkpoint(LogName, tree.Size, tree.Root()).Sign(signer));
            }
        }

        return (entries, [.. checkpoints]);
    }

    /// <summary><paramref name="count"/> leaf hashes laid end to end, 32 bytes each.</summary>
    public static byte[] LeafHashes(int count)
    {
        var hashes = new byte[count * MerkleHash.Size];
        Span<byte> index = stackalloc byte[8];
        for (var i = 0; i < count; i++)
        {
            BitConverter.TryWriteBytes(index, (long)i);
            MerkleHash.HashLeaf(index, hashes.AsSpan(i * MerkleHash.Size, MerkleHash.Size));
        }

        return hashes;
    }
}
