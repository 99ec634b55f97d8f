using System.Text;
using Custos.Gateway.Llm;
using FsCheck;
using FsCheck.Fluent;

namespace Custos.Llm.Tests;

/// <summary>
/// The stream relay's line reader (pooled buffers, no string per line) against what a <see cref="StreamReader"/>
/// reading UTF-8 char by char gives, for any bytes arriving in any pieces: CRLF and LF ends, a byte order mark,
/// characters split across reads, invalid UTF-8, a last line without its end, and lines over the limit.
/// </summary>
public sealed class SseLineReaderTests
{
    private const int Limit = 40;

    private static readonly string[] Pieces = ["a", "data: ", "\n", "\r\n", "\r", "é", "€", "😀", "{\"x\":1}", "\n\n", " "];

    [FsCheck.Xunit.Property(MaxTest = 400)]
    public Property Any_stream_in_any_pieces_reads_as_a_stream_reader_reads_it(int[] picks, byte[] noise, bool bom, PositiveInt chunk)
    {
        var text = new StringBuilder();
        foreach (var pick in picks ?? [])
        {
            text.Append(Pieces[Math.Abs(pick % Pieces.Length)]);
        }

        var bytes = new List<byte>();
        if (bom)
        {
            bytes.AddRange([0xEF, 0xBB, 0xBF]);
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(text.ToString()));
        // Stray bytes (invalid UTF-8 among them) at the end, before a last line end or not.
        bytes.AddRange((noise ?? []).Take(8));
        var data = bytes.ToArray();

        var expected = Reference(data);
        var actual = Read(data, 1 + (chunk.Get % 7));
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var want = i < expected.Count ? expected[i] : null;
            var got = i < actual.Count ? actual[i] : null;
            if (want is not null && want.Length > Limit)
            {
                // Over the limit: cut anywhere past it, and the relay stops there; nothing after it matters.
                return (got is not null && got.Length > Limit).Label($"line {i} over the limit came back as '{got}'");
            }

            if (want != got)
            {
                return false.Label($"line {i}: expected '{want}', got '{got}'");
            }
        }

        return true.ToProperty();
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_cut_past_it_without_reading_the_rest()
    {
        var data = Encoding.UTF8.GetBytes(new string('x', 10_000) + "\n");
        var lines = Read(data, 4096, max: 100, stopAfter: 1);
        Assert.Single(lines);
        Assert.InRange(lines[0].Length, 101, 303);
    }

    private static List<string> Read(byte[] data, int chunk, int max = Limit, int stopAfter = int.MaxValue)
    {
        using var reader = new SseLineReader(new TrickleStream(data, chunk), max);
        var lines = new List<string>();
        while (lines.Count < stopAfter && reader.ReadLineAsync(TestContext.Current.CancellationToken).AsTask().GetAwaiter().GetResult())
        {
            lines.Add(reader.Line.ToString());
        }

        return lines;
    }

    /// <summary>The relay's reading before the pooled reader: a StreamReader, one char at a time, CR dropped before LF.</summary>
    private static List<string> Reference(byte[] data)
    {
        using var reader = new StreamReader(new MemoryStream(data), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        var lines = new List<string>();
        var line = new StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (c == '\n')
            {
                if (line.Length > 0 && line[^1] == '\r')
                {
                    line.Length--;
                }

                lines.Add(line.ToString());
                line.Clear();
            }
            else
            {
                line.Append((char)c);
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>A stream that hands out at most <c>chunk</c> bytes per read, as a network does.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
