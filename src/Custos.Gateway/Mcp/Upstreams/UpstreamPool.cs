using System.Collections.Concurrent;
using Custos.Core.Configuration;
using Custos.Core.Secrets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Custos.Gateway.Mcp.Upstreams;

/// <summary>
/// The upstream MCP servers of the configuration in force, one <see cref="UpstreamServer"/> per system of kind
/// <c>mcp</c>. Servers start on first use; a reload that changes a system's command, URL, environment, headers
/// or credentials replaces its server; all are shut down with the host.
/// </summary>
public sealed class UpstreamPool(ISecretResolver secrets, TimeProvider clock, ILoggerFactory loggerFactory, UpstreamEvents? events = null) : IHostedService, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, UpstreamServer> servers = new(StringComparer.Ordinal);
    private readonly Lock replacing = new();
    private bool stopped;

    /// <summary>The MCP systems of <paramref name="snapshot"/>, in the order custos.yaml lists them.</summary>
    public static IEnumerable<SystemDefinition> McpSystems(CustosConfig snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Systems.Where(s => s.Kind == SystemKind.Mcp);
    }

    /// <summary>The server for <paramref name="system"/>, or null when the snapshot has no MCP system of that name.</summary>
    public UpstreamServer? Find(CustosConfig snapshot, string system)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var definition = snapshot.FindSystem(system);
        return definition is { Kind: SystemKind.Mcp } ? Get(snapshot, definition) : null;
    }

    public UpstreamServer Get(CustosConfig snapshot, SystemDefinition system)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(system);
        if (servers.TryGetValue(system.Name, out var existing) && (ReferenceEquals(existing.System, system) || existing.Fingerprint == UpstreamServer.FingerprintOf(system)))
        {
            return existing;
        }

        UpstreamServer? replaced = null;
        UpstreamServer created;
        lock (replacing)
        {
            ObjectDisposedException.ThrowIf(stopped, this);
            created = new UpstreamServer(system, Path.GetDirectoryName(snapshot.SourcePath) ?? ".", secrets, clock, loggerFactory, events);
            if (servers.TryGetValue(system.Name, out existing))
            {
                if (existing.Fingerprint == created.Fingerprint)
                {
                    return existing;
                }

                replaced = existing;
            }

            servers[system.Name] = created;
        }

        if (replaced is not null)
        {
            _ = replaced.DisposeAsync().AsTask();
        }

        return created;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        UpstreamServer[] all;
        lock (replacing)
        {
            stopped = true;
            all = [.. servers.Values];
            servers.Clear();
        }

        await Task.WhenAll(all.Select(s => s.DisposeAsync().AsTask()));
    }
}
