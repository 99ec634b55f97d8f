using System.Buffers;

namespace Custos.Gateway.Llm;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> of bytes over an array rented from the shared pool, reused by
/// <see cref="Reset"/>: for text that may be sensitive (a model's output), so what was written is cleared on
/// reset and the array is cleared when it goes back to the pool.
/// </summary>
internal sealed class PooledBufferWriter(int sizeHint) : IBufferWriter<byte>, IDisposable
{
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(256, sizeHint));
    private int written;

    public ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, written);

    public ReadOnlyMemory<byte> WrittenMemory => buffer.AsMemory(0, written);

    /// <summary>Forgets (and clears) what was written, keeping the array.</summary>
    public void Reset()
    {
        buffer.AsSpan(0, written).Clear();
        written = 0;
    }

    /// <summary>Forgets (and clears) what was written after the first <paramref name="length"/> bytes.</summary>
    public void Truncate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, written);
        buffer.AsSpan(length, written - length).Clear();
        written = length;
    }

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
        ObjectDisposedException.ThrowIf(buffer.Length == 0, this);
        if (buffer.Length - written >= Math.Max(1, sizeHint))
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, written + Math.Max(1, sizeHint)));
        buffer.AsSpan(0, written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        buffer = larger;
    }

    public void Dispose()
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
            buffer = [];
            written = 0;
        }
    }
}
