namespace Custos.Core.Configuration;

/// <summary>
/// How a built-in secret gets its next value when the built-in random rotator is not enough: the rotator also
/// changes the credential where it is checked (a database role, a service behind a webhook).
/// </summary>
/// <param name="Location">Where it is configured (custos.yaml), for messages.</param>
public abstract record RotatorSettings(SourceMark Location)
{
    /// <summary>The rotator's name as written under <c>rotate:</c> (<c>postgres</c>, <c>webhook</c>).</summary>
    public abstract string Kind { get; }
}

/// <summary>
/// PostgreSQL role passwords, alternating between two login roles: each rotation sets a new password on the role
/// not in use and switches the secret to it, so connections (and pools) holding the previous role's password keep
/// working until the rotation after. The secret's value is <c>Username=ROLE;Password=PASSWORD</c>.
/// </summary>
/// <param name="Password">The admin role's password, itself a secret reference.</param>
/// <param name="Roles">The two login roles, in order; the first rotation uses the first.</param>
/// <param name="SslMode">disable, prefer, require, verify-ca or verify-full (as libpq).</param>
public sealed record PostgresRotationSettings(
    string Host,
    int Port,
    string Database,
    string Username,
    SecretReference Password,
    IReadOnlyList<string> Roles,
    string SslMode,
    TimeSpan Timeout,
    SourceMark Location) : RotatorSettings(Location)
{
    public override string Kind => "postgres";
}

/// <summary>
/// A service that issues the new credential itself: Custos POSTs a signed request (HMAC-SHA256 with
/// <paramref name="SigningKey"/>) and stores the value it answers with, after checking the answer's signature.
/// </summary>
public sealed record WebhookRotationSettings(Uri Url, SecretReference SigningKey, TimeSpan Timeout, SourceMark Location) : RotatorSettings(Location)
{
    public override string Kind => "webhook";
}
