using Custos.Core.Configuration;

namespace Custos.Core.Secrets;

/// <summary>
/// Makes a built-in secret's next value and puts it in force where the credential is checked (a database role, a
/// service behind a webhook). It must leave the current value working when it fails, and never put a value in an
/// exception message or a log line.
/// </summary>
public interface ISecretRotator
{
    /// <summary>The rotator's name under <c>rotate:</c> (<see cref="RotatorSettings.Kind"/>).</summary>
    string Kind { get; }

    /// <summary>Returns the new value (already in force), with a note for the ledger that holds no value.</summary>
    /// <exception cref="SecretRotationException">The rotation did not happen; the message says why and names no value.</exception>
    Task<RotatedValue> RotateAsync(SecretRotationRequest request, CancellationToken cancellationToken);
}

/// <param name="Name">The built-in secret's name.</param>
/// <param name="Settings">The rotator's settings from custos.yaml.</param>
/// <param name="CurrentValue">The current value; null when the secret has none yet.</param>
/// <param name="Secrets">Resolves the rotator's own credentials (the admin password, the signing key) for system <c>custos.rotation</c>.</param>
public sealed record SecretRotationRequest(string Name, RotatorSettings Settings, string? CurrentValue, int? CurrentVersion, ISecretResolver Secrets)
{
    /// <summary>The system the rotator's own credentials are resolved for: scope them to it.</summary>
    public const string System = "custos.rotation";

    public override string ToString() => $"rotation of {Name} by {Settings.Kind} (values hidden)";
}

/// <param name="Note">What was done, for the ledger and the operator (a role name, a URL), never a value.</param>
public sealed record RotatedValue(string Value, string Note)
{
    public override string ToString() => $"{Note} (value hidden)";
}

/// <summary>A rotation did not happen. The message names what failed and how to fix it, never a value.</summary>
public sealed class SecretRotationException : Exception
{
    public SecretRotationException()
    {
    }

    public SecretRotationException(string message)
        : base(message)
    {
    }

    public SecretRotationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
