namespace Custos.Ledger.Notes;

/// <summary>
/// The outcome of opening a signed note: valid with the note and the trusted keys that signed it, or the reason it
/// must not be trusted (malformed, a trusted key's signature that does not verify, no trusted signature at all).
/// </summary>
public sealed record NoteVerification(bool IsValid, SignedNote? Note, IReadOnlyList<string> VerifiedBy, string? Failure)
{
    internal static NoteVerification Ok(SignedNote note, IReadOnlyList<string> verifiedBy) => new(true, note, verifiedBy, null);

    internal static NoteVerification Fail(string failure, SignedNote? note = null) => new(false, note, [], failure);
}
