using System.Net.Http.Headers;
using Custos.Core.Http;
using FsCheck.Xunit;

namespace Custos.Core.Tests.Http;

/// <summary>The one bounded reader of answers from servers Custos does not control.</summary>
public sealed class BoundedBodyTests
{
    /// <summary>A body delivered in pieces of the given sizes (as a chunked answer arrives), with or without a declared length.</summary>
    private sealed class Pieces(byte[] body, int[] sizes) : Stream
    {
        private int position;
        private int next;

        public int Reads { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            Reads++;
            var size = Math.Min(Math.Min(buffer.Length, body.Length - position), Math.Max(1, sizes.Length == 0 ? int.MaxValue : sizes[next++ % sizes.Length]));
            body.AsSpan(position, size).CopyTo(buffer);
            position += size;
            return size;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public int Delivered => position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private static (HttpContent Content, Pieces Stream) Content(byte[] body, int[] sizes, long? declared)
    {
        var stream = new Pieces(body, sizes);
        var content = new StreamContent(stream);
        content.Headers.ContentLength = declared;
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return (content, stream);
    }

    [Property(MaxTest = 400)]
    public void A_body_within_the_limit_is_read_whole_and_a_longer_one_is_refused_without_reading_far_past_the_limit(byte[] body, int[] sizes, ushort limitSeed, bool declare)
    {
        body ??= [];
        sizes = [.. (sizes ?? []).Select(s => 1 + Math.Abs(s % 70_000))];
        var limit = limitSeed % (body.Length + 40);
        var (content, stream) = Content(body, sizes, declare ? body.Length : null);
        using (content)
        {
            var read = BoundedBody.ReadAsync(content, limit, TestContext.Current.CancellationToken).GetAwaiter().GetResult();
            if (body.Length <= limit)
            {
                Assert.Equal(body, read);
            }
            else
            {
                Assert.Null(read);

                // Declared too long: nothing read. Undeclared: it stopped at the first piece past the limit.
                Assert.True(declare ? stream.Reads == 0 : stream.Delivered <= limit + Math.Max(sizes.DefaultIfEmpty(body.Length).Max(), 1) + 16 * 1024, $"read {stream.Delivered} of {body.Length} with limit {limit}");
            }
        }
    }

    [Fact]
    public async Task A_body_larger_than_its_declared_length_is_still_stopped_at_the_limit()
    {
        var body = new byte[200_000];
        Random.Shared.NextBytes(body);
        var (content, stream) = Content(body, [4096], declared: null);
        content.Headers.ContentLength = 10; // lies: the server sends more than it said
        using (content)
        {
            Assert.Null(await BoundedBody.ReadAsync(content, 50_000, TestContext.Current.CancellationToken));
            Assert.InRange(stream.Delivered, 50_001, 50_000 + 16 * 1024 + 4096);
        }
    }
}
