using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace Custos.Ledger.Notes;

/// <summary>
/// A C2SP signed note: UTF-8 text ending in a newline, a blank line, then one line per signature,
/// <c>— name base64(keyid || signature)</c>. Parsing is bounded and never throws; verification follows the
/// reference implementation: signatures by unknown keys are carried but ignored, a trusted key's signature that
/// does not verify rejects the whole note, and at least one trusted signature is required.
/// </summary>
public sealed class SignedNote
{
    /// <summary>The largest note accepted, in bytes; a checkpoint is a few hundred.</summary>
    public const int MaxNoteBytes = 64 * 1024;

    /// <summary>The most signature lines a note may carry.</summary>
    public const int MaxSignatures = 100;

    private const int MaxSignatureBytes = 4 + 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static ReadOnlySpan<byte> SignaturePrefix => "— "u8;

    /// <summary>A note from its parts; <see cref="ToString"/> gives its wire form.</summary>
    public SignedNote(string text, IReadOnlyList<NoteSignature> signatures)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(signatures);
        Text = text;
        Signatures = signatures;
    }

    /// <summary>The signed text, including its final newline.</summary>
    public string Text { get; }

    /// <summary>The signature lines, in order.</summary>
    public IReadOnlyList<NoteSignature> Signatures { get; }

    /// <summary>Reads a note from text; see <see cref="Parse(ReadOnlySpan{byte})"/>.</summary>
    public static ParseResult<SignedNote> Parse(string? note)
    {
        if (note is null)
        {
            return ParseResult<SignedNote>.Fail("the note is missing");
        }

        if (note.Length > MaxNoteBytes)
        {
            return ParseResult<SignedNote>.Fail($"the note is longer than {MaxNoteBytes} bytes");
        }

        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(note);
        }
        catch (EncoderFallbackException)
        {
            return ParseResult<SignedNote>.Fail("the note holds an unpaired surrogate and is not valid UTF-8");
        }

        return Parse(bytes);
    }

    /// <summary>Reads a note's wire form, checking its shape but not its signatures.</summary>
    public static ParseResult<SignedNote> Parse(ReadOnlySpan<byte> note)
    {
        if (note.Length > MaxNoteBytes)
        {
            return ParseResult<SignedNote>.Fail($"the note is {note.Length} bytes, more than the limit of {MaxNoteBytes}");
        }

        if (!Utf8.IsValid(note))
        {
            return ParseResult<SignedNote>.Fail("the note is not valid UTF-8");
        }

        for (var i = 0; i < note.Length; i++)
        {
            if (note[i] < 0x20 && note[i] != (byte)'\n')
            {
                return ParseResult<SignedNote>.Fail($"the note holds control character 0x{note[i]:x2} at byte {i}; only newlines are allowed");
            }
        }

        var split = note.LastIndexOf("\n\n"u8);
        if (split < 0)
        {
            return ParseResult<SignedNote>.Fail("the note has no blank line before its signatures");
        }

        var text = note[..(split + 1)];
        var block = note[(split + 2)..];
        if (block.IsEmpty || block[^1] != (byte)'\n')
        {
            return ParseResult<SignedNote>.Fail("the note has no signature lines, or its last line does not end in a newline");
        }

        var signatures = new List<NoteSignature>();
        var lineNumber = text.Count((byte)'\n') + 1;
        while (!block.IsEmpty)
        {
            lineNumber++;
            var end = block.IndexOf((byte)'\n');
            var line = block[..end];
            block = block[(end + 1)..];
            if (signatures.Count == MaxSignatures)
            {
                return ParseResult<SignedNote>.Fail($"the note has more than {MaxSignatures} signatures");
            }

            var signature = ParseSignatureLine(line, out var error);
            if (signature is null)
            {
                return ParseResult<SignedNote>.Fail($"line {lineNumber}: {error}");
            }

            signatures.Add(signature);
        }

        return ParseResult<SignedNote>.Ok(new SignedNote(Encoding.UTF8.GetString(text), signatures));
    }

    /// <summary>Reads a note and checks it against <paramref name="trusted"/> keys in one step.</summary>
    public static NoteVerification Open(string? note, IReadOnlyCollection<NoteVerifierKey> trusted)
    {
        var parsed = Parse(note);
        return parsed.IsSuccess ? parsed.Value!.Verify(trusted) : NoteVerification.Fail(parsed.Error!);
    }

    /// <summary>Checks the signatures by <paramref name="trusted"/> keys over the text.</summary>
    public NoteVerification Verify(IReadOnlyCollection<NoteVerifierKey> trusted)
    {
        ArgumentNullException.ThrowIfNull(trusted);
        var textError = CheckText(Text);
        if (textError is not null)
        {
            return NoteVerification.Fail($"the note text is malformed: {textError}", this);
        }

        var textBytes = Encoding.UTF8.GetBytes(Text);
        var verified = new List<string>();
        var seen = new HashSet<(string, uint)>();
        foreach (var signature in Signatures)
        {
            NoteVerifierKey? key = null;
            foreach (var candidate in trusted)
            {
                if (candidate.KeyId == signature.KeyId && string.Equals(candidate.Name, signature.Name, StringComparison.Ordinal))
                {
                    key = candidate;
                    break;
                }
            }

            if (key is null || !seen.Add((signature.Name, signature.KeyId)))
            {
                continue;
            }

            if (!key.Verifies(textBytes, signature.Signature))
            {
                return NoteVerification.Fail(
                    $"the signature by {signature.Name}+{NoteKeys.FormatKeyId(signature.KeyId)} does not verify: the text was changed after signing or the signature is forged", this);
            }

            verified.Add(signature.Name);
        }

        if (verified.Count == 0)
        {
            var names = string.Join(", ", trusted.Select(k => $"{k.Name}+{NoteKeys.FormatKeyId(k.KeyId)}"));
            return NoteVerification.Fail(Signatures.Count == 0
                ? "the note carries no signatures"
                : $"the note carries no signature by a trusted key (trusted: {names})", this);
        }

        return NoteVerification.Ok(this, verified);
    }

    /// <summary>The wire form: text, blank line, one line per signature.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(Text).Append('\n');
        foreach (var signature in Signatures)
        {
            builder.Append(signature).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Null when <paramref name="text"/> can be signed: non-empty, ending in a newline, no control characters but newlines.</summary>
    internal static string? CheckText(string text)
    {
        if (text.Length == 0 || text[^1] != '\n')
        {
            return "it must end with a newline";
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 && c != '\n')
            {
                return $"it holds control character 0x{(int)c:x2} at position {i}";
            }

            if (char.IsSurrogate(c) && (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[++i])))
            {
                return "it holds an unpaired surrogate";
            }
        }

        return null;
    }

    private static NoteSignature? ParseSignatureLine(ReadOnlySpan<byte> line, out string? error)
    {
        error = null;
        if (!line.StartsWith(SignaturePrefix))
        {
            error = "a signature line starts with an em dash and a space";
            return null;
        }

        line = line[SignaturePrefix.Length..];
        var space = line.IndexOf((byte)' ');
        if (space < 0)
        {
            error = "a signature line is '— name signature'";
            return null;
        }

        var name = Encoding.UTF8.GetString(line[..space]);
        if (!NoteKeys.IsValidName(name))
        {
            error = "the key name is empty or holds spaces or '+'";
            return null;
        }

        var blob = NoteKeys.DecodeBase64(Encoding.ASCII.GetString(line[(space + 1)..]), MaxSignatureBytes);
        if (blob is null || blob.Length < 5 || blob.Length > MaxSignatureBytes)
        {
            error = "the signature is not canonical base64 of a key id and a signature";
            return null;
        }

        return new NoteSignature(name, BinaryPrimitives.ReadUInt32BigEndian(blob), blob.AsSpan(4).ToArray());
    }
}
