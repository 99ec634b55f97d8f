using System.Buffers;
using System.Text;

namespace Custos.Gateway.Llm;

/// <summary>
/// Reads a provider's server-sent event stream line by line into buffers rented from the shared pool, decoding
/// UTF-8 as <see cref="StreamReader"/> would (a leading byte order mark skipped, a line's CR before its LF
/// dropped), without a string or a reader per line. A line is never read past about
/// <c>maxLineChars</c> + 1 characters: a longer one is returned cut there (longer than the limit, so the caller
/// refuses it), so a provider cannot make Custos buffer without bound. The buffers hold the model's output,
/// so they are cleared when they go back to the pool.
/// </summary>
internal sealed class SseLineReader(Stream stream, int maxLineChars) : IDisposable
{
    private static ReadOnlySpan<byte> Preamble => [0xEF, 0xBB, 0xBF];

    /// <summary>Bytes past which a line without its end surely holds more than the limit in characters (UTF-8 takes at most 3 bytes per UTF-16 character).</summary>
    private readonly int maxLineBytes = checked(3 * (maxLineChars + 1));

    private byte[] bytes = ArrayPool<byte>.Shared.Rent(4096);
    private char[] chars = ArrayPool<char>.Shared.Rent(4096);
    private int start;
    private int end;
    private int charCount;
    private bool ended;
    private bool preambleChecked;

    /// <summary>The line <see cref="ReadLineAsync"/> read last, without its end; valid until the next read.</summary>
    public ReadOnlySpan<char> Line => chars.AsSpan(0, charCount);

    /// <summary>The length of <see cref="Line"/>.</summary>
    public int Length => charCount;

    /// <summary>Reads the next line; false at the stream's end.</summary>
    public async ValueTask<bool> ReadLineAsync(CancellationToken cancellationToken)
    {
        var scanned = 0;
        while (true)
        {
            if (!preambleChecked && (end - start >= Preamble.Length || ended))
            {
                if (bytes.AsSpan(start, end - start).StartsWith(Preamble))
                {
                    start += Preamble.Length;
                }

                preambleChecked = true;
            }

            if (preambleChecked)
            {
                var at = bytes.AsSpan(start + scanned, end - start - scanned).IndexOf((byte)'\n');
                if (at >= 0)
                {
                    var lineEnd = start + scanned + at;
                    Decode(start, lineEnd > start && bytes[lineEnd - 1] == (byte)'\r' ? lineEnd - 1 : lineEnd);
                    start = lineEnd + 1;
                    return true;
                }

                scanned = end - start;
                if (scanned >= maxLineBytes)
                {
                    Decode(start, start + maxLineBytes);
                    start += maxLineBytes;
                    return true;
                }

                if (ended)
                {
                    if (end == start)
                    {
                        charCount = 0;
                        return false;
                    }

                    Decode(start, end);
                    start = end;
                    return true;
                }
            }

            MakeRoom();
            var read = await stream.ReadAsync(bytes.AsMemory(end), cancellationToken);
            if (read == 0)
            {
                ended = true;
            }
            else
            {
                end += read;
            }
        }
    }

    private void MakeRoom()
    {
        if (start > 0)
        {
            bytes.AsSpan(start, end - start).CopyTo(bytes);
            end -= start;
            start = 0;
        }

        if (end == bytes.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(bytes.Length * 2);
            bytes.AsSpan(0, end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(bytes, clearArray: true);
            bytes = larger;
        }
    }

    private void Decode(int from, int to)
    {
        var span = bytes.AsSpan(from, to - from);
        var needed = Encoding.UTF8.GetMaxCharCount(span.Length);
        if (needed > chars.Length)
        {
            ArrayPool<char>.Shared.Return(chars, clearArray: true);
            chars = ArrayPool<char>.Shared.Rent(needed);
        }

        charCount = Encoding.UTF8.GetChars(span, chars);
    }

    public void Dispose()
    {
        if (bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(bytes, clearArray: true);
            ArrayPool<char>.Shared.Return(chars, clearArray: true);
            bytes = [];
            chars = [];
        }
    }
}
