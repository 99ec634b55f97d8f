using System.Globalization;
using System.Text;

namespace Custos.Cedar.Schema.Json;

/// <summary>
/// A small strict JSON reader (RFC 8259) that keeps offsets. Nesting depth is bounded; duplicate object keys are
/// errors (Cedar rejects them in schemas). Errors are values: the first one is returned with its offset.
/// </summary>
internal sealed class JsonReader
{
    public const int MaxDepth = 128;

    private readonly string _text;
    private int _position;
    private string? _error;
    private int _errorAt;

    private JsonReader(string text) => _text = text;

    public static JsonNode? Read(string text, out int errorAt, out string? error)
    {
        var reader = new JsonReader(text);
        var node = reader.ReadValue(0);
        if (node is not null)
        {
            reader.SkipWhitespace();
            if (reader._position < text.Length)
                reader.Fail("the end of the input after the JSON value");
        }
        errorAt = reader._errorAt;
        error = reader._error;
        return reader._error is null ? node : null;
    }

    private JsonNode? Fail(string expected)
    {
        if (_error is null)
        {
            _errorAt = _position;
            var found = _position >= _text.Length ? "the end of the input" : $"'{_text[_position]}'";
            _error = $"invalid JSON: expected {expected}, found {found}";
        }
        return null;
    }

    private JsonNode? FailWith(int at, string message)
    {
        if (_error is null)
        {
            _errorAt = at;
            _error = message;
        }
        return null;
    }

    private string? FailText(string expected)
    {
        Fail(expected);
        return null;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
            _position++;
    }

    private JsonNode? ReadValue(int depth)
    {
        if (depth > MaxDepth)
            return FailWith(_position, $"the JSON is nested more than {MaxDepth} levels deep");
        SkipWhitespace();
        if (_position >= _text.Length)
            return Fail("a JSON value");
        var start = _position;
        switch (_text[_position])
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                {
                    var text = ReadString();
                    return text is null ? null : new JsonNode(JsonNodeKind.String, start) { Text = text };
                }
            case 't':
                return ReadWord("true", JsonNodeKind.True);
            case 'f':
                return ReadWord("false", JsonNodeKind.False);
            case 'n':
                return ReadWord("null", JsonNodeKind.Null);
            default:
                return ReadNumber();
        }
    }

    private JsonNode? ReadWord(string word, JsonNodeKind kind)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
            return Fail("a JSON value");
        var node = new JsonNode(kind, _position);
        _position += word.Length;
        return node;
    }

    private JsonNode? ReadNumber()
    {
        var start = _position;
        if (_position < _text.Length && _text[_position] == '-')
            _position++;
        var digits = _position;
        while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
            _position++;
        if (_position == digits)
        {
            _position = start;
            return Fail("a JSON value");
        }
        if (_position < _text.Length && _text[_position] == '.')
        {
            _position++;
            var fraction = _position;
            while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
                _position++;
            if (_position == fraction)
                return Fail("a digit after '.'");
        }
        if (_position < _text.Length && _text[_position] is 'e' or 'E')
        {
            _position++;
            if (_position < _text.Length && _text[_position] is '+' or '-')
                _position++;
            var exponent = _position;
            while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
                _position++;
            if (_position == exponent)
                return Fail("a digit in the exponent");
        }
        return new JsonNode(JsonNodeKind.Number, start) { Text = _text[start.._position] };
    }

    private string? ReadString()
    {
        _position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
                return FailText("a closing '\"'");
            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                return builder.ToString();
            }
            if (c < ' ')
                return FailText("a character allowed in a JSON string (control characters must be escaped)");
            if (c != '\\')
            {
                builder.Append(c);
                _position++;
                continue;
            }
            _position++;
            if (_position >= _text.Length)
                return FailText("an escape after '\\'");
            var escape = _text[_position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length ||
                        !ushort.TryParse(_text.AsSpan(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        return FailText("four hex digits after \\u");
                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    _position--;
                    return FailText("a JSON escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
            }
        }
    }

    private JsonNode? ReadObject(int depth)
    {
        var node = new JsonNode(JsonNodeKind.Object, _position);
        _position++;
        SkipWhitespace();
        if (_position < _text.Length && _text[_position] == '}')
        {
            _position++;
            return node;
        }
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != '"')
                return Fail("a string key");
            var keyOffset = _position;
            var key = ReadString();
            if (key is null)
                return null;
            if (!keys.Add(key))
                return FailWith(keyOffset, $"duplicate key \"{key}\": expected each key once in an object");
            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != ':')
                return Fail("':' after the key");
            _position++;
            var value = ReadValue(depth + 1);
            if (value is null)
                return null;
            node.Members.Add((key, keyOffset, value));
            SkipWhitespace();
            if (_position < _text.Length && _text[_position] == ',')
            {
                _position++;
                continue;
            }
            if (_position < _text.Length && _text[_position] == '}')
            {
                _position++;
                return node;
            }
            return Fail("',' or '}'");
        }
    }

    private JsonNode? ReadArray(int depth)
    {
        var node = new JsonNode(JsonNodeKind.Array, _position);
        _position++;
        SkipWhitespace();
        if (_position < _text.Length && _text[_position] == ']')
        {
            _position++;
            return node;
        }
        while (true)
        {
            var value = ReadValue(depth + 1);
            if (value is null)
                return null;
            node.Items.Add(value);
            SkipWhitespace();
            if (_position < _text.Length && _text[_position] == ',')
            {
                _position++;
                continue;
            }
            if (_position < _text.Length && _text[_position] == ']')
            {
                _position++;
                return node;
            }
            return Fail("',' or ']'");
        }
    }
}
