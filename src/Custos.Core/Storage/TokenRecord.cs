namespace Custos.Core.Storage;

public enum TokenKind
{
    /// <summary>Authenticates one agent's actions.</summary>
    Agent,

    /// <summary>Authenticates an operator on the control-plane API.</summary>
    Admin,
}

/// <summary>What the store keeps about an issued token. The token itself is never stored, only its hash.</summary>
/// <param name="Subject">The agent's name for agent tokens; a label for admin tokens.</param>
public sealed record TokenRecord(
    string Id,
    TokenKind Kind,
    string Subject,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt)
{
    public bool IsUsableAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
