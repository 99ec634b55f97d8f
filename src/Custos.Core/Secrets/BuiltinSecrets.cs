using Custos.Core.Configuration;

namespace Custos.Core.Secrets;

/// <summary>
/// The built-in provider: secrets sealed with <see cref="SecretEnvelope"/> in the workspace's database, every
/// version kept for rotation. A secret's name is the reference's path and key as written after
/// <c>secret://builtin/</c> (<c>github</c>, <c>crm#authorization</c>). The master key is loaded on first use.
/// </summary>
public sealed class BuiltinSecrets : ISecretProvider, IDisposable
{
    private readonly ISecretStore store;
    private readonly Func<MasterKey> loadMasterKey;
    private readonly TimeProvider clock;
    private readonly Lock keyLock = new();
    private MasterKey? masterKey;

    public BuiltinSecrets(ISecretStore store, Func<MasterKey> loadMasterKey, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(loadMasterKey);
        this.store = store;
        this.loadMasterKey = loadMasterKey;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>Raised after a secret was set or rotated in this process, with its name; the broker drops it from its cache.</summary>
    public event Action<string>? Changed;

    public string Name => "builtin";

    public ISecretStore Store => store;

    /// <summary>The name a reference to the built-in store stands for.</summary>
    public static string NameOf(SecretReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.Key is null ? reference.Path : $"{reference.Path}#{reference.Key}";
    }

    /// <summary>Checks a name typed by an operator; null when valid, else what is wrong.</summary>
    public static string? CheckName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > 200)
        {
            return "a secret name is at most 200 characters";
        }

        if (!SecretReference.TryParse($"{SecretReference.Scheme}builtin/{name}", out var reference, out var error))
        {
            return $"'{Configuration.YamlTreeReader.Truncate(name)}' is not a secret name: {error.Replace("the path of a secret reference", "a name", StringComparison.Ordinal)}";
        }

        return NameOf(reference) == name ? null : $"'{name}' is not a secret name";
    }

    public static SecretReference ReferenceOf(string name)
    {
        if (!SecretReference.TryParse($"{SecretReference.Scheme}builtin/{name}", out var reference, out var error))
        {
            throw new ArgumentException(error, nameof(name));
        }

        return reference;
    }

    /// <summary>Stores a new version of <paramref name="name"/> holding <paramref name="value"/>; returns its version.</summary>
    public async Task<int> SetAsync(string name, string value, string by, CancellationToken cancellationToken, SecretKind kind = SecretKind.Secret)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (CheckName(name) is { } problem)
        {
            throw new ArgumentException(problem, nameof(name));
        }

        var key = MasterKey();
        if (await store.GetAsync(name, null, cancellationToken) is { } current && current.Sealed.MasterKeyId != key.Id)
        {
            // Sealing a new version under another key would leave the secret's versions unreadable with either key.
            throw new SecretResolutionException(
                $"built-in secret '{name}' is sealed under master key {current.Sealed.MasterKeyId}, but the key in use ({key.Source}) is {key.Id}; "
                + $"set {Secrets.MasterKey.EnvironmentVariable} to the key the store was created with or restore {Secrets.MasterKey.FileName} from your backup")
            {
                Failure = SecretFailure.Integrity,
            };
        }

        var version = await store.AddVersionAsync(name, kind, v => SecretEnvelope.Seal(key, name, v, value), clock.GetUtcNow(), by, cancellationToken);
        Changed?.Invoke(name);
        return version;
    }

    /// <summary>The built-in random rotator: a new version with 256 random bits (base64url). The old versions are kept.</summary>
    /// <exception cref="SecretResolutionException">No such secret, or it is a honeytoken.</exception>
    public async Task<int> RotateAsync(string name, string by, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(name, null, cancellationToken)
            ?? throw new SecretResolutionException($"there is no built-in secret '{name}'; create it with 'custos secrets set {name}'") { Failure = SecretFailure.NotFound };
        if (current.Kind == SecretKind.Honeytoken)
        {
            throw new SecretResolutionException($"'{name}' is a honeytoken; it is never rotated (create another with 'custos secrets honeytoken create')") { Failure = SecretFailure.Honeytoken };
        }

        return await SetAsync(name, Honeytokens.RandomSecret(), by, cancellationToken);
    }

    /// <summary>Creates a honeytoken named <paramref name="name"/> in the given style (<see cref="Honeytokens.Styles"/>).</summary>
    public async Task<int> CreateHoneytokenAsync(string name, string style, string by, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(name, null, cancellationToken) is not null)
        {
            throw new InvalidOperationException($"a built-in secret named '{name}' exists already; choose another name for the honeytoken");
        }

        return await SetAsync(name, Honeytokens.Create(style), by, cancellationToken, SecretKind.Honeytoken);
    }

    /// <summary>Decrypts one version (null: the current one) with its metadata.</summary>
    /// <exception cref="SecretResolutionException">No such secret or version, a wrong master key, or a damaged ciphertext.</exception>
    public async Task<(string Value, StoredSecretVersion Version)> ReadAsync(string name, int? version, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(name, version, cancellationToken)
            ?? throw new SecretResolutionException(version is null
                ? $"{ReferenceText(name)}: there is no built-in secret '{name}'; create it with 'custos secrets set {name}' (the value is read from stdin, a file or a variable)"
                : $"{ReferenceText(name)}: built-in secret '{name}' has no version {version}")
            {
                Failure = SecretFailure.NotFound,
            };
        return (SecretEnvelope.Open(MasterKey(), stored.Name, stored.Version, stored.Sealed), stored);
    }

    public async ValueTask<ProvidedSecret> GetAsync(SecretReference reference, SecretScope? scope, CustosConfig config, CancellationToken cancellationToken)
    {
        var (value, stored) = await ReadAsync(NameOf(reference), null, cancellationToken);
        return new ProvidedSecret(value, stored.Kind, stored.Version);
    }

    public void Dispose() => masterKey?.Dispose();

    private MasterKey MasterKey()
    {
        lock (keyLock)
        {
            return masterKey ??= loadMasterKey();
        }
    }

    private static string ReferenceText(string name) => $"{SecretReference.Scheme}builtin/{name}";
}
