namespace Custos.Core.Secrets;

/// <summary>
/// Where the built-in provider keeps sealed secrets and where uses of every secret are counted. It only ever sees
/// ciphertext and references; sealing is done by <see cref="BuiltinSecrets"/>.
/// </summary>
public interface ISecretStore
{
    /// <summary>
    /// Adds the next version of <paramref name="name"/> (1 for a new secret) and makes it current, atomically;
    /// <paramref name="seal"/> is given the version number, which the ciphertext is bound to. Returns the version.
    /// </summary>
    /// <exception cref="InvalidOperationException">A secret of another kind already has this name.</exception>
    Task<int> AddVersionAsync(string name, SecretKind kind, Func<int, SealedSecret> seal, DateTimeOffset at, string by, CancellationToken cancellationToken);

    /// <summary>One version (null: the current one), or null when there is no such secret or version.</summary>
    Task<StoredSecretVersion?> GetAsync(string name, int? version, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredSecretInfo>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Counts one use (or refused use) of a secret by an agent for a system on the day of <see cref="SecretUseRecord.At"/>.</summary>
    Task RecordUseAsync(SecretUseRecord use, CancellationToken cancellationToken);

    Task<IReadOnlyList<SecretUsage>> UsageAsync(DateOnly since, CancellationToken cancellationToken);

    /// <summary>Changes whenever a secret is set or rotated, by any process; cheap enough to ask often.</summary>
    Task<long> ChangeStampAsync(CancellationToken cancellationToken);
}

public enum SecretKind
{
    Secret,
    Honeytoken,
}

public sealed record StoredSecretVersion(string Name, SecretKind Kind, int Version, SealedSecret Sealed, DateTimeOffset CreatedAt, string CreatedBy);

public sealed record StoredSecretInfo(string Name, SecretKind Kind, int CurrentVersion, int Versions, DateTimeOffset CreatedAt, DateTimeOffset RotatedAt, string RotatedBy);

/// <summary>What happened when a secret was asked for.</summary>
public enum SecretUseOutcome
{
    Used,
    Denied,
    Honeytoken,
}

/// <param name="Reference">The reference as written (<c>secret://builtin/github</c>), never the value.</param>
public sealed record SecretUseRecord(string Reference, string? Agent, string System, SecretUseOutcome Outcome, DateTimeOffset At, Guid? ActionId);

/// <summary>Uses of one secret by one agent for one system on one day.</summary>
public sealed record SecretUsage(DateOnly Day, string Reference, string Agent, string System, SecretUseOutcome Outcome, long Count, DateTimeOffset LastAt, Guid? LastActionId);
