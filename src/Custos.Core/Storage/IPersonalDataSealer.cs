using System.Text.Json.Nodes;

namespace Custos.Core.Storage;

/// <summary>
/// Encrypts the personal data of one ledger entry so that erasing any one of its data subjects' keys makes it
/// unreadable (crypto-shredding), and names the subjects by pseudonymous references that say nothing once the
/// key is gone. The ledger's record path calls it for every action that names data subjects.
/// </summary>
public interface IPersonalDataSealer
{
    /// <summary>
    /// Seals <paramref name="plaintext"/> (UTF-8 JSON) for <paramref name="subjects"/> (the identities the agent
    /// named, such as <c>customer:42</c>), creating a subject's key on first use. Throws when it cannot: the
    /// action then fails, because its personal data would otherwise be stored in the clear or lost.
    /// </summary>
    ValueTask<SealedPersonalData> SealAsync(IReadOnlyList<string> subjects, ReadOnlyMemory<byte> plaintext, CancellationToken cancellationToken);
}

/// <summary>The pseudonymous references (in the order of the subjects given, duplicates removed) and the sealed object the payload carries as <c>sealed</c>.</summary>
public sealed record SealedPersonalData(IReadOnlyList<string> SubjectRefs, JsonObject Sealed);
