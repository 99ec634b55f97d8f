using System.Collections.Concurrent;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Detection;
using Microsoft.Extensions.Logging;

namespace Custos.Core.Secrets;

/// <summary>
/// The one resolver of <c>secret://</c> references: checks each use against the secret's scope, asks the provider
/// (through a short cache that a set or rotation in this process clears at once), refuses honeytokens with an
/// alert, and counts every use per secret, agent, system and day. Refused uses and honeytokens are also written
/// to the audit ledger. Neither logs nor messages ever hold a value.
/// </summary>
public sealed partial class SecretBroker : ISecretResolver, IKnownSecretValues, IIssuedSecrets, IDisposable
{
    /// <summary>The resource audit events about secrets are recorded on.</summary>
    public const string Resource = "custos.secrets";

    private readonly IConfigSource configSource;
    private readonly Dictionary<string, ISecretProvider> providers = new(StringComparer.Ordinal);
    private readonly ISecretStore store;
    private readonly IActionRecorder? recorder;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly Alerts.IAlertSink? alerts;
    private readonly ConcurrentDictionary<string, (ProvidedSecret Secret, DateTimeOffset Until)> cache = new(StringComparer.Ordinal);

    // Values of remote secrets seen since start, for leak detection (the built-in, env and file ones are read afresh).
    private readonly ConcurrentDictionary<string, string> seenRemote = new(StringComparer.Ordinal);

    // Credentials Custos fetched for itself (IIssuedSecrets), by name.
    private readonly ConcurrentDictionary<string, string> issued = new(StringComparer.Ordinal);

    // Bumped on every change to seenRemote or issued: the known values are rebuilt when it moves.
    private long heldVersion;
    private readonly SemaphoreSlim knownLock = new(1, 1);
    private volatile KnownSnapshot? known;

    public SecretBroker(IConfigSource configSource, IEnumerable<ISecretProvider> providers, ISecretStore store, IActionRecorder? recorder, TimeProvider? clock = null, ILogger<SecretBroker>? logger = null, Alerts.IAlertSink? alerts = null)
    {
        this.alerts = alerts;
        ArgumentNullException.ThrowIfNull(configSource);
        ArgumentNullException.ThrowIfNull(providers);
        ArgumentNullException.ThrowIfNull(store);
        this.configSource = configSource;
        this.store = store;
        this.recorder = recorder;
        this.clock = clock ?? TimeProvider.System;
        this.logger = logger ?? (ILogger)Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        foreach (var provider in providers)
        {
            this.providers[provider.Name] = provider;
            if (provider is BuiltinSecrets builtin)
            {
                Builtin = builtin;
                builtin.Changed += name => Invalidate(BuiltinSecrets.ReferenceOf(name));
            }
        }
    }

    /// <inheritdoc />
    public void Remember(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        if (!issued.TryGetValue(name, out var before) || !string.Equals(before, value, StringComparison.Ordinal))
        {
            issued[name] = value;
            Interlocked.Increment(ref heldVersion);
        }
    }

    /// <summary>The built-in store, when the broker has one.</summary>
    public BuiltinSecrets? Builtin { get; }

    public void Dispose() => knownLock.Dispose();

    /// <summary>Drops a reference from the cache; set and rotate in this process do it themselves.</summary>
    public void Invalidate(SecretReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var text = reference.ToString();
        foreach (var key in cache.Keys)
        {
            if (key == text || key.StartsWith(text + "@", StringComparison.Ordinal))
            {
                cache.TryRemove(key, out _);
            }
        }

        known = null;
    }

