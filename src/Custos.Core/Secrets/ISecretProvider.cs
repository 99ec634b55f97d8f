using Custos.Core.Configuration;

namespace Custos.Core.Secrets;

/// <summary>One source of secrets (<c>builtin</c>, <c>env</c>, <c>file</c>, <c>vault</c>, <c>azure</c>), behind the broker.</summary>
public interface ISecretProvider
{
    /// <summary>The provider name as written in references.</summary>
    string Name { get; }

    /// <exception cref="SecretResolutionException">The secret is missing or the provider failed; the message names the reference, never a value.</exception>
    ValueTask<ProvidedSecret> GetAsync(SecretReference reference, SecretScope? scope, CustosConfig config, CancellationToken cancellationToken);
}

/// <summary>A value as a provider returned it.</summary>
/// <param name="Version">The provider's version of the value, when it has versions.</param>
public sealed record ProvidedSecret(string Value, SecretKind Kind = SecretKind.Secret, int? Version = null)
{
    public override string ToString() => $"{Kind} version {Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} (value hidden)";
}
