using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Custos.Core.Secrets;
using Custos.Detection.Redaction;
using Custos.Ledger.Privacy;

namespace Custos.Core.Tokenization;

/// <summary>
/// The vault behind <c>redaction: token</c>. A value gets a random token id (<see cref="RedactionToken.NewId"/>),
/// found again by a keyed hash of its type and value, so the same value keeps its token while it lives and
/// redacted records still join. The value is sealed with the built-in secrets store's envelope encryption
/// (<see cref="SecretEnvelope"/>, AES-256-GCM, a data key per token wrapped by the workspace's
/// <see cref="MasterKey"/>), bound to the token's type and id; the lookup key is derived from the same master
/// key. A value redacted in an action that names data subjects is sealed inside under their ledger keys
/// (<see cref="ITokenSubjects"/>), so erasing a subject (crypto-shredding) makes the token unrecoverable.
/// </summary>
/// <remarks>The vault never logs, records or puts a value into an exception or a message.</remarks>
public sealed class TokenVault : IDisposable
{
    /// <summary>The most data-subject seals around one value; past it the value gets a new token.</summary>
    public const int MaxLayers = 8;

    private const string Plain = "v:";
    private const string Layered = "s:";
    private static readonly byte[] LookupLabel = "custos.redaction-token-lookup/1"u8.ToArray();

    private readonly ITokenStore store;
    private readonly Func<MasterKey> loadMasterKey;
    private readonly ITokenSubjects? subjects;
    private readonly TimeProvider clock;
    private readonly Lock keyLock = new();
    private MasterKey? masterKey;
    private byte[]? lookupKey;
    private long nextPurge;

    /// <summary>How often tokenizing also destroys expired values (detokenizing an expired token always does).</summary>
    public static TimeSpan PurgeInterval { get; } = TimeSpan.FromMinutes(1);

