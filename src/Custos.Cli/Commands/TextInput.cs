using System.Text;

namespace Custos.Cli.Commands;

/// <summary>Reading the text that <c>detect</c> and <c>redact</c> work on: a file, or standard input for '-' or none.</summary>
internal static class TextInput
{
    /// <summary>The most one whole-text read takes; larger inputs are refused with a pointer to --jsonl.</summary>
    public const int MaxCharacters = 16 * 1024 * 1024;

    /// <summary>The most one line of --jsonl input takes.</summary>
    public const int MaxLineCharacters = 1024 * 1024;

    public static string Name(string? path) => path is null or "-" ? "<stdin>" : path;

    /// <summary>Opens the input, or returns null after reporting why it cannot be read.</summary>
    public static TextReader? Open(string? path, CliOutput output)
    {
        if (path is null or "-")
        {
            return output.In;
        }

        if (!File.Exists(path))
        {
            output.Fail($"{path}: no such file; name a readable file, or '-' for standard input");
            return null;
        }

        return new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }

    /// <summary>Reads the whole input, or returns null after reporting that it is too large.</summary>
    public static async Task<string?> ReadAllAsync(TextReader reader, string name, CliOutput output, CancellationToken cancellationToken)
    {
        var buffer = new char[81920];
        var sb = new StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (sb.Length + read > MaxCharacters)
            {
                output.Fail($"{name}: the input is larger than {MaxCharacters / (1024 * 1024)} MiB characters; split it, or send it as JSON lines with 'custos detect --jsonl'");
                return null;
            }

            sb.Append(buffer, 0, read);
        }

        return sb.ToString();
    }

    /// <summary>Reads one line of at most <see cref="MaxLineCharacters"/>; an overlong line is consumed and reported as such.</summary>
    public static (string? Line, bool TooLong, bool End) ReadBoundedLine(TextReader reader)
    {
        var sb = new StringBuilder();
        var tooLong = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (c == '\n')
            {
                return (tooLong ? null : TrimCr(sb), tooLong, false);
            }

            if (sb.Length >= MaxLineCharacters)
            {
                tooLong = true;
                sb.Clear();
            }

            sb.Append((char)c);
        }

        return any ? (tooLong ? null : TrimCr(sb), tooLong, false) : (null, false, true);
    }

    private static string TrimCr(StringBuilder sb) => sb.Length > 0 && sb[^1] == '\r' ? sb.ToString(0, sb.Length - 1) : sb.ToString();
}
