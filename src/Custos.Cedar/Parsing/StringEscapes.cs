using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Custos.Cedar.Parsing;

/// <summary>
/// Cedar's string escapes: <c>\n \r \t \\ \0 \' \"</c> and <c>\u{…}</c> (1 to 6 hex digits, a Unicode scalar
/// value); in <c>like</c> patterns also <c>\*</c> for a literal star.
/// </summary>
internal static class StringEscapes
{
    /// <summary>Unescapes a string body (without quotes); on failure returns null with the offset and reason.</summary>
    public static string? Unescape(ReadOnlySpan<char> body, out int errorOffset, out string? error)
    {
        errorOffset = 0;
        error = null;
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
            if (!TryEscape(body, ref i, builder, pattern: false, out errorOffset, out error))
                return null;
        }
        return builder.ToString();
    }

    /// <summary>Splits a pattern body into literal segments around unescaped stars.</summary>
    public static ImmutableArray<string>? UnescapePattern(ReadOnlySpan<char> body, out int errorOffset, out string? error)
    {
        errorOffset = 0;
        error = null;
        var segments = ImmutableArray.CreateBuilder<string>();
        var builder = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '*')
            {
                segments.Add(builder.ToString());
                builder.Clear();
            }
            else if (c == '\\')
            {
                if (!TryEscape(body, ref i, builder, pattern: true, out errorOffset, out error))
                    return null;
            }
            else
            {
                builder.Append(c);
            }
        }
        segments.Add(builder.ToString());
        return segments.ToImmutable();
    }

    private static bool TryEscape(ReadOnlySpan<char> body, ref int i, StringBuilder builder, bool pattern, out int errorOffset, out string? error)
    {
        errorOffset = i;
        error = null;
        if (i + 1 >= body.Length)
        {
            error = "a backslash must be followed by an escape (\\n, \\r, \\t, \\\\, \\0, \\', \\\", \\u{…}" + (pattern ? ", \\*" : "") + ")";
            return false;
        }
        var e = body[++i];
        switch (e)
        {
            case 'n': builder.Append('\n'); return true;
            case 'r': builder.Append('\r'); return true;
            case 't': builder.Append('\t'); return true;
            case '\\': builder.Append('\\'); return true;
            case '0': builder.Append('\0'); return true;
            case '\'': builder.Append('\''); return true;
            case '"': builder.Append('"'); return true;
            case '*' when pattern: builder.Append('*'); return true;
            case 'u':
                if (i + 1 < body.Length && body[i + 1] == '{')
                {
                    var close = body[(i + 2)..].IndexOf('}');
                    if (close is >= 1 and <= 6)
                    {
                        var hex = body.Slice(i + 2, close);
                        if (int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var scalar) &&
                            Rune.IsValid(scalar))
                        {
                            builder.Append(new Rune(scalar).ToString());
                            i += 2 + close;
                            return true;
                        }
                    }
                }
                error = "\\u must be followed by 1 to 6 hex digits in braces naming a Unicode scalar value, as in \\u{1F600}";
                return false;
            default:
                error = $"'\\{e}' is not an escape Cedar knows; write \\\\ for a backslash";
                return false;
        }
    }
}
