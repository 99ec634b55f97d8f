using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;

namespace Custos.Core.Agents;

/// <summary>
/// Issues, lists and revokes agent and admin tokens. Tokens always expire. Issuing and revoking are recorded
/// in the audit trail (the token's id, never the token); a token whose issue cannot be recorded is not issued.
/// </summary>
public sealed class TokenIssuer(ICredentialStore store, IActionRecorder recorder, TimeProvider clock)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(90);
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(366);

    public const string Resource = $"{BuiltInSystem.Name}.tokens";

    public async Task<IssuedToken> IssueAsync(TokenKind kind, string subject, TimeSpan lifetime, string issuedBy, ActionChannel channel, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        if (lifetime <= TimeSpan.Zero || lifetime > MaxLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), $"a token lives between 1 minute and {MaxLifetime.TotalDays} days");
        }

        var token = AgentToken.Generate();
        var hash = AgentToken.Hash(token);
        var now = clock.GetUtcNow();
        var record = new TokenRecord(AgentToken.IdFromHash(hash), kind, subject, now, now + lifetime, null);
        await recorder.RecordAsync(
            ActionRecord.ForEvent(now, channel, issuedBy, "create", Resource, $"{issuedBy} issued {kind.ToString().ToLowerInvariant()} token {record.Id} for {subject}, expiring {record.ExpiresAt:u}"),
            cancellationToken);
        await store.AddAsync(record, hash, cancellationToken);
        return new IssuedToken(record, token);
    }

    /// <summary>
    /// Revokes a token of the given kind at once, then records it: a revocation is never held back by the audit
    /// trail. False when there is no unrevoked token of that kind with that id.
    /// </summary>
    public async Task<bool> RevokeAsync(string id, TokenKind kind, string revokedBy, ActionChannel channel, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tokens = await store.ListAsync(null, cancellationToken);
        if (!tokens.Any(t => t.Id == id && t.Kind == kind) || !await store.RevokeAsync(id, now, cancellationToken))
        {
            return false;
        }

        await recorder.RecordAsync(ActionRecord.ForEvent(now, channel, revokedBy, "delete", Resource, $"{revokedBy} revoked token {id}"), cancellationToken);
        return true;
    }

    public Task<IReadOnlyList<TokenRecord>> ListAsync(string? subject, CancellationToken cancellationToken) =>
        store.ListAsync(subject, cancellationToken);

    /// <summary>Checks an operator's admin token; returns its record when usable, else null.</summary>
    public async ValueTask<TokenRecord?> VerifyAdminAsync(string? presented, CancellationToken cancellationToken)
    {
        if (presented is null || !AgentToken.IsWellFormed(presented))
        {
            return null;
        }

        var record = await store.FindByHashAsync(AgentToken.Hash(presented), cancellationToken);
        return record is { Kind: TokenKind.Admin } && record.IsUsableAt(clock.GetUtcNow()) ? record : null;
    }

    /// <summary>Parses lifetimes such as 30d, 12h, 90m or 1y.</summary>
    public static bool TryParseLifetime(string text, out TimeSpan lifetime)
    {
        lifetime = default;
        if (string.IsNullOrEmpty(text) || text.Length > 8 || !int.TryParse(text.AsSpan(0, text.Length - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return false;
        }

        lifetime = text[^1] switch
        {
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            'y' => TimeSpan.FromDays(365.0 * amount),
            _ => TimeSpan.Zero,
        };
        return lifetime > TimeSpan.Zero && lifetime <= MaxLifetime;
    }
}
