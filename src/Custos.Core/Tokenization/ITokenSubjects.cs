using System.Text.Json.Nodes;
using Custos.Ledger.Privacy;

namespace Custos.Core.Tokenization;

/// <summary>
/// The data subjects' keys of the ledger (crypto-shredding), as the token vault uses them: a value redacted in an
/// action that names data subjects is sealed under their keys too, so erasing any of them makes its token
/// unrecoverable, as it makes the action's record unreadable.
/// </summary>
public interface ITokenSubjects
{
    /// <summary>Seals <paramref name="plaintext"/> for <paramref name="subjects"/> (identities such as <c>customer:42</c>); returns their references and the sealed object.</summary>
    ValueTask<Storage.SealedPersonalData> SealAsync(IReadOnlyList<string> subjects, ReadOnlyMemory<byte> plaintext, CancellationToken cancellationToken);

    /// <summary>Opens an object <see cref="SealAsync"/> made; <see cref="OpenStatus.KeyErased"/> when a subject was erased.</summary>
    OpenResult Open(JsonNode? sealedObject);
}
