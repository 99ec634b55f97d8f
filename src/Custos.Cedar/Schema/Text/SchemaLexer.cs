namespace Custos.Cedar.Schema.Text;

/// <summary>Splits human-readable schema text into tokens; comments and whitespace are skipped.</summary>
internal static class SchemaLexer
{
    /// <summary>The tokens, ending with an End token; or null with the offset and message of the first lexical error.</summary>
    public static List<SchemaToken>? Tokenize(string text, out int errorAt, out string? error)
    {
        errorAt = 0;
        error = null;
        var tokens = new List<SchemaToken>();
        var i = 0;
        while (true)
        {
            while (i < text.Length)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
                else if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/')
                {
                    while (i < text.Length && text[i] != '\n' && text[i] != '\r')
                        i++;
                }
                else
                {
                    break;
                }
            }
            if (i >= text.Length)
            {
                tokens.Add(new SchemaToken(SchemaTokenKind.End, "", text.Length, ""));
                return tokens;
            }
            var start = i;
            var c = text[i];
            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                    i++;
                var word = text[start..i];
                tokens.Add(new SchemaToken(SchemaTokenKind.Identifier, word, start, word));
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                    i++;
                var number = text[start..i];
                tokens.Add(new SchemaToken(SchemaTokenKind.Number, number, start, number));
            }
            else if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"')
                    i += text[i] == '\\' && i + 1 < text.Length ? 2 : 1;
                if (i >= text.Length)
                {
                    errorAt = start;
                    error = "unterminated string: expected a closing '\"'";
                    return null;
                }
                var value = Parsing.StringEscapes.Unescape(text.AsSpan(start + 1, i - start - 1), out var badEscape, out var escapeError);
                if (value is null)
                {
                    errorAt = start + 1 + badEscape;
                    error = "invalid escape in string: " + escapeError;
                    return null;
                }
                i++;
                tokens.Add(new SchemaToken(SchemaTokenKind.String, text[start..i], start, value));
            }
            else if (c == ':' && i + 1 < text.Length && text[i + 1] == ':')
            {
                i += 2;
                tokens.Add(new SchemaToken(SchemaTokenKind.Punctuation, "::", start, "::"));
            }
            else if (",;:{}[]<>=?@()".Contains(c, StringComparison.Ordinal))
            {
                i++;
                tokens.Add(new SchemaToken(SchemaTokenKind.Punctuation, c.ToString(), start, c.ToString()));
            }
            else
            {
                errorAt = start;
                error = $"unexpected character '{c}': expected a declaration, a name, a string or punctuation";
                return null;
            }
        }
    }
}
