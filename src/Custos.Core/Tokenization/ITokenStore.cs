namespace Custos.Core.Tokenization;

/// <summary>
/// Where the token vault keeps its rows. It only ever sees lookups (keyed hashes), sealed bytes and pseudonymous
/// subject references, never a value; sealing and opening are done by <see cref="TokenVault"/>.
/// </summary>
public interface ITokenStore
{
    /// <summary>The live token (not expired, not erased) whose lookup is <paramref name="lookup"/>, or null.</summary>
    Task<StoredToken?> FindByLookupAsync(byte[] lookup, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The token with this id, whatever its state, or null when this workspace never issued it.</summary>
    Task<StoredToken?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Adds a token for <paramref name="token"/>'s lookup unless a live one exists; either way returns the live one
    /// (two processes tokenizing the same value at once agree on one token). A dead row holding the lookup
    /// (expired or erased) gives the lookup up first.
    /// </summary>
    Task<StoredToken> AddAsync(StoredToken token, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Replaces the sealed value and subject references of a live token, and moves its expiry.</summary>
    Task UpdateAsync(string id, TokenSealed sealedValue, IReadOnlyList<string> subjectRefs, int layers, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Takes the lookup away from a token, so the value gets a new token next time (the old one still opens until it expires).</summary>
    Task ReleaseLookupAsync(string id, CancellationToken cancellationToken);

    /// <summary>Moves a live token's expiry (the value was redacted again).</summary>
    Task TouchAsync(string id, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Destroys the sealed values of every token past its expiry; returns how many.</summary>
    Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Destroys the sealed values of every token sealed for <paramref name="subjectRef"/> (an erased data subject); returns how many.</summary>
    Task<int> EraseSubjectAsync(string subjectRef, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>A value sealed under the master key: the key's id, the wrapped data key and the ciphertext.</summary>
public sealed record TokenSealed(string MasterKeyId, byte[] WrappedKey, byte[] Ciphertext);

/// <summary>
/// One row of the vault. <see cref="Sealed"/> is null once the value was destroyed (expired or erased);
/// <see cref="Layers"/> counts the data-subject seals around the value.
/// </summary>
public sealed record StoredToken(
    string Id,
    string Type,
    byte[]? Lookup,
    TokenSealed? Sealed,
    IReadOnlyList<string> SubjectRefs,
    int Layers,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? ErasedAt);