    public TokenVault(ITokenStore store, Func<MasterKey> loadMasterKey, ITokenSubjects? subjects = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(loadMasterKey);
        this.store = store;
        this.loadMasterKey = loadMasterKey;
        this.subjects = subjects;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>
    /// The token ids of <paramref name="values"/>, in order: the live token of each value, or a new one. Each
    /// token's expiry moves to now + <paramref name="retention"/>. With <paramref name="dataSubjects"/>, each value
    /// is also sealed under those subjects' keys.
    /// </summary>
    public async Task<IReadOnlyList<string>> TokenizeAsync(IReadOnlyList<(string Type, string Value)> values, IReadOnlyList<string>? dataSubjects, TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var now = clock.GetUtcNow();
        var expires = now + retention;
        var due = Interlocked.Read(ref nextPurge);
        if (now.UtcTicks >= due && Interlocked.CompareExchange(ref nextPurge, (now + PurgeInterval).UtcTicks, due) == due)
        {
            await store.PurgeExpiredAsync(now, cancellationToken);
        }
        var ids = new List<string>(values.Count);
        foreach (var (type, value) in values)
        {
            if (!RedactionToken.IsType(type))
            {
                throw new ArgumentException($"'{type}' cannot name a token's type: capitals, digits and underscores only", nameof(values));
            }

            ids.Add(await TokenizeOneAsync(type, value, dataSubjects is { Count: > 0 } && subjects is not null ? dataSubjects : null, now, expires, cancellationToken));
        }

        return ids;
    }

    /// <summary>The value behind <paramref name="token"/>, or why not (never holding a value).</summary>
    public async Task<Detokenization> DetokenizeAsync(RedactionToken token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var row = await store.FindAsync(token.Id, cancellationToken);
        if (row is null || !string.Equals(row.Type, token.Type, StringComparison.Ordinal))
        {
            return new(DetokenizeStatus.Unknown, null, null, $"{token} was not issued by this workspace (it may be forged, mistyped, cut short or from another workspace); copy the token whole from a text this workspace redacted");
        }

        if (row.ErasedAt is not null)
        {
            return new(DetokenizeStatus.Erased, null, row.ExpiresAt, $"{token} cannot be recovered: a data subject it concerned was erased on {row.ErasedAt.Value:yyyy-MM-dd} (right to erasure)");
        }

        if (row.ExpiresAt <= now || row.Sealed is null)
        {
            await store.PurgeExpiredAsync(now, cancellationToken);
            return new(DetokenizeStatus.Expired, null, row.ExpiresAt, $"{token} expired on {row.ExpiresAt:yyyy-MM-dd HH:mm} UTC and its value was destroyed (screening.tokens.retention); a value redacted since then has a new token");
        }

        var key = MasterKey();
        string inner;
        try
        {
            inner = SecretEnvelope.Open(key, SealName(row.Type, row.Id), 1, new SealedSecret(row.Sealed.MasterKeyId, row.Sealed.WrappedKey, row.Sealed.Ciphertext));
        }
        catch (SecretResolutionException)
        {
            var why = row.Sealed.MasterKeyId == key.Id
                ? "its stored value failed the integrity check (the database was changed); restore it from a backup"
                : $"it was sealed under master key {Printable(row.Sealed.MasterKeyId)}, but the key in use ({key.Source}) is {key.Id}; set {Secrets.MasterKey.EnvironmentVariable} to the key it was sealed with";
            return new(DetokenizeStatus.Unreadable, null, row.ExpiresAt, $"{token} cannot be read: {why}");
        }

        for (var layer = 0; layer <= MaxLayers; layer++)
        {
            if (inner.StartsWith(Plain, StringComparison.Ordinal))
            {
                return new(DetokenizeStatus.Found, inner[Plain.Length..], row.ExpiresAt, null);
            }

            if (!inner.StartsWith(Layered, StringComparison.Ordinal) || subjects is null)
            {
                break;
            }

            JsonNode? node;
            try
            {
                node = JsonNode.Parse(inner.AsMemory(Layered.Length).Span.ToString());
            }
            catch (JsonException)
            {
                break;
            }

            var opened = subjects.Open(node);
            switch (opened.Status)
            {
                case OpenStatus.Opened:
                    inner = Encoding.UTF8.GetString(opened.Plaintext!);
                    CryptographicOperations.ZeroMemory(opened.Plaintext);
                    continue;
                case OpenStatus.KeyErased:
                    // The key went without the rows (an erasure that could not finish): finish it now, so the value's
                    // lookup is released and its ciphertext destroyed.
                    await store.EraseSubjectAsync(opened.SubjectRef!, now, cancellationToken);
                    return new(DetokenizeStatus.Erased, null, row.ExpiresAt, $"{token} cannot be recovered: a data subject it concerned ({opened.SubjectRef}) was erased (right to erasure)");
                default:
                    return new(DetokenizeStatus.Unreadable, null, row.ExpiresAt, $"{token} cannot be read: the data subject key it was sealed under is {(opened.Status == OpenStatus.KeyUnknown ? "missing" : "not the one it was sealed with")}; restore the database from a backup");
            }
        }

        return new(DetokenizeStatus.Unreadable, null, row.ExpiresAt, $"{token} cannot be read: its stored value is not in a form this version of Custos writes");
    }

    /// <summary>Destroys every token value sealed for the erased subject <paramref name="subjectRef"/> (its key is already gone; this removes the ciphertext too).</summary>
    public Task<int> EraseSubjectAsync(string subjectRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subjectRef);
        return store.EraseSubjectAsync(subjectRef, clock.GetUtcNow(), cancellationToken);
    }

    public void Dispose()
    {
        lock (keyLock)
        {
            masterKey?.Dispose();
            if (lookupKey is not null)
            {
                CryptographicOperations.ZeroMemory(lookupKey);
            }
        }
    }

