using System.Buffers.Binary;
using System.Text;

namespace Custos.Ledger.Entries;

/// <summary>Writes the canonical entry encoding. Invalid entries are programmer errors and throw before a byte is written.</summary>
internal ref struct EntryWriter
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Span<byte> _buffer;
    private int _position;

    public EntryWriter(Span<byte> buffer)
    {
        _buffer = buffer;
        _position = 0;
    }

    /// <summary>Validates <paramref name="entry"/> and returns its encoded length.</summary>
    public static int Measure(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentOutOfRangeException.ThrowIfNegative(entry.Sequence);
        if (!Enum.IsDefined(entry.Effect))
        {
            throw new ArgumentException($"Effect {(byte)entry.Effect} is not a defined decision effect.", nameof(entry));
        }

        ArgumentNullException.ThrowIfNull(entry.Cost);
        ArgumentOutOfRangeException.ThrowIfNegative(entry.Cost.TokensIn);
        ArgumentOutOfRangeException.ThrowIfNegative(entry.Cost.TokensOut);
        if (!LedgerCost.IsCanonicalAmount(entry.Cost.Amount))
        {
            throw new ArgumentException($"The amount '{entry.Cost.Amount}' is not a canonical decimal such as 0, 12 or 0.0042.", nameof(entry));
        }

        if (entry.PayloadSha256 is not { Length: LedgerEntry.PayloadDigestSize })
        {
            throw new ArgumentException($"The payload digest must be {LedgerEntry.PayloadDigestSize} bytes (LedgerEntry.DigestPayload).", nameof(entry));
        }

        long length = 1 + 8 + 8 + 1 + 8 + 8 + LedgerEntry.PayloadDigestSize;
        length += StringLength(entry.Agent, nameof(entry.Agent));
        length += StringLength(entry.Action, nameof(entry.Action));
        length += ListLength(entry.Resources, nameof(entry.Resources));
        length += ListLength(entry.PolicyIds, nameof(entry.PolicyIds));
        length += StringLength(entry.Outcome, nameof(entry.Outcome));
        length += ListLength(entry.Reasons, nameof(entry.Reasons));
        length += StringLength(entry.Cost.Amount, nameof(entry.Cost.Amount));
        length += StringLength(entry.TraceId, nameof(entry.TraceId));
        length += ListLength(entry.DataSubjects, nameof(entry.DataSubjects));
        return checked((int)length);
    }

    public void Write(LedgerEntry entry)
    {
        WriteByte(LedgerEntry.FormatVersion);
        WriteInt64(entry.Sequence);
        WriteInt64(entry.Timestamp.UtcTicks);
        WriteString(entry.Agent);
        WriteString(entry.Action);
        WriteList(entry.Resources);
        WriteByte((byte)entry.Effect);
        WriteList(entry.PolicyIds);
        WriteString(entry.Outcome);
        WriteList(entry.Reasons);
        WriteInt64(entry.Cost.TokensIn);
        WriteInt64(entry.Cost.TokensOut);
        WriteString(entry.Cost.Amount);
        WriteString(entry.TraceId);
        WriteList(entry.DataSubjects);
        entry.PayloadSha256.CopyTo(_buffer[_position..]);
        _position += LedgerEntry.PayloadDigestSize;
        if (_position != _buffer.Length)
        {
            throw new InvalidOperationException("The entry changed while it was being encoded.");
        }
    }

    private static long StringLength(string value, string field)
    {
        if (value is null)
        {
            throw new ArgumentException($"The field {field} is null; use an empty string.", nameof(value));
        }

        int count;
        try
        {
            count = StrictUtf8.GetByteCount(value);
        }
        catch (EncoderFallbackException)
        {
            throw new ArgumentException($"The field {field} holds an unpaired surrogate and cannot be encoded canonically.", nameof(value));
        }

        if (count > LedgerEntry.MaxStringBytes)
        {
            throw new ArgumentException($"The field {field} is longer than {LedgerEntry.MaxStringBytes} UTF-8 bytes.", nameof(value));
        }

        return 4 + count;
    }

    private static long ListLength(IReadOnlyList<string> values, string field)
    {
        if (values is null || values.Count > LedgerEntry.MaxListCount)
        {
            throw new ArgumentException($"The list {field} is null or has more than {LedgerEntry.MaxListCount} items.", nameof(values));
        }

        long length = 4;
        foreach (var value in values)
        {
            length += StringLength(value, field);
        }

        return length;
    }

    private void WriteByte(byte value) => _buffer[_position++] = value;

    private void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(_buffer[_position..], value);
        _position += 8;
    }

    private void WriteLength(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(_buffer[_position..], value);
        _position += 4;
    }

    private void WriteString(string value)
    {
        var count = StrictUtf8.GetBytes(value, _buffer[(_position + 4)..]);
        WriteLength(count);
        _position += count;
    }

    private void WriteList(IReadOnlyList<string> values)
    {
        WriteLength(values.Count);
        foreach (var value in values)
        {
            WriteString(value);
        }
    }

}
