using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Custos.Core.Secrets;

/// <summary>
/// Rotates built-in secrets with the rotator their scope names (<c>secrets.scopes[].rotate</c>), or the built-in
/// random rotator when none is named. Every attempt is recorded in the audit ledger, the failures too (denied, with
/// the reason); a failed rotation leaves the current version in place.
/// </summary>
public sealed partial class SecretRotations
{
    private readonly IConfigSource configSource;
    private readonly BuiltinSecrets builtin;
    private readonly ISecretResolver resolver;
    private readonly IActionRecorder recorder;
    private readonly Dictionary<string, ISecretRotator> rotators = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;
    private readonly ILogger logger;

    // Scheduled rotations that failed: retried after 5 minutes, doubling up to a day, so a broken target does not flood the ledger.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (int Failures, DateTimeOffset RetryAt)> backoff = new(StringComparer.Ordinal);

    public SecretRotations(IConfigSource configSource, BuiltinSecrets builtin, ISecretResolver resolver, IActionRecorder recorder, IEnumerable<ISecretRotator> rotators, TimeProvider clock, ILogger<SecretRotations> logger)
    {
        ArgumentNullException.ThrowIfNull(rotators);
        this.configSource = configSource;
        this.builtin = builtin;
        this.resolver = resolver;
        this.recorder = recorder;
        this.clock = clock;
        this.logger = logger;
        foreach (var rotator in rotators)
        {
            this.rotators[rotator.Kind] = rotator;
        }
    }

    /// <summary>Rotates <paramref name="name"/> and records the attempt as <paramref name="by"/> on <paramref name="channel"/>.</summary>
    public async Task<RotationOutcome> RotateAsync(string name, string by, ActionChannel channel, CancellationToken cancellationToken, string? why = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var reference = BuiltinSecrets.ReferenceOf(name);
        var settings = configSource.Current.Secrets.FindScope(reference)?.Rotate?.Rotator;
        var kind = settings?.Kind ?? "random";
        int version;
        string note;
        try
        {
            if (settings is null)
            {
                version = await builtin.RotateAsync(name, by, cancellationToken);
                note = "built-in random rotator";
            }
            else
            {
                var current = await builtin.Store.GetAsync(name, null, cancellationToken);
                if (current?.Kind == SecretKind.Honeytoken)
                {
                    throw new SecretRotationException($"'{name}' is a honeytoken; it is never rotated");
                }

                if (!rotators.TryGetValue(settings.Kind, out var rotator))
                {
                    throw new SecretRotationException($"the {settings.Kind} rotator (custos.yaml line {settings.Location.Line}) is not available in this Custos");
                }

                var currentValue = current is null ? null : (await builtin.ReadAsync(name, current.Version, cancellationToken)).Value;
                var rotated = await rotator.RotateAsync(new SecretRotationRequest(name, settings, currentValue, current?.Version, resolver), cancellationToken);
                version = await builtin.SetAsync(name, rotated.Value, by, cancellationToken);
                note = $"{settings.Kind} rotator: {rotated.Note}";
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Rotators' own messages name no value; anything else is reported by its type only, as its message is not ours.
            var message = ex switch
            {
                SecretRotationException or SecretResolutionException => ex.Message,
                InvalidOperationException when ex.Source == typeof(SecretRotations).Assembly.GetName().Name => ex.Message,
                OperationCanceledException => $"the {kind} rotator timed out",
                _ => $"the {kind} rotator failed unexpectedly ({ex.GetType().Name})",
            };
            if (logger.IsEnabled(LogLevel.Warning))
            {
                var text = reference.ToString();
                LogRotationFailed(logger, text, kind, message);
            }

            await recorder.RecordAsync(ActionRecord.ForEvent(clock.GetUtcNow(), channel, by, "update", SecretBroker.Resource, $"{by} could not rotate {reference} ({kind} rotator): {message}; the current version stays in use", denied: true), CancellationToken.None);
            return new RotationOutcome(reference, false, null, kind, message);
        }

        var reason = why is null ? string.Empty : $"; {why}";
        await recorder.RecordAsync(ActionRecord.ForEvent(clock.GetUtcNow(), channel, by, "update", SecretBroker.Resource, $"{by} rotated {reference} to version {version} ({note}{reason})"), CancellationToken.None);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var text = reference.ToString();
            LogRotated(logger, text, version, kind);
        }

        return new RotationOutcome(reference, true, version, kind, note);
    }

    /// <summary>
    /// Rotates every built-in secret whose scope names a rotator (postgres, webhook) and a schedule it is past. Secrets
    /// with only a schedule are left to an operator (<c>custos secrets overdue --rotate</c>): a random new value that
    /// nobody gives the upstream would break it. A secret never set is left alone too; the first rotation is an
    /// operator's.
    /// </summary>
    public async Task<IReadOnlyList<RotationOutcome>> RotateDueAsync(CancellationToken cancellationToken)
    {
        var config = configSource.Current;
        var now = clock.GetUtcNow();
        var outcomes = new List<RotationOutcome>();
        foreach (var scope in config.Secrets.Scopes)
        {
            if (scope.Rotate is not { Rotator: not null } rotate || scope.Secret.Provider != "builtin" || (rotate.Every is null && rotate.Cron is null))
            {
                continue;
            }

            var name = BuiltinSecrets.NameOf(scope.Secret);
            if (await builtin.Store.GetAsync(name, null, cancellationToken) is not { Kind: SecretKind.Secret } current)
            {
                continue;
            }

            var info = (await builtin.Store.ListAsync(cancellationToken)).FirstOrDefault(i => i.Name == name);
            var due = rotate.DueAfter(info?.RotatedAt ?? current.CreatedAt);
            if (due > now || (backoff.TryGetValue(name, out var failed) && failed.RetryAt > now))
            {
                continue;
            }

            var outcome = await RotateAsync(name, "custos", ActionChannel.ControlPlane, cancellationToken, $"scheduled: {rotate}, due {due:u}");
            if (outcome.Succeeded)
            {
                backoff.TryRemove(name, out _);
            }
            else
            {
                var failures = backoff.TryGetValue(name, out var before) ? before.Failures + 1 : 1;
                var wait = TimeSpan.FromMinutes(Math.Min(24 * 60, 5 * Math.Pow(2, Math.Min(failures - 1, 10))));
                backoff[name] = (failures, now + wait);
            }

            outcomes.Add(outcome);
        }

        return outcomes;
    }

    [LoggerMessage(EventId = 320, Level = LogLevel.Information, Message = "Rotated {Reference} to version {Version} ({Rotator} rotator)")]
    private static partial void LogRotated(ILogger logger, string reference, int version, string rotator);

    [LoggerMessage(EventId = 321, Level = LogLevel.Warning, Message = "Rotation of {Reference} ({Rotator} rotator) failed: {Reason}")]
    private static partial void LogRotationFailed(ILogger logger, string reference, string rotator, string reason);
}

/// <param name="Version">The new version, when it succeeded.</param>
/// <param name="Message">What was done, or why it failed; never a value.</param>
public sealed record RotationOutcome(SecretReference Reference, bool Succeeded, int? Version, string Rotator, string Message);
