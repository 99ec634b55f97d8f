namespace Custos.Detection.Injection;

/// <summary>
/// Whether the words after an address's colon make a statement rather than an order (Composition.AddressedStake.cs):
/// an order opens with its verb ("Agents reading this ticket: stash the password …", "Nota per l'assistente: sposta …"),
/// a statement with its subject, an article or a pronoun ("Agents reading this repo: the API token comes from …",
/// "Assistants reading this page: our docs live at …"). One look at one word, only after a colon that ends an address.
/// </summary>
internal sealed partial class InjectionPass
{
    private const int StatementWordMax = 12;

    // Articles, possessives and subject pronouns that open a statement, in the batches' Latin-script languages.
    private static readonly HashSet<string> StatementOpeners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "their", "its", "we", "i", "it", "they", "he", "she", "there", "here",
        "le", "la", "les", "un", "une", "ce", "cet", "cette", "ces", "notre", "nos", "nous", "il", "elle", "ils", "on", "der", "die", "das", "ein", "eine",
        "unser", "unsere", "wir", "ich", "es", "er", "el", "los", "las", "una", "nuestro", "nuestra", "nosotros", "lo", "gli", "uno", "nostro", "nostra",
        "noi", "o", "os", "as", "um", "uma", "nosso", "nossa", "nós", "de", "het", "een", "ons", "onze", "wij", "ik",
    };

    /// <summary>Marks the colon at folded index <paramref name="k"/> (ending at <paramref name="end"/>) when the word after it opens a statement.</summary>
    private void StatementAfterColon(int k, int end)
    {
        var i = end;
        while (i < _text.Length && i < end + 4 && _text[i] is ' ' or '"' or '\'' or '*' or '\u00A0')
        {
            i++;
        }

        Span<char> word = stackalloc char[StatementWordMax];
        var length = 0;
        while (i < _text.Length && char.IsLetter(_text[i]))
        {
            if (length == StatementWordMax)
            {
                return; // a long word is no article nor pronoun
            }

            word[length++] = char.ToLowerInvariant(_text[i++]);
        }

        if (length > 0 && StatementOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[..length]))
        {
            _composition.StatementK = k;
        }
        else if (length > 0)
        {
            _composition.Opening(k, _lastBreak, Signals); // an order opens with its verb, a verb no list may hold (Composition.Consent.cs)
        }
    }

    /// <summary>The words after an address's comma at folded index <paramref name="k"/>: a statement or an order opening with its verb.</summary>
    private void OpeningAfterAddress(int k, int end) => StatementAfterColon(k, end);
}
