using Custos.Detection;

namespace Custos.Core.Secrets;

/// <summary>
/// The values of the secrets Custos holds, compiled for leak detection: the screening stages scan agents' input,
/// output and tool results with it. Rebuilt when a secret is set or rotated (in any process) or the configuration
/// changes; cheap to ask for on every action. Each finding names the reference (<c>secret://builtin/github</c>),
/// and honeytokens are named <c>honeytoken secret://builtin/NAME</c>, never by value.
/// </summary>
public interface IKnownSecretValues
{
    ValueTask<KnownSecrets> GetAsync(CancellationToken cancellationToken);
}
