namespace Custos.Gateway.Llm;

/// <summary>
/// The token sources that bound each attempt at a provider (its timeout, then a stream's idle clock), reused:
/// a source whose deadline never fired is reset (<see cref="CancellationTokenSource.TryReset"/>, which keeps its
/// timer) and handed to the next attempt, instead of a linked source, a timer and their callbacks per call. One
/// that was cancelled is disposed, never reused. As Kestrel pools its request-aborted sources.
/// </summary>
internal static class AttemptDeadlines
{
    /// <summary>At most this many idle sources are kept (about one per concurrent call is enough).</summary>
    private const int MaxIdle = 256;

    private static readonly Lock Gate = new();
    private static readonly CancellationTokenSource[] Idle = new CancellationTokenSource[MaxIdle];
    private static int count;

    /// <summary>
    /// A source for one attempt, cancelled when <paramref name="caller"/> is (the client went away) or when its
    /// deadline (set with <c>CancelAfter</c>) passes. Disposing the lease gives it back: only once whatever used its
    /// token is done.
    /// </summary>
    public static Lease Rent(CancellationToken caller)
    {
        CancellationTokenSource? source = null;
        lock (Gate)
        {
            if (count > 0)
            {
                source = Idle[--count];
                Idle[count] = null!;
            }
        }

        source ??= new CancellationTokenSource();
        return new Lease(source, caller.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), source));
    }

    /// <summary>Unlinks <paramref name="source"/> from its caller and keeps it for another attempt if its deadline never fired.</summary>
    private static void Return(CancellationTokenSource source, CancellationTokenRegistration link)
    {
        // Dispose waits for a cancellation callback already running: after it, nothing cancels this source any more.
        link.Dispose();
        if (!source.TryReset())
        {
            source.Dispose();
            return;
        }

        lock (Gate)
        {
            if (count < MaxIdle)
            {
                Idle[count++] = source;
                return;
            }
        }

        source.Dispose();
    }

    /// <summary>One attempt's source, linked to its caller; a struct, so a lease costs nothing but the source.</summary>
    public readonly struct Lease(CancellationTokenSource source, CancellationTokenRegistration link) : IDisposable
    {
        public CancellationTokenSource Source { get; } = source;

        public void Dispose() => Return(Source, link);
    }
}