    public async ValueTask<SecretValue> ResolveAsync(SecretReference reference, SecretUse use, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(use);
        var config = configSource.Current;
        var scope = config.Secrets.FindScope(reference);
        if (OutOfScope(config, reference, scope, use) is { } refusal)
        {
            await RecordUseAsync(reference, use, SecretUseOutcome.Denied, cancellationToken);
            await RecordEventAsync("deny", $"{reference} was refused to {Who(use)} for {use.System}: {refusal}", use, denied: true);
            if (use.Agent is not null)
            {
                await RaiseAsync(new Alerts.Alert("secret.out_of_scope", Alerts.AlertSeverity.Warning, reference.ToString(), $"agent {use.Agent} asked for {reference} for {use.System}, which it may not use {refusal}; if the agent should not need it, find out why it asked", clock.GetUtcNow(), use.Agent, use.ActionId));
            }

            if (logger.IsEnabled(LogLevel.Warning))
            {
                var text = reference.ToString();
                LogRefused(logger, text, use.Agent ?? "custos", use.System, use.ActionId);
            }
            throw new SecretResolutionException($"{reference} may not be used {refusal}") { Failure = SecretFailure.OutOfScope };
        }

        var cacheKey = scope?.Version is { } pinned ? $"{reference}@{pinned}" : reference.ToString();
        var now = clock.GetUtcNow();
        ProvidedSecret provided;
        if (cache.TryGetValue(cacheKey, out var hit) && hit.Until > now)
        {
            provided = hit.Secret;
        }
        else
        {
            provided = await FetchAsync(reference, scope, config, cancellationToken);
            var ttl = config.Secrets.CacheTtl;
            if (ttl > TimeSpan.Zero && provided.Kind == SecretKind.Secret)
            {
                cache[cacheKey] = (provided, now + ttl);
            }
        }

        if (provided.Kind == SecretKind.Honeytoken)
        {
            await RecordUseAsync(reference, use, SecretUseOutcome.Honeytoken, cancellationToken);
            var message = $"honeytoken {reference} was asked for by {Who(use)} for {use.System}; a honeytoken is never used legitimately: investigate and consider halting the agent";
            if (alerts is null)
            {
                await RecordEventAsync("alert", message, use, denied: true);
            }
            else
            {
                await RaiseAsync(new Alerts.Alert("secret.honeytoken", Alerts.AlertSeverity.Critical, reference.ToString(), message, clock.GetUtcNow(), use.Agent, use.ActionId, OpensIncident: true));
            }
            if (logger.IsEnabled(LogLevel.Critical))
            {
                var text = reference.ToString();
                LogHoneytoken(logger, text, use.Agent ?? "custos", use.System, use.ActionId);
            }
            throw new SecretResolutionException($"{reference} is a honeytoken: its use was refused and an alert recorded") { Failure = SecretFailure.Honeytoken };
        }

        await RecordUseAsync(reference, use, SecretUseOutcome.Used, cancellationToken);
        return new SecretValue(reference, provided.Value);
    }

    /// <inheritdoc />
    public async ValueTask<KnownSecrets> GetAsync(CancellationToken cancellationToken)
    {
        var config = configSource.Current;
        var now = clock.GetUtcNow();
        if (known is { } current && current.Config == config && current.Held == Interlocked.Read(ref heldVersion) && now - current.CheckedAt < TimeSpan.FromSeconds(1))
        {
            return current.Secrets;
        }

        await knownLock.WaitAsync(cancellationToken);
        try
        {
            var stamp = await store.ChangeStampAsync(cancellationToken);
            if (known is { } fresh && fresh.Config == config && fresh.Held == Interlocked.Read(ref heldVersion) && fresh.Stamp == stamp)
            {
                known = fresh with { CheckedAt = now };
                return fresh.Secrets;
            }

            // Read before collecting: a value remembered meanwhile moves the version past this, so the next call rebuilds.
            var version = Interlocked.Read(ref heldVersion);
            var values = await CollectValuesAsync(config, cancellationToken);
            var secrets = new KnownSecrets(values);
            known = new KnownSnapshot(secrets, stamp, config, version, now);
            return secrets;
        }
        finally
        {
            knownLock.Release();
        }
    }

