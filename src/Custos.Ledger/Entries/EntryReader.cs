using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace Custos.Ledger.Entries;

/// <summary>
/// Reads the canonical entry encoding from untrusted bytes. Every length is checked against the bytes that remain
/// before anything is allocated; every failure names the field and the byte offset.
/// </summary>
internal ref struct EntryReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private int _position;
    private string? _error;

    private EntryReader(ReadOnlySpan<byte> bytes)
    {
        _bytes = bytes;
        _position = 0;
        _error = null;
    }

    private readonly int Remaining => _bytes.Length - _position;

    public static ParseResult<LedgerEntry> Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return ParseResult<LedgerEntry>.Fail("the entry is empty");
        }

        if (bytes[0] != LedgerEntry.FormatVersion)
        {
            return ParseResult<LedgerEntry>.Fail($"at byte 0: entry format version {bytes[0]} is not supported (this library reads version {LedgerEntry.FormatVersion})");
        }

        var reader = new EntryReader(bytes) { _position = 1 };
        var sequence = reader.ReadInt64("sequence");
        var ticks = reader.ReadInt64("timestamp");
        var agent = reader.ReadString("agent");
        var action = reader.ReadString("action");
        var resources = reader.ReadList("resources");
        var effect = reader.ReadByte("effect");
        var policyIds = reader.ReadList("policy ids");
        var outcome = reader.ReadString("outcome");
        var reasons = reader.ReadList("reasons");
        var tokensIn = reader.ReadInt64("tokens in");
        var tokensOut = reader.ReadInt64("tokens out");
        var amountAt = reader._position;
        var amount = reader.ReadString("amount");
        var traceId = reader.ReadString("trace id");
        var dataSubjects = reader.ReadList("data subjects");
        var payload = reader.ReadDigest("payload digest");
        if (reader._error is not null)
        {
            return ParseResult<LedgerEntry>.Fail(reader._error);
        }

        if (reader.Remaining != 0)
        {
            return ParseResult<LedgerEntry>.Fail($"at byte {reader._position}: {reader.Remaining} trailing bytes after the payload digest");
        }

        if (sequence < 0)
        {
            return ParseResult<LedgerEntry>.Fail("at byte 1: the sequence number is negative");
        }

        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return ParseResult<LedgerEntry>.Fail("at byte 9: the timestamp is outside the representable range");
        }

        if (!Enum.IsDefined((DecisionEffect)effect))
        {
            return ParseResult<LedgerEntry>.Fail($"the decision effect {effect} is not defined");
        }

        if (tokensIn < 0 || tokensOut < 0)
        {
            return ParseResult<LedgerEntry>.Fail("a token count is negative");
        }

        if (!LedgerCost.IsCanonicalAmount(amount))
        {
            return ParseResult<LedgerEntry>.Fail($"at byte {amountAt}: the amount is not a canonical decimal");
        }

        return ParseResult<LedgerEntry>.Ok(new LedgerEntry(
            sequence, new DateTimeOffset(ticks, TimeSpan.Zero), agent!, action!, resources!, (DecisionEffect)effect, policyIds!,
            outcome!, reasons!, new LedgerCost(tokensIn, tokensOut, amount!), traceId!, dataSubjects!, payload!));
    }

    private bool Need(int count, string field)
    {
        if (_error is not null)
        {
            return false;
        }

        if (count > Remaining)
        {
            _error = $"at byte {_position} ({field}): needs {count} bytes but only {Remaining} remain; the entry is truncated or a length is wrong";
            return false;
        }

        return true;
    }

    private byte ReadByte(string field)
    {
        if (!Need(1, field))
        {
            return 0;
        }

        return _bytes[_position++];
    }

    private long ReadInt64(string field)
    {
        if (!Need(8, field))
        {
            return 0;
        }

        var value = BinaryPrimitives.ReadInt64BigEndian(_bytes[_position..]);
        _position += 8;
        return value;
    }

    private int ReadLength(string field, int max)
    {
        if (!Need(4, field))
        {
            return -1;
        }

        var value = BinaryPrimitives.ReadUInt32BigEndian(_bytes[_position..]);
        if (value > (uint)max)
        {
            _error = $"at byte {_position} ({field}): length {value} is over the limit of {max}";
            return -1;
        }

        _position += 4;
        return (int)value;
    }

    private string? ReadString(string field)
    {
        var start = _position;
        var length = ReadLength(field, LedgerEntry.MaxStringBytes);
        if (length < 0 || !Need(length, field))
        {
            return null;
        }

        var bytes = _bytes.Slice(_position, length);
        if (!Utf8.IsValid(bytes))
        {
            _error = $"at byte {start} ({field}): the text is not valid UTF-8";
            return null;
        }

        _position += length;
        return Encoding.UTF8.GetString(bytes);
    }

    private string[]? ReadList(string field)
    {
        var count = ReadLength(field, LedgerEntry.MaxListCount);
        if (count < 0 || !Need(count * 4, field))
        {
            return null;
        }

        var items = new string[count];
        for (var i = 0; i < count; i++)
        {
            var item = ReadString(field);
            if (item is null)
            {
                return null;
            }

            items[i] = item;
        }

        return items;
    }

    private byte[]? ReadDigest(string field)
    {
        if (!Need(LedgerEntry.PayloadDigestSize, field))
        {
            return null;
        }

        var value = _bytes.Slice(_position, LedgerEntry.PayloadDigestSize).ToArray();
        _position += LedgerEntry.PayloadDigestSize;
        return value;
    }
}
