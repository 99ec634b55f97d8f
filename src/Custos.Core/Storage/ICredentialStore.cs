namespace Custos.Core.Storage;

/// <summary>Issued tokens, looked up by the SHA-256 hash of the presented token.</summary>
public interface ICredentialStore
{
    ValueTask<TokenRecord?> FindByHashAsync(byte[] hash, CancellationToken cancellationToken);

    Task AddAsync(TokenRecord record, byte[] hash, CancellationToken cancellationToken);

    /// <summary>Revokes a token by id; false when no unrevoked token has that id.</summary>
    Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);

    Task<IReadOnlyList<TokenRecord>> ListAsync(string? subject, CancellationToken cancellationToken);
}
