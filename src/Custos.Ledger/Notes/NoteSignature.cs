namespace Custos.Ledger.Notes;

/// <summary>One signature line of a note: the key's name, its key id, and the signature bytes (without the key id).</summary>
public sealed record NoteSignature(string Name, uint KeyId, byte[] Signature)
{
    /// <summary>The line as it appears in the note, without its newline: <c>— name base64(keyid || signature)</c>.</summary>
    public override string ToString() => $"— {Name} {Convert.ToBase64String(NoteSigner.SignatureBlob(KeyId, Signature))}";
}
