using NSec.Cryptography;

namespace Custos.Ledger.Notes;

/// <summary>
/// A trusted Ed25519 public key in the signed-note verifier key form <c>name+keyid+base64(0x01 || key)</c>,
/// the string an auditor is given to check the ledger's checkpoints offline.
/// </summary>
public sealed class NoteVerifierKey
{
    private const int MaxKeyTextLength = 1024;
    private readonly byte[] _publicKeyBytes;
    private readonly PublicKey _publicKey;

    private NoteVerifierKey(string name, uint keyId, byte[] publicKey, PublicKey nsecKey)
    {
        Name = name;
        KeyId = keyId;
        _publicKeyBytes = publicKey;
        _publicKey = nsecKey;
    }

    /// <summary>The key's name, which signature lines carry.</summary>
    public string Name { get; }

    /// <summary>The four-byte key id, which signatures carry to say which key made them.</summary>
    public uint KeyId { get; }

    /// <summary>The raw 32-byte Ed25519 public key.</summary>
    public ReadOnlySpan<byte> PublicKey => _publicKeyBytes;

    /// <summary>Reads a verifier key string; a wrong key id, an unknown algorithm or a malformed part is an error value.</summary>
    public static ParseResult<NoteVerifierKey> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxKeyTextLength)
        {
            return ParseResult<NoteVerifierKey>.Fail("a verifier key is name+keyid+key and must not be empty or longer than 1024 characters");
        }

        var parts = text.Split('+', 3);
        if (parts.Length != 3)
        {
            return ParseResult<NoteVerifierKey>.Fail("a verifier key has three parts separated by '+': name+keyid+base64 key");
        }

        if (!NoteKeys.IsValidName(parts[0]))
        {
            return ParseResult<NoteVerifierKey>.Fail("the key name must be non-empty and hold no spaces or '+'");
        }

        if (!NoteKeys.TryParseKeyId(parts[1], out var keyId))
        {
            return ParseResult<NoteVerifierKey>.Fail("the key id must be eight hex digits");
        }

        var key = NoteKeys.DecodeBase64(parts[2], 1 + NoteKeys.PublicKeySize);
        if (key is null || key.Length != 1 + NoteKeys.PublicKeySize || key[0] != NoteKeys.Ed25519Algorithm)
        {
            return ParseResult<NoteVerifierKey>.Fail("the key must be base64 of 0x01 (Ed25519) followed by a 32-byte public key");
        }

        var publicKey = key.AsSpan(1).ToArray();
        if (NoteKeys.KeyId(parts[0], publicKey) != keyId)
        {
            return ParseResult<NoteVerifierKey>.Fail("the key id does not match the name and key; the key string was altered or mistyped");
        }

        if (!NSec.Cryptography.PublicKey.TryImport(SignatureAlgorithm.Ed25519, publicKey, KeyBlobFormat.RawPublicKey, out var nsecKey) || nsecKey is null)
        {
            return ParseResult<NoteVerifierKey>.Fail("the public key is not a valid Ed25519 point");
        }

        return ParseResult<NoteVerifierKey>.Ok(new NoteVerifierKey(parts[0], keyId, publicKey, nsecKey));
    }

    internal static NoteVerifierKey FromPublicKey(string name, byte[] publicKey)
    {
        var nsecKey = NSec.Cryptography.PublicKey.Import(SignatureAlgorithm.Ed25519, publicKey, KeyBlobFormat.RawPublicKey);
        return new NoteVerifierKey(name, NoteKeys.KeyId(name, publicKey), publicKey, nsecKey);
    }

    internal bool Verifies(ReadOnlySpan<byte> text, ReadOnlySpan<byte> signature) =>
        signature.Length == NoteKeys.SignatureSize && SignatureAlgorithm.Ed25519.Verify(_publicKey, text, signature);

    /// <summary>The verifier key string, <c>name+keyid+base64(0x01 || key)</c>.</summary>
    public override string ToString() =>
        $"{Name}+{NoteKeys.FormatKeyId(KeyId)}+{Convert.ToBase64String([NoteKeys.Ed25519Algorithm, .. _publicKeyBytes])}";
}
