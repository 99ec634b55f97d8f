using Custos.Core.Configuration;

namespace Custos.Core.Secrets;

/// <summary><c>secret://env/NAME</c>: an environment variable of the Custos process.</summary>
public sealed class EnvironmentSecretProvider(Func<string, string?>? environment = null) : ISecretProvider
{
    public string Name => "env";

    public ValueTask<ProvidedSecret> GetAsync(SecretReference reference, SecretScope? scope, CustosConfig config, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ProvidedSecret(LocalSecrets.ReadEnvironment(reference, environment)));
}

/// <summary><c>secret://file/PATH</c>: a mounted file readable by its owner only; a relative path is taken from custos.yaml's directory.</summary>
public sealed class FileSecretProvider : ISecretProvider
{
    public string Name => "file";

    public ValueTask<ProvidedSecret> GetAsync(SecretReference reference, SecretScope? scope, CustosConfig config, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        return ValueTask.FromResult(new ProvidedSecret(LocalSecrets.ReadFile(reference, Path.GetDirectoryName(config.SourcePath))));
    }
}

/// <summary>A provider this build cannot reach; every use fails with a message that says so and what to use instead.</summary>
public sealed class UnavailableSecretProvider(string name, string why) : ISecretProvider
{
    public string Name => name;

    public ValueTask<ProvidedSecret> GetAsync(SecretReference reference, SecretScope? scope, CustosConfig config, CancellationToken cancellationToken) =>
        throw new SecretResolutionException($"{reference}: {why}") { Failure = SecretFailure.ProviderFailed };
}
