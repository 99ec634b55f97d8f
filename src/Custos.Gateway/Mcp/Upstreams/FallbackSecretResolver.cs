using Custos.Core.Configuration;
using Custos.Core.Secrets;

namespace Custos.Gateway.Mcp.Upstreams;

/// <summary>
/// The smallest <see cref="ISecretResolver"/>: <c>secret://env/NAME</c> reads an environment variable of the
/// Custos process and <c>secret://file/PATH</c> a file (relative to the workspace folder), with an optional
/// <c>#KEY</c> picking a <c>KEY=value</c> line. Registered only when no other resolver is, so the secrets
/// broker replaces it without a change here. Messages name the reference, never a value.
/// </summary>
public sealed class FallbackSecretResolver(IConfigSource config) : ISecretResolver
{
    public async ValueTask<SecretValue> ResolveAsync(SecretReference reference, SecretUse use, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(use);
        string? text;
        switch (reference.Provider)
        {
            case "env":
                text = Environment.GetEnvironmentVariable(reference.Path);
                if (text is null)
                {
                    throw new SecretResolutionException($"{reference} (for {use.System}): the environment variable {reference.Path} is not set in the Custos process; set it before 'custos serve'");
                }

                break;
            case "file":
                var folder = Path.GetDirectoryName(config.Current.SourcePath) ?? ".";
                var path = Path.GetFullPath(reference.Path, folder);
                try
                {
                    text = await File.ReadAllTextAsync(path, cancellationToken);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new SecretResolutionException($"{reference} (for {use.System}): the file {reference.Path} cannot be read ({ex.GetType().Name}); create it readable by Custos only", ex);
                }

                break;
            default:
                throw new SecretResolutionException($"{reference} (for {use.System}): the {reference.Provider} provider is not available in this build; use secret://env/… or secret://file/…");
        }

        return new SecretValue(reference, reference.Key is null ? text.TrimEnd('\r', '\n') : PickKey(reference, use, text));
    }

    private static string PickKey(SecretReference reference, SecretUse use, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && line.AsSpan(0, eq).Trim().SequenceEqual(reference.Key))
            {
                return line[(eq + 1)..].Trim();
            }
        }

        throw new SecretResolutionException($"{reference} (for {use.System}): no line '{reference.Key}=…' in {reference.Provider}/{reference.Path}");
    }
}
