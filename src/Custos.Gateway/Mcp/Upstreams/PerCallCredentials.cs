using System.Collections.ObjectModel;
using Custos.Core.Secrets;

namespace Custos.Gateway.Mcp.Upstreams;

/// <summary>
/// The credentials the inject stage resolved for the call in flight (this agent, this system, this action), set
/// around an HTTP upstream's request so that <see cref="PerCallHeadersHandler"/> puts them on that request's
/// headers in place of the ones resolved when Custos connected. The value flows with the call's async context only.
/// </summary>
internal static class PerCallCredentials
{
    private static readonly AsyncLocal<IReadOnlyDictionary<string, SecretValue>?> Current = new();

    public static IReadOnlyDictionary<string, SecretValue>? Headers => Current.Value;

    /// <summary>No credentials: what a stdio server's call uses (shared, so a call allocates nothing for it).</summary>
    public static IReadOnlyDictionary<string, SecretValue> None => ReadOnlyDictionary<string, SecretValue>.Empty;

    /// <summary>Uses <paramref name="credentials"/> for HTTP requests made in this async flow until disposed.</summary>
    public static Scope Use(IReadOnlyDictionary<string, SecretValue> credentials)
    {
        var previous = Current.Value;
        Current.Value = credentials.Count == 0 ? null : credentials;
        return new Scope(previous);
    }

    internal readonly struct Scope(IReadOnlyDictionary<string, SecretValue>? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
