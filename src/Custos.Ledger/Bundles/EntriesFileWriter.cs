using System.Buffers.Binary;
using System.Security.Cryptography;
using Custos.Ledger.Storage;
using Custos.Ledger.Tree;

namespace Custos.Ledger.Bundles;

/// <summary>
/// Writes <c>entries.bin</c>: per leaf u64 index · u8 flags (1 entry, 2 payload) · 32-byte leaf hash ·
/// [u32 length + entry] · [u32 length + payload], big-endian, while hashing the file and rebuilding the tree.
/// </summary>
internal sealed class EntriesFileWriter(Stream stream) : IDisposable
{
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly MerkleTree _tree = new();

    public long Size => _tree.Size;

    public void Write(LedgerRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Index < 0)
        {
            throw new ArgumentException($"Record {record.Index} has a negative index.", nameof(record));
        }

        if (record.LeafHash is not { Length: MerkleHash.Size })
        {
            throw new ArgumentException($"Record {record.Index}'s leaf hash is not {MerkleHash.Size} bytes.", nameof(record));
        }

        Check(record.Entry, LedgerBundle.MaxEntryBytes, record.Index, "entry");
        Check(record.Payload, LedgerBundle.MaxPayloadBytes, record.Index, "payload");
        Span<byte> header = stackalloc byte[EntriesFileReader.HeaderSize];
        BinaryPrimitives.WriteUInt64BigEndian(header, (ulong)record.Index);
        header[8] = (byte)((record.Entry is null ? 0 : EntriesFileReader.EntryFlag) | (record.Payload is null ? 0 : EntriesFileReader.PayloadFlag));
        record.LeafHash.CopyTo(header[9..]);
        Append(header);
        WriteBlob(record.Entry);
        WriteBlob(record.Payload);
        _tree.Append(record.LeafHash);
    }

    public byte[] Root() => _tree.Root();

    public byte[] Sha256() => _sha256.GetHashAndReset();

    public void Dispose() => _sha256.Dispose();

    private static void Check(byte[]? blob, int max, long index, string what)
    {
        if (blob is not null && (blob.Length > max || (what == "entry" && blob.Length == 0)))
        {
            throw new ArgumentException($"Record {index}'s {what} is {blob.Length} bytes; a bundle holds 1 to {max}.", nameof(blob));
        }
    }

    private void WriteBlob(byte[]? blob)
    {
        if (blob is null)
        {
            return;
        }

        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)blob.Length);
        Append(length);
        Append(blob);
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        stream.Write(bytes);
        _sha256.AppendData(bytes);
    }
}