    private async Task<List<KeyValuePair<string, string>>> CollectValuesAsync(CustosConfig config, CancellationToken cancellationToken)
    {
        var values = new List<KeyValuePair<string, string>>();
        void Add(string name, string value)
        {
            if (value.Length >= KnownSecrets.MinimumLength)
            {
                values.Add(new(name, value));
            }
        }

        if (Builtin is not null)
        {
            foreach (var info in await store.ListAsync(cancellationToken))
            {
                // The current version and the one before it: a value rotated out may still be in an agent's hands.
                for (var version = info.CurrentVersion; version >= Math.Max(1, info.CurrentVersion - 1); version--)
                {
                    try
                    {
                        var (value, stored) = await Builtin.ReadAsync(info.Name, version, cancellationToken);
                        var reference = BuiltinSecrets.ReferenceOf(info.Name).ToString();
                        Add(stored.Kind == SecretKind.Honeytoken ? $"honeytoken {reference}" : reference, value);
                    }
                    catch (Exception ex) when (ex is SecretResolutionException or InvalidOperationException)
                    {
                        LogUnreadable(logger, info.Name, version);
                    }
                }
            }
        }

        foreach (var reference in LocalReferences(config))
        {
            try
            {
                var value = reference.Provider == "env"
                    ? LocalSecrets.ReadEnvironment(reference)
                    : LocalSecrets.ReadFile(reference, Path.GetDirectoryName(config.SourcePath));
                Add(reference.ToString(), value);
            }
            catch (SecretResolutionException)
            {
                // Not set here: nothing to look for.
            }
        }

        foreach (var (reference, value) in seenRemote)
        {
            Add(reference, value);
        }

        foreach (var (name, value) in issued)
        {
            Add(name, value);
        }

        return values;
    }

    /// <summary>Every env: and file: reference custos.yaml names, once: their values are what screening looks for.</summary>
    internal static IEnumerable<SecretReference> LocalReferences(CustosConfig config)
    {
        var seen = new HashSet<SecretReference>();
        IEnumerable<SecretReference?> all = config.Systems.SelectMany(s => s.Credentials.Values)
            .Concat(config.Systems.Select(s => s.Azure?.Entra?.ClientSecret))
            .Concat(config.Alerts.Routes.Select(r => r.Secret))
            .Concat(config.Secrets.Scopes.Select(s => s.Secret))
            .Append(config.Ledger.SigningKey)
            .Append(config.Secrets.Vault.Token)
            .Append(config.Secrets.Vault.SecretId);
        foreach (var reference in all)
        {
            if (reference is { Provider: "env" or "file" } && seen.Add(reference))
            {
                yield return reference;
            }
        }
    }

    /// <summary>Why <paramref name="use"/> is outside the secret's scope, or null when it is within.</summary>
    private static string? OutOfScope(CustosConfig config, SecretReference reference, SecretScope? scope, SecretUse use)
    {
        if (scope is not null)
        {
            if (!scope.Systems.Contains(use.System, StringComparer.Ordinal))
            {
                return $"for {use.System}: its scope (custos.yaml line {scope.Location.Line}) allows only {string.Join(", ", scope.Systems)}; add {use.System} to its systems if it belongs there";
            }

            if (use.Agent is not null && !scope.Agents.Contains(use.Agent, StringComparer.Ordinal))
            {
                return $"by {use.Agent}: its scope (custos.yaml line {scope.Location.Line}) allows {(scope.Agents.Count == 0 ? "no agent" : string.Join(", ", scope.Agents))}; add {use.Agent} to its agents if it belongs there";
            }

            return null;
        }

        if (use.Agent is null)
        {
            return null;
        }

        // No scope written: the secret goes only into the systems whose credentials name it.
        var system = config.FindSystem(use.System);
        if (system is null || !system.Credentials.Values.Contains(reference))
        {
            return $"for {use.System}: it has no scope under secrets.scopes and {use.System}'s credentials do not name it; add a scope entry (secret: {reference}, agents: [{use.Agent}], systems: [{use.System}])";
        }

        return null;
    }

