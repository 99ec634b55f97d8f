using System.Buffers.Binary;
using System.Security.Cryptography;
using Custos.Ledger.Storage;
using Custos.Ledger.Tree;

namespace Custos.Ledger.Bundles;

/// <summary>
/// Reads <c>entries.bin</c> one leaf at a time from untrusted bytes: every length is checked against its limit
/// before anything is allocated, unknown flags, a short read and a partial leaf at the end are errors naming the
/// byte offset and the leaf, and the file is hashed as it is read.
/// </summary>
internal sealed class EntriesFileReader(Stream stream) : IDisposable
{
    public const byte EntryFlag = 1;
    public const byte PayloadFlag = 2;
    public const int HeaderSize = 8 + 1 + MerkleHash.Size;

    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _leaf;

    /// <summary>Bytes read so far: the offset of the next field.</summary>
    public long Offset { get; private set; }

    /// <summary>
    /// The next leaf, or null at the clean end of the file. Returns an error (and no record) when the bytes are not a
    /// well-framed leaf; reading must stop there.
    /// </summary>
    public string? TryRead(out LedgerRecord? record)
    {
        record = null;
        Span<byte> header = stackalloc byte[HeaderSize];
        var start = Offset;
        var read = Fill(header);
        if (read == 0)
        {
            return null;
        }

        if (read < HeaderSize)
        {
            return $"at byte {start} (leaf {_leaf}): the file ends {read} bytes into a {HeaderSize}-byte leaf header; it is truncated or has trailing bytes";
        }

        var index = BinaryPrimitives.ReadUInt64BigEndian(header);
        if (index > long.MaxValue)
        {
            return $"at byte {start} (leaf {_leaf}): the leaf index {index} is out of range";
        }

        var flags = header[8];
        if ((flags & ~(EntryFlag | PayloadFlag)) != 0)
        {
            return $"at byte {start + 8} (leaf {_leaf}): flags 0x{flags:x2} hold unknown bits; only 1 (entry) and 2 (payload) are defined";
        }

        var leafHash = header[9..].ToArray();
        byte[]? entry = null;
        byte[]? payload = null;
        if ((flags & EntryFlag) != 0 && ReadBlob("entry", 1, LedgerBundle.MaxEntryBytes, out entry) is { } entryError)
        {
            return entryError;
        }

        if ((flags & PayloadFlag) != 0 && ReadBlob("payload", 0, LedgerBundle.MaxPayloadBytes, out payload) is { } payloadError)
        {
            return payloadError;
        }

        record = new LedgerRecord((long)index, leafHash, entry, payload);
        _leaf++;
        return null;
    }

    /// <summary>The SHA-256 of everything read; call once, after the last leaf.</summary>
    public byte[] Sha256() => _sha256.GetHashAndReset();

    public void Dispose() => _sha256.Dispose();

    private string? ReadBlob(string what, int min, int max, out byte[]? blob)
    {
        blob = null;
        Span<byte> prefix = stackalloc byte[4];
        var at = Offset;
        var read = Fill(prefix);
        if (read < prefix.Length)
        {
            return $"at byte {at} (leaf {_leaf}, {what} length): the file ends {read} bytes into the 4-byte length; it is truncated";
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(prefix);
        if (length < min || length > (uint)max)
        {
            return $"at byte {at} (leaf {_leaf}, {what} length): length {length} is outside the allowed {min} to {max} bytes; the file is damaged or was crafted";
        }

        if (stream.CanSeek && length > stream.Length - stream.Position)
        {
            return $"at byte {at + 4} (leaf {_leaf}, {what}): the {what} is {length} bytes but only {stream.Length - stream.Position} remain; the file is truncated";
        }

        blob = new byte[length];
        read = Fill(blob);
        if (read < length)
        {
            blob = null;
            return $"at byte {at + 4} (leaf {_leaf}, {what}): the file ends {read} bytes into a {length}-byte {what}; it is truncated";
        }

        return null;
    }

    private int Fill(Span<byte> buffer)
    {
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        _sha256.AppendData(buffer[..read]);
        Offset += read;
        return read;
    }
}
