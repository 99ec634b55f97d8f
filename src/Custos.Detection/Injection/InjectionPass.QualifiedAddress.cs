namespace Custos.Detection.Injection;

/// <summary>
/// An address whose name for the model carries a qualifier before its comma (batch-twenty-seven work on injection recall):
/// "Assistant for billing, …", "Помощник по закупкам, …", "Asisten AI yang mengelola kalender ini, …", "Travel assistant
/// for the trip, …". The name opens its clause (or follows one or two words that do, as for any address), and only words
/// stand between it and the comma: letters, digits, spaces, hyphens and apostrophes, at most <see cref="QualifierMax"/>
/// characters. The address is weak, as a bare "Assistant," is: an order after it still needs something at stake. Looked
/// at once per name for the model, each character of the text at most once (a cursor that only moves forward).
/// </summary>
internal sealed partial class InjectionPass
{
    // Articles and possessives: after a claim of consent, an object of its own ("has approved the budget"), a fact stated.
    private static readonly HashSet<string> ObjectOpeners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "our", "their", "his", "her", "my", "your", "le", "la", "les", "un", "une", "des", "du", "leur", "der", "die", "das", "den",
        "dem", "ein", "eine", "einen", "el", "los", "las", "una", "il", "gli", "o", "os", "as", "um", "uma", "het", "een", "de",
    };

    /// <summary>Whether an article or a possessive follows the claim of consent ending at <paramref name="end"/>: it names an object of its own.</summary>
    private bool ConsentObject(int end)
    {
        var i = end;
        while (i < _text.Length && i < end + 4 && _text[i] == ' ')
        {
            i++;
        }

        var from = i;
        while (i < _text.Length && i - from <= 6 && char.IsLetter(_text[i]))
        {
            i++;
        }

        if (i == from || i - from > 6 || (i < _text.Length && char.IsLetter(_text[i])))
        {
            return false;
        }

        Span<char> word = stackalloc char[6];
        var length = _text.AsSpan(from, i - from).ToLowerInvariant(word);
        return length > 0 && ObjectOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[..length]);
    }

    private const int QualifierMax = 48;

    private int _qualifierSeenTo; // the text up to here was looked at for a qualifier already

    /// <summary>Looks for a qualifier and a comma after the name for the model at [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private void QualifiedAddress(int startK, int endK, int start, int end)
    {
        if (end < _qualifierSeenTo || end >= _text.Length || _text[end] != ' ')
        {
            return; // "Assistant," is an address already; "assistant's" or "assistant." is no qualified one
        }

        var limit = Math.Min(_text.Length, end + QualifierMax);
        var i = end;
        var letters = false;
        while (i < limit && (char.IsLetterOrDigit(_text[i]) || _text[i] is ' ' or '-' or '\'' or '\u2019'))
        {
            letters |= char.IsLetter(_text[i]);
            i++;
        }

        _qualifierSeenTo = i;
        if (!letters || i >= limit || _text[i] is not (',' or '\u060C' or '\uFF0C') || !WordsFollow(i + 1) || !IsAddress(startK, end, colon: false))
        {
            return;
        }

        var commaK = endK + (i - end); // where the comma will be folded, near enough for the composition's reaches
        _composition.QualifiedAddress(startK, commaK + 1, i + 1, _lastBreak);
        var next = i + 1;
        while (next < _text.Length && next < i + 4 && _text[next] == ' ')
        {
            next++;
        }

        if (next < _text.Length && !char.IsUpper(_text[next]))
        {
            OpeningAfterAddress(commaK, i + 1); // an order after a comma opens in lower case; "Assistants such as Copilot, Gemini …" is a list
        }
    }
}