    private async ValueTask<ProvidedSecret> FetchAsync(SecretReference reference, SecretScope? scope, CustosConfig config, CancellationToken cancellationToken)
    {
        if (!providers.TryGetValue(reference.Provider, out var provider))
        {
            throw new SecretResolutionException($"{reference}: the {reference.Provider} provider is not available in this Custos") { Failure = SecretFailure.ProviderFailed };
        }

        ProvidedSecret provided;
        try
        {
            provided = await provider.GetAsync(reference, scope, config, cancellationToken);
        }
        catch (SecretResolutionException)
        {
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (InvalidOperationException ex)
        {
            // Custos's own messages (a master key readable by others, a malformed key): they name files, never values.
            throw new SecretResolutionException($"{reference}: {ex.Message}", ex) { Failure = SecretFailure.ProviderFailed };
        }
        catch (Exception ex)
        {
            LogProviderFailed(logger, ex.GetType().Name, reference.ToString());
            throw new SecretResolutionException($"{reference}: the {reference.Provider} provider failed ({ex.GetType().Name}); see the server log", ex) { Failure = SecretFailure.ProviderFailed };
        }

        if (reference.Provider is not ("builtin" or "env" or "file"))
        {
            var name = reference.ToString();
            if (!seenRemote.TryGetValue(name, out var before) || !string.Equals(before, provided.Value, StringComparison.Ordinal))
            {
                seenRemote[name] = provided.Value;
                Interlocked.Increment(ref heldVersion);
            }
        }

        return provided;
    }

    private async ValueTask RecordUseAsync(SecretReference reference, SecretUse use, SecretUseOutcome outcome, CancellationToken cancellationToken)
    {
        try
        {
            await store.RecordUseAsync(new SecretUseRecord(reference.ToString(), use.Agent, use.System, outcome, clock.GetUtcNow(), use.ActionId), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Usage counts are monitoring, not the audit trail: the action's own ledger entry names the references.
            LogUsageNotCounted(logger, ex, reference.ToString());
        }
    }

    private async ValueTask RecordEventAsync(string verb, string description, SecretUse use, bool denied)
    {
        if (recorder is null)
        {
            return;
        }

        try
        {
            var record = ActionRecord.ForEvent(clock.GetUtcNow(), ActionChannel.ControlPlane, use.Agent ?? "custos", verb, Resource, description, denied: denied);
            await recorder.RecordAsync(use.ActionId is { } id ? record with { Reasons = [description, $"action {id}"] } : record, CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogEventNotRecorded(logger, ex, verb);
        }
    }

    private async ValueTask RaiseAsync(Alerts.Alert alert)
    {
        if (alerts is null)
        {
            return;
        }

        try
        {
            await alerts.RaiseAsync(alert, CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogEventNotRecorded(logger, ex, alert.Rule);
        }
    }

    /// <summary>One compiled set of known values and what it was built from; replaced whole, never changed.</summary>
    private sealed record KnownSnapshot(KnownSecrets Secrets, long Stamp, CustosConfig Config, long Held, DateTimeOffset CheckedAt);

    private static string Who(SecretUse use) => use.Agent is null ? "Custos" : $"agent {use.Agent}";

    [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "Secret {Reference} refused to {Agent} for {System} (action {ActionId}): out of scope")]
    private static partial void LogRefused(ILogger logger, string reference, string agent, string system, Guid? actionId);

    [LoggerMessage(EventId = 301, Level = LogLevel.Critical, Message = "Honeytoken {Reference} asked for by {Agent} for {System} (action {ActionId})")]
    private static partial void LogHoneytoken(ILogger logger, string reference, string agent, string system, Guid? actionId);

    [LoggerMessage(EventId = 302, Level = LogLevel.Error, Message = "Secret provider failed with {Error} for {Reference}")]
    private static partial void LogProviderFailed(ILogger logger, string error, string reference);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "A use of {Reference} could not be counted")]
    private static partial void LogUsageNotCounted(ILogger logger, Exception exception, string reference);

    [LoggerMessage(EventId = 304, Level = LogLevel.Error, Message = "The secrets event {Verb} could not be recorded")]
    private static partial void LogEventNotRecorded(ILogger logger, Exception exception, string verb);

    [LoggerMessage(EventId = 305, Level = LogLevel.Warning, Message = "Built-in secret {Name} version {Version} cannot be read for leak detection")]
    private static partial void LogUnreadable(ILogger logger, string name, int version);
}
