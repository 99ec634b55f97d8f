using System.Buffers;
using System.Net;

namespace Custos.Gateway.Llm;

/// <summary>
/// A JSON request body written into a <see cref="PooledBufferWriter"/> (an array rented from the shared pool), sent
/// as it is and given back when the content is disposed (once the upstream call is over). The body is a prompt, so
/// the array is cleared before it goes back: nothing of it lingers in a pooled array another request could rent.
/// </summary>
internal sealed class PooledJsonContent : HttpContent, IBufferWriter<byte>
{
    private readonly PooledBufferWriter body;

    public PooledJsonContent(int sizeHint)
    {
        body = new PooledBufferWriter(sizeHint);
        // Kept as text (parsed only if something reads it): no header object per request.
        Headers.TryAddWithoutValidation("Content-Type", "application/json");
    }

    public ReadOnlySpan<byte> WrittenSpan => body.WrittenSpan;

    public void Advance(int count) => body.Advance(count);

    public Memory<byte> GetMemory(int sizeHint = 0) => body.GetMemory(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => body.GetSpan(sizeHint);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(body.WrittenMemory).AsTask();

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(body.WrittenMemory, cancellationToken).AsTask();

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.Write(body.WrittenSpan);

    protected override bool TryComputeLength(out long length)
    {
        length = body.WrittenSpan.Length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            body.Dispose();
        }

        base.Dispose(disposing);
    }
}
