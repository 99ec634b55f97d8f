using System.Text;
using Custos.Ledger.Notes;

namespace Custos.Ledger.Bundles;

/// <summary>
/// <c>checkpoints.txt</c>: the signed notes one after another, each followed by one empty line. A checkpoint's
/// text has no empty line, so a note is its text lines, an empty line, its signature lines, and the empty line
/// that ends it. Only the framing is checked here; the verifier checks each note's shape and signatures.
/// </summary>
internal static class CheckpointsText
{
    public static byte[] Format(IEnumerable<string> notes)
    {
        var builder = new StringBuilder();
        foreach (var note in notes)
        {
            if (FramingError(note) is { } error)
            {
                throw new ArgumentException($"A stored checkpoint cannot be written to {LedgerBundle.CheckpointsFile}: {error}.", nameof(notes));
            }

            builder.Append(note).Append('\n');
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    public static ParseResult<List<BundleCheckpoint>> Parse(byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return Fail($"at byte {ex.Index}: the file is not valid UTF-8");
        }

        if (text.Length > 0 && text[^1] != '\n')
        {
            return Fail($"line {text.Count(c => c == '\n') + 1}: the file does not end with a newline; it is truncated");
        }

        var result = new List<BundleCheckpoint>();
        var lines = text.Length == 0 ? [] : text[..^1].Split('\n');
        var note = new StringBuilder();
        var start = 0;
        var inSignatures = false;
        var signatures = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (line.Contains('\r', StringComparison.Ordinal))
            {
                return Fail($"line {number}: a carriage return; lines end with a newline alone");
            }

            if (line.Length > 0)
            {
                if (note.Length == 0)
                {
                    start = number;
                }

                if (inSignatures)
                {
                    signatures++;
                }

                note.Append(line).Append('\n');
                if (note.Length > SignedNote.MaxNoteBytes)
                {
                    return Fail($"line {number}: the checkpoint starting at line {start} is longer than {SignedNote.MaxNoteBytes} characters");
                }

                continue;
            }

            if (note.Length == 0)
            {
                return Fail($"line {number}: an empty line where a checkpoint should start; each note is followed by exactly one empty line");
            }

            if (!inSignatures)
            {
                inSignatures = true;
                note.Append('\n');
                continue;
            }

            if (signatures == 0)
            {
                return Fail($"line {number}: the checkpoint starting at line {start} has no signature lines");
            }

            result.Add(new BundleCheckpoint(start, note.ToString()));
            note.Clear();
            inSignatures = false;
            signatures = 0;
        }

        return note.Length == 0
            ? ParseResult<List<BundleCheckpoint>>.Ok(result)
            : Fail($"line {lines.Length}: the file ends inside the checkpoint starting at line {start}; each note must end with its signatures and one empty line");
    }

    /// <summary>Null when <paramref name="note"/> can be framed: a note whose text has no empty line, with signatures.</summary>
    private static string? FramingError(string? note)
    {
        var parsed = SignedNote.Parse(note);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        var text = parsed.Value!.Text;
        return text.StartsWith('\n') || text.Contains("\n\n", StringComparison.Ordinal) || note!.Contains('\r', StringComparison.Ordinal)
            ? "its text holds an empty line or a carriage return, which no checkpoint does"
            : null;
    }

    private static ParseResult<List<BundleCheckpoint>> Fail(string error) => ParseResult<List<BundleCheckpoint>>.Fail($"{LedgerBundle.CheckpointsFile}: {error}");
}
