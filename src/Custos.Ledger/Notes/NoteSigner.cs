using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace Custos.Ledger.Notes;

/// <summary>
/// An Ed25519 signing key with its signed-note name. The private key lives in NSec's protected memory and
/// is never exported; keep the seed or signer key string in the secrets store, not in configuration.
/// </summary>
public sealed class NoteSigner : IDisposable
{
    private const string SignerKeyPrefix = "PRIVATE+KEY+";
    private readonly Key _key;

    private NoteSigner(string name, Key key)
    {
        Name = name;
        _key = key;
        Verifier = NoteVerifierKey.FromPublicKey(name, key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    /// <summary>The key's name, the origin a checkpoint signed by it conventionally carries.</summary>
    public string Name { get; }

    /// <summary>The public half, to hand to verifiers.</summary>
    public NoteVerifierKey Verifier { get; }

    /// <summary>The key id signatures carry.</summary>
    public uint KeyId => Verifier.KeyId;

    /// <summary>A signer from a 32-byte Ed25519 seed; a bad name or seed is a programmer error.</summary>
    public static NoteSigner Create(string name, ReadOnlySpan<byte> seed)
    {
        if (!NoteKeys.IsValidName(name))
        {
            throw new ArgumentException("A key name must be non-empty and hold no spaces or '+'.", nameof(name));
        }

        if (seed.Length != NoteKeys.SeedSize)
        {
            throw new ArgumentException($"An Ed25519 seed is {NoteKeys.SeedSize} bytes.", nameof(seed));
        }

        return new NoteSigner(name, Key.Import(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey));
    }

    /// <summary>Reads a signer key string <c>PRIVATE+KEY+name+keyid+base64(0x01 || seed)</c>.</summary>
    public static ParseResult<NoteSigner> Parse(string? signerKey)
    {
        if (signerKey is null || !signerKey.StartsWith(SignerKeyPrefix, StringComparison.Ordinal) || signerKey.Length > 1024)
        {
            return ParseResult<NoteSigner>.Fail("a signer key is PRIVATE+KEY+name+keyid+base64 seed");
        }

        var parts = signerKey[SignerKeyPrefix.Length..].Split('+', 3);
        if (parts.Length != 3 || !NoteKeys.IsValidName(parts[0]) || !NoteKeys.TryParseKeyId(parts[1], out var keyId))
        {
            return ParseResult<NoteSigner>.Fail("a signer key is PRIVATE+KEY+name+keyid+base64 seed, with a valid name and an eight-digit hex key id");
        }

        var seed = NoteKeys.DecodeBase64(parts[2], 1 + NoteKeys.SeedSize);
        if (seed is null || seed.Length != 1 + NoteKeys.SeedSize || seed[0] != NoteKeys.Ed25519Algorithm)
        {
            return ParseResult<NoteSigner>.Fail("the seed must be base64 of 0x01 (Ed25519) followed by 32 bytes");
        }

        var signer = Create(parts[0], seed.AsSpan(1));
        CryptographicOperations.ZeroMemory(seed);
        if (signer.KeyId != keyId)
        {
            signer.Dispose();
            return ParseResult<NoteSigner>.Fail("the key id does not match the name and key; the key string was altered or mistyped");
        }

        return ParseResult<NoteSigner>.Ok(signer);
    }

    /// <summary>A new random signer key string for <paramref name="name"/>, to be stored as a secret.</summary>
    public static string GenerateSignerKey(string name)
    {
        Span<byte> seed = stackalloc byte[1 + NoteKeys.SeedSize];
        seed[0] = NoteKeys.Ed25519Algorithm;
        RandomNumberGenerator.Fill(seed[1..]);
        using var signer = Create(name, seed[1..]);
        var text = $"{SignerKeyPrefix}{name}+{NoteKeys.FormatKeyId(signer.KeyId)}+{Convert.ToBase64String(seed)}";
        CryptographicOperations.ZeroMemory(seed);
        return text;
    }

    /// <summary>Signs <paramref name="text"/> and returns the whole note: the text, a blank line, and this key's signature line.</summary>
    public string Sign(string text) => new SignedNote(text, [SignatureFor(text)]).ToString();

    /// <summary>The signature of <paramref name="text"/> by this key, to add to a note that other keys may also sign.</summary>
    public NoteSignature SignatureFor(string text)
    {
        var error = SignedNote.CheckText(text);
        if (error is not null)
        {
            throw new ArgumentException($"The note text is not signable: {error}.", nameof(text));
        }

        var signature = SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(text));
        return new NoteSignature(Name, KeyId, signature);
    }

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();

    internal static byte[] SignatureBlob(uint keyId, ReadOnlySpan<byte> signature)
    {
        var blob = new byte[4 + signature.Length];
        BinaryPrimitives.WriteUInt32BigEndian(blob, keyId);
        signature.CopyTo(blob.AsSpan(4));
        return blob;
    }
}
