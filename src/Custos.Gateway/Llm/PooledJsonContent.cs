using System.Buffers;
using System.Net;

namespace Custos.Gateway.Llm;

/// <summary>
/// A JSON request body written into a buffer rented from the shared pool, sent as it is and given back when the
/// content is disposed (once the upstream call is over). The body is a prompt, so the buffer is cleared before
/// it goes back: nothing of it lingers in a pooled array another request could rent.
/// </summary>
internal sealed class PooledJsonContent : HttpContent, IBufferWriter<byte>
{
    private byte[] buffer;
    private int written;

    public PooledJsonContent(int sizeHint)
    {
        buffer = ArrayPool<byte>.Shared.Rent(Math.Max(256, sizeHint));
        // Kept as text (parsed only if something reads it): no header object per request.
        Headers.TryAddWithoutValidation("Content-Type", "application/json");
    }

    public ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, written);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, buffer.Length - written);
        written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsMemory(written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsSpan(written);
    }

    private void Reserve(int sizeHint)
    {
        if (buffer.Length - written >= Math.Max(1, sizeHint))
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, written + Math.Max(1, sizeHint)));
        buffer.AsSpan(0, written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        buffer = larger;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(buffer.AsMemory(0, written)).AsTask();

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(buffer.AsMemory(0, written), cancellationToken).AsTask();

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.Write(buffer, 0, written);

    protected override bool TryComputeLength(out long length)
    {
        length = written;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
            buffer = [];
            written = 0;
        }

        base.Dispose(disposing);
    }
}
