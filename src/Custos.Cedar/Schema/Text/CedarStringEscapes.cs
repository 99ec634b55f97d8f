using System.Globalization;
using System.Text;

namespace Custos.Cedar.Schema.Text;

/// <summary>Cedar's string escapes: <c>\n \r \t \\ \0 \' \"</c> and <c>\u{hex}</c>.</summary>
internal static class CedarStringEscapes
{
    /// <summary>Unescapes the body of a string literal; on a bad escape returns null and the offset within the body.</summary>
    public static string? Unescape(ReadOnlySpan<char> body, out int errorAt)
    {
        errorAt = -1;
        if (body.IndexOf('\\') < 0)
            return body.ToString();
        var builder = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }
            if (i + 1 >= body.Length)
            {
                errorAt = i;
                return null;
            }
            var next = body[++i];
            switch (next)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case '0': builder.Append('\0'); break;
                case '\\': builder.Append('\\'); break;
                case '\'': builder.Append('\''); break;
                case '"': builder.Append('"'); break;
                case 'u':
                    {
                        var close = i + 1 < body.Length && body[i + 1] == '{' ? body[(i + 2)..].IndexOf('}') : -1;
                        if (close is < 1 or > 6 ||
                            !int.TryParse(body.Slice(i + 2, close), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) ||
                            !Rune.IsValid(code))
                        {
                            errorAt = i - 1;
                            return null;
                        }
                        builder.Append(new Rune(code).ToString());
                        i += close + 2;
                        break;
                    }
                default:
                    errorAt = i - 1;
                    return null;
            }
        }
        return builder.ToString();
    }
}