    private async Task<string> TokenizeOneAsync(string type, string value, IReadOnlyList<string>? dataSubjects, DateTimeOffset now, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        var key = MasterKey();
        var lookup = Lookup(type, value);
        var found = await store.FindByLookupAsync(lookup, now, cancellationToken);
        if (found?.Sealed is null)
        {
            var id = RedactionToken.NewId();
            var (inner, refs, layers) = await WrapAsync(Plain + value, [], 0, dataSubjects, cancellationToken);
            var sealedValue = Seal(key, type, id, inner);
            var stored = await store.AddAsync(new StoredToken(id, type, lookup, sealedValue, refs, layers, now, expires, null), now, cancellationToken);
            return stored.Id;
        }

        if (dataSubjects is null)
        {
            await store.TouchAsync(found.Id, expires, cancellationToken);
            return found.Id;
        }

        // The value now concerns these subjects too: seal one more layer for them, unless they are all covered.
        string current;
        try
        {
            current = SecretEnvelope.Open(key, SealName(found.Type, found.Id), 1, new SealedSecret(found.Sealed.MasterKeyId, found.Sealed.WrappedKey, found.Sealed.Ciphertext));
        }
        catch (SecretResolutionException)
        {
            // Unreadable under this key: give the value a fresh token rather than fail the action.
            await store.ReleaseLookupAsync(found.Id, cancellationToken);
            return await TokenizeOneAsync(type, value, dataSubjects, now, expires, cancellationToken);
        }

        var (wrapped, union, count) = await WrapAsync(current, found.SubjectRefs, found.Layers, dataSubjects, cancellationToken);
        if (count == found.Layers)
        {
            await store.TouchAsync(found.Id, expires, cancellationToken);
            return found.Id;
        }

        if (count > MaxLayers)
        {
            await store.ReleaseLookupAsync(found.Id, cancellationToken);
            return await TokenizeOneAsync(type, value, dataSubjects, now, expires, cancellationToken);
        }

        await store.UpdateAsync(found.Id, Seal(key, found.Type, found.Id, wrapped), union, count, expires, cancellationToken);
        return found.Id;
    }

    /// <summary><paramref name="inner"/> sealed once more for the subjects not yet among <paramref name="refs"/>; unchanged when they all are.</summary>
    private async Task<(string Inner, IReadOnlyList<string> Refs, int Layers)> WrapAsync(string inner, IReadOnlyList<string> refs, int layers, IReadOnlyList<string>? dataSubjects, CancellationToken cancellationToken)
    {
        if (dataSubjects is null || subjects is null)
        {
            return (inner, refs, layers);
        }

        var bytes = Encoding.UTF8.GetBytes(inner);
        try
        {
            var sealedLayer = await subjects.SealAsync(dataSubjects, bytes, cancellationToken);
            if (sealedLayer.SubjectRefs.All(refs.Contains))
            {
                return (inner, refs, layers);
            }

            var union = refs.Concat(sealedLayer.SubjectRefs).Distinct(StringComparer.Ordinal).ToList();
            return (Layered + sealedLayer.Sealed.ToJsonString(), union, layers + 1);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    private static TokenSealed Seal(MasterKey key, string type, string id, string inner)
    {
        var sealedSecret = SecretEnvelope.Seal(key, SealName(type, id), 1, inner);
        return new TokenSealed(sealedSecret.MasterKeyId, sealedSecret.WrappedKey, sealedSecret.Ciphertext);
    }

    // The envelope's associated data binds the value to its token: a ciphertext moved to another row fails its check.
    private static string SealName(string type, string id) => $"redaction-token:{type}:{id}";

    /// <summary>HMAC-SHA256 of "TYPE\0value" under a key derived from the master key: finds a value's token without storing the value.</summary>
    private byte[] Lookup(string type, string value)
    {
        byte[] key;
        lock (keyLock)
        {
            key = lookupKey ??= HMACSHA256.HashData(MasterKeyLocked().Bytes, LookupLabel);
        }

        var message = Encoding.UTF8.GetBytes(string.Concat(type, "\0", value));
        try
        {
            return HMACSHA256.HashData(key, message);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(message);
        }
    }

    private MasterKey MasterKey()
    {
        lock (keyLock)
        {
            return MasterKeyLocked();
        }
    }

    private MasterKey MasterKeyLocked() => masterKey ??= loadMasterKey();

    private static string Printable(string id) => id.Length <= 32 && id.All(char.IsAsciiHexDigit) ? id : "(unreadable id)";
}
