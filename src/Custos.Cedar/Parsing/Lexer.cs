namespace Custos.Cedar.Parsing;

/// <summary>
/// Splits Cedar source (policies or schema) into tokens. Comments (<c>// …</c>) and whitespace are skipped but
/// remembered by position so the formatter can keep them. Never throws: a bad character is an Invalid token and
/// an unterminated string runs to the end, for the parser to report with its line and column.
/// </summary>
internal sealed class Lexer
{
    private readonly string _text;
    private int _position;

    public Lexer(string text) => _text = text;

    public List<Token> Comments { get; } = [];

    public static bool IsIdentifierStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    public static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || c is >= '0' and <= '9';

    public Token Next()
    {
        SkipTrivia();
        var text = _text;
        if (_position >= text.Length)
            return new Token(TokenKind.End, text.Length, text.Length);
        var start = _position;
        var c = text[_position];
        if (IsIdentifierStart(c))
        {
            _position++;
            while (_position < text.Length && IsIdentifierPart(text[_position]))
                _position++;
            return new Token(TokenKind.Identifier, start, _position);
        }
        if (c is >= '0' and <= '9')
        {
            _position++;
            while (_position < text.Length && text[_position] is >= '0' and <= '9')
                _position++;
            return new Token(TokenKind.Integer, start, _position);
        }
        if (c == '"')
            return LexString(start);
        _position++;
        var next = _position < text.Length ? text[_position] : '\0';
        switch (c)
        {
            case '(': return new Token(TokenKind.LParen, start, _position);
            case ')': return new Token(TokenKind.RParen, start, _position);
            case '{': return new Token(TokenKind.LBrace, start, _position);
            case '}': return new Token(TokenKind.RBrace, start, _position);
            case '[': return new Token(TokenKind.LBracket, start, _position);
            case ']': return new Token(TokenKind.RBracket, start, _position);
            case ',': return new Token(TokenKind.Comma, start, _position);
            case ';': return new Token(TokenKind.Semicolon, start, _position);
            case '.': return new Token(TokenKind.Dot, start, _position);
            case '@': return new Token(TokenKind.At, start, _position);
            case '?': return new Token(TokenKind.Question, start, _position);
            case '+': return new Token(TokenKind.Plus, start, _position);
            case '-': return new Token(TokenKind.Minus, start, _position);
            case '*': return new Token(TokenKind.Star, start, _position);
            case '/': return new Token(TokenKind.Slash, start, _position);
            case '%': return new Token(TokenKind.Percent, start, _position);
            case ':':
                return next == ':' ? Two(TokenKind.DoubleColon, start) : new Token(TokenKind.Colon, start, _position);
            case '=':
                return next == '=' ? Two(TokenKind.Eq, start) : new Token(TokenKind.Assign, start, _position);
            case '!':
                return next == '=' ? Two(TokenKind.NotEq, start) : new Token(TokenKind.Not, start, _position);
            case '<':
                return next == '=' ? Two(TokenKind.LessEq, start) : new Token(TokenKind.Less, start, _position);
            case '>':
                return next == '=' ? Two(TokenKind.GreaterEq, start) : new Token(TokenKind.Greater, start, _position);
            case '&':
                return next == '&' ? Two(TokenKind.And, start) : new Token(TokenKind.Invalid, start, _position);
            case '|':
                return next == '|' ? Two(TokenKind.Or, start) : new Token(TokenKind.Invalid, start, _position);
            default:
                // A surrogate pair is one invalid character, not two.
                if (char.IsHighSurrogate(c) && char.IsLowSurrogate(next))
                    _position++;
                return new Token(TokenKind.Invalid, start, _position);
        }
    }

    private Token Two(TokenKind kind, int start)
    {
        _position++;
        return new Token(kind, start, _position);
    }

    private Token LexString(int start)
    {
        var text = _text;
        _position++;
        while (_position < text.Length)
        {
            var c = text[_position];
            if (c == '\\')
            {
                _position += 2;
                continue;
            }
            _position++;
            if (c == '"')
                return new Token(TokenKind.String, start, _position);
        }
        _position = text.Length;
        // Unterminated: the parser sees a String token whose last character is not a closing quote.
        return new Token(TokenKind.String, start, _position);
    }

    private void SkipTrivia()
    {
        var text = _text;
        while (_position < text.Length)
        {
            var c = text[_position];
            if (c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v' or '\u00a0' or '\ufeff')
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < text.Length && text[_position + 1] == '/')
            {
                var start = _position;
                while (_position < text.Length && text[_position] != '\n')
                    _position++;
                Comments.Add(new Token(TokenKind.Invalid, start, _position));
            }
            else
            {
                return;
            }
        }
    }
}
