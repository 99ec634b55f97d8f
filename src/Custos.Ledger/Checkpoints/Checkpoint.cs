using System.Globalization;
using System.Text;
using Custos.Ledger.Notes;
using Custos.Ledger.Tree;

namespace Custos.Ledger.Checkpoints;

/// <summary>
/// A C2SP tlog-checkpoint: the log's origin, its size and its root hash, plus optional extension lines. Signed as
/// a note, it is the log's commitment that the first <see cref="Size"/> entries hash to <see cref="RootHash"/>.
/// </summary>
public sealed class Checkpoint
{
    /// <summary>The most extension lines a checkpoint may carry.</summary>
    public const int MaxExtensionLines = 32;

    /// <summary>The longest line (origin or extension) accepted, in characters.</summary>
    public const int MaxLineLength = 1024;

    private readonly byte[] _rootHash;

    /// <summary>A checkpoint from its parts; a bad part is a programmer error.</summary>
    public Checkpoint(string origin, long size, ReadOnlySpan<byte> rootHash, IReadOnlyList<string>? extensions = null)
    {
        extensions ??= [];
        if (CheckLine(origin) is { } originError)
        {
            throw new ArgumentException($"The origin {originError}.", nameof(origin));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(size);
        MerkleHash.CheckHash(rootHash, nameof(rootHash));
        if (extensions.Count > MaxExtensionLines || extensions.Any(e => CheckLine(e) is not null))
        {
            throw new ArgumentException($"Extension lines must be non-empty single lines, at most {MaxExtensionLines}.", nameof(extensions));
        }

        Origin = origin;
        Size = size;
        _rootHash = rootHash.ToArray();
        Extensions = extensions;
    }

    /// <summary>The log's unique name, conventionally a schema-less URL such as <c>custos.example.com/ledger</c>.</summary>
    public string Origin { get; }

    /// <summary>The number of entries the checkpoint covers.</summary>
    public long Size { get; }

    /// <summary>The RFC 9162 root hash of the first <see cref="Size"/> entries.</summary>
    public ReadOnlySpan<byte> RootHash => _rootHash;

    /// <summary>Lines after the root hash that this library carries but does not interpret.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads a checkpoint body (the note text); never throws on malformed input.</summary>
    public static ParseResult<Checkpoint> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text[^1] != '\n')
        {
            return ParseResult<Checkpoint>.Fail("a checkpoint is non-empty and ends with a newline");
        }

        if (text.Length > SignedNote.MaxNoteBytes)
        {
            return ParseResult<Checkpoint>.Fail($"the checkpoint is longer than {SignedNote.MaxNoteBytes} characters");
        }

        var lines = text[..^1].Split('\n');
        if (lines.Length < 3)
        {
            return ParseResult<Checkpoint>.Fail("a checkpoint has at least three lines: origin, tree size, root hash");
        }

        if (lines.Length > 3 + MaxExtensionLines)
        {
            return ParseResult<Checkpoint>.Fail($"the checkpoint has more than {MaxExtensionLines} extension lines");
        }

        if (CheckLine(lines[0]) is { } originError)
        {
            return ParseResult<Checkpoint>.Fail($"line 1: the origin {originError}");
        }

        if (!TryParseSize(lines[1], out var size))
        {
            return ParseResult<Checkpoint>.Fail("line 2: the tree size must be a decimal number without sign or leading zeros");
        }

        var root = NoteKeys.DecodeBase64(lines[2], MerkleHash.Size);
        if (root is null || root.Length != MerkleHash.Size)
        {
            return ParseResult<Checkpoint>.Fail($"line 3: the root hash must be canonical base64 of {MerkleHash.Size} bytes");
        }

        for (var i = 3; i < lines.Length; i++)
        {
            if (CheckLine(lines[i]) is { } extensionError)
            {
                return ParseResult<Checkpoint>.Fail($"line {i + 1}: an extension line {extensionError}");
            }
        }

        return ParseResult<Checkpoint>.Ok(new Checkpoint(lines[0], size, root, lines[3..]));
    }

    /// <summary>Opens a signed checkpoint: the note must verify with a trusted key and its origin must be <paramref name="expectedOrigin"/>.</summary>
    public static ParseResult<Checkpoint> Open(string? signedNote, IReadOnlyCollection<NoteVerifierKey> trusted, string expectedOrigin)
    {
        var verification = SignedNote.Open(signedNote, trusted);
        if (!verification.IsValid)
        {
            return ParseResult<Checkpoint>.Fail(verification.Failure!);
        }

        var checkpoint = Parse(verification.Note!.Text);
        if (!checkpoint.IsSuccess)
        {
            return checkpoint;
        }

        return string.Equals(checkpoint.Value!.Origin, expectedOrigin, StringComparison.Ordinal)
            ? checkpoint
            : ParseResult<Checkpoint>.Fail($"the checkpoint is for origin '{checkpoint.Value.Origin}', not '{expectedOrigin}'");
    }

    /// <summary>Signs the checkpoint body and returns the signed note.</summary>
    public string Sign(NoteSigner signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        return signer.Sign(ToString());
    }

    /// <summary>The checkpoint body: origin, size, base64 root hash and extension lines, each ending in a newline.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder()
            .Append(Origin).Append('\n')
            .Append(Size.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(Convert.ToBase64String(_rootHash)).Append('\n');
        foreach (var extension in Extensions)
        {
            builder.Append(extension).Append('\n');
        }

        return builder.ToString();
    }

    private static bool TryParseSize(string text, out long size)
    {
        size = 0;
        if (text.Length is 0 or > 19 || (text.Length > 1 && text[0] == '0') || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out size);
    }

    private static string? CheckLine(string? line)
    {
        if (string.IsNullOrEmpty(line))
        {
            return "must not be empty";
        }

        if (line.Length > MaxLineLength)
        {
            return $"is longer than {MaxLineLength} characters";
        }

        return line.Any(char.IsControl) ? "must not hold control characters or newlines" : null;
    }
}
