namespace Custos.Core.Secrets;

/// <summary>Who uses a secret and why: the scope it is checked against and what its use is recorded as.</summary>
/// <param name="Agent">The agent the upstream call is made for; null when Custos uses the secret for itself (starting an upstream, signing the ledger).</param>
/// <param name="System">The system the credential is injected into (from custos.yaml), or a Custos purpose such as <c>custos.ledger</c>.</param>
/// <param name="ActionId">The action the use belongs to, when there is one.</param>
public sealed record SecretUse(string? Agent, string System, Guid? ActionId = null);

/// <summary>
/// Turns <c>secret://PROVIDER/PATH#KEY</c> references into values, for one use at a time. Implementations
/// check the use against the secret's scope, may cache briefly, and never log or throw the value.
/// </summary>
public interface ISecretResolver
{
    /// <exception cref="SecretResolutionException">The secret is missing, out of scope or its provider failed; the message names the reference and says how to fix it, never the value.</exception>
    ValueTask<SecretValue> ResolveAsync(Configuration.SecretReference reference, SecretUse use, CancellationToken cancellationToken);
}

/// <summary>A secret could not be resolved. The message names the reference, never a value.</summary>
public sealed class SecretResolutionException : Exception
{
    /// <summary>Why: the inject stage refuses (denies) an out-of-scope use or a honeytoken, and fails on the rest.</summary>
    public SecretFailure Failure { get; init; } = SecretFailure.ProviderFailed;

    public SecretResolutionException()
    {
    }

    public SecretResolutionException(string message)
        : base(message)
    {
    }

    public SecretResolutionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Why a secret could not be resolved.</summary>
public enum SecretFailure
{
    /// <summary>The provider could not be reached or answered with an error; retrying may help.</summary>
    ProviderFailed,

    /// <summary>The provider has no such secret (or field).</summary>
    NotFound,

    /// <summary>The use is outside the secret's scope (custos.yaml <c>secrets.scopes</c>).</summary>
    OutOfScope,

    /// <summary>The secret is a honeytoken: any use of it is an alert.</summary>
    Honeytoken,

    /// <summary>The stored secret failed its integrity check or the master key is not the one it was sealed with.</summary>
    Integrity,
}
