using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Custos.Server.Workspaces;

/// <summary>
/// The server's configuration: reloaded when <c>custos.yaml</c> changes on disk. A valid new version replaces
/// the old one atomically (actions in flight keep the snapshot they started with) and the reload is recorded
/// in the audit trail; an invalid one is refused, logged with its diagnostics, and the old one stays in force.
/// </summary>
public sealed partial class WatchedConfigSource : IConfigSource, IDisposable
{
    private readonly FileSystemWatcher? watcher;
    private readonly FileSystemWatcher? policyWatcher;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private Timer? debounce;
    private volatile CustosConfig current;

    public WatchedConfigSource(CustosConfig initial, ILogger<WatchedConfigSource> logger)
    {
        ArgumentNullException.ThrowIfNull(initial);
        current = initial;
        this.logger = logger;
        var directory = Path.GetDirectoryName(initial.SourcePath)!;
        try
        {
            watcher = new FileSystemWatcher(directory, Path.GetFileName(initial.SourcePath))
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
            };
            watcher.Changed += OnChanged;
            watcher.Created += OnChanged;
            watcher.Renamed += OnChanged;
            watcher.EnableRaisingEvents = true;

            // Cedar policies and schemas beside custos.yaml reload the same way.
            var policies = Path.Combine(directory, Core.Policies.PolicyBundleLoader.PoliciesFolder);
            if (Directory.Exists(policies))
            {
                policyWatcher = new FileSystemWatcher(policies)
                {
                    NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
                };
                policyWatcher.Changed += OnPolicyChanged;
                policyWatcher.Created += OnPolicyChanged;
                policyWatcher.Deleted += OnPolicyChanged;
                policyWatcher.Renamed += OnPolicyChanged;
                policyWatcher.EnableRaisingEvents = true;
            }
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
        {
            LogWatchUnavailable(logger, ex.Message);
        }
    }

    public CustosConfig Current => current;

    /// <summary>Set once the store is open, so reloads can be recorded.</summary>
    public IActionRecorder? Recorder { get; set; }

    /// <summary>Raised after a reload was applied or refused; tests wait on it.</summary>
    public event EventHandler<ConfigLoadResult>? Reloaded;

    /// <summary>Reads the file again now; returns the load result, applied when valid.</summary>
    public async Task<ConfigLoadResult> ReloadAsync(CancellationToken cancellationToken)
    {
        var result = ConfigLoader.LoadFile(current.SourcePath, Path.GetFileName(current.SourcePath));
        if (result.IsValid)
        {
            var next = result.Config!;
            if (next.DataDirectory != current.DataDirectory)
            {
                LogDataDirectoryIgnored(logger);
                next = next.WithDataDirectory(current.DataDirectory);
            }

            current = next;
            LogReloaded(logger, next.Agents.Count, next.Grants.Count);
            if (Recorder is { } recorder)
            {
                var now = DateTimeOffset.UtcNow;
                await recorder.RecordAsync(
                    ActionRecord.ForEvent(now, ActionChannel.ControlPlane, "custos", "update", "custos.config",
                        $"configuration reloaded from {Path.GetFileName(next.SourcePath)}: {next.Agents.Count} agents, {next.Systems.Count} systems, {next.Grants.Count} grants, {next.Policies.Policies.Policies.Length} Cedar policies"),
                    cancellationToken);
            }
        }
        else
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            foreach (var diagnostic in result.Diagnostics)
            {
                LogReloadRefused(logger, diagnostic.ToString());
            }

            if (Recorder is { } recorder)
            {
                // The refusal is part of the audit trail too: someone changed policy and it did not take effect.
                await recorder.RecordAsync(
                    ActionRecord.ForEvent(DateTimeOffset.UtcNow, ActionChannel.ControlPlane, "custos", "update", "custos.config",
                        $"configuration change refused, the previous configuration stays in force: {errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}, first {errors.FirstOrDefault()}",
                        denied: true),
                    cancellationToken);
            }
        }

        Reloaded?.Invoke(this, result);
        return result;
    }

    public void Dispose()
    {
        watcher?.Dispose();
        policyWatcher?.Dispose();
        lock (gate)
        {
            debounce?.Dispose();
            debounce = null;
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        // Editors write files in several steps; wait for the writes to settle before reading.
        lock (gate)
        {
            debounce?.Dispose();
            debounce = new Timer(_ => _ = ReloadQuietlyAsync(), null, TimeSpan.FromMilliseconds(250), Timeout.InfiniteTimeSpan);
        }
    }

    private void OnPolicyChanged(object sender, FileSystemEventArgs e)
    {
        if (e.Name is { } name && (name.EndsWith(".cedar", StringComparison.Ordinal) || name.EndsWith(".cedarschema", StringComparison.Ordinal)))
        {
            OnChanged(sender, e);
        }
    }

    private async Task ReloadQuietlyAsync()
    {
        try
        {
            await ReloadAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogReloadFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Configuration reloaded: {Agents} agents, {Grants} grants")]
    private static partial void LogReloaded(ILogger logger, int agents, int grants);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "Configuration change refused, the previous configuration stays in force: {Diagnostic}")]
    private static partial void LogReloadRefused(ILogger logger, string diagnostic);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error, Message = "Configuration reload failed")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Cannot watch the configuration file for changes: {Reason}")]
    private static partial void LogWatchUnavailable(ILogger logger, string reason);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "data_dir changed in custos.yaml; it takes effect at the next start")]
    private static partial void LogDataDirectoryIgnored(ILogger logger);
}
