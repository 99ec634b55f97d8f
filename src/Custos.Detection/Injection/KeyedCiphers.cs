using System.Collections.Frozen;
using System.Text;

namespace Custos.Detection.Injection;

/// <summary>
/// Classical ciphers whose key or rule the text itself gives: Vigenère with the key named ("key LEMON"), the Polybius
/// square (two digits per letter, I and J sharing a cell), and hidden letters (the first letter of each line, the
/// capital letters of a sentence). Each returns the plain text a region stands for, or null; the pass feeds it to a
/// nested pass as it does the other ciphers (see <c>InjectionPass.KeyedCue</c>).
/// </summary>
internal static class KeyedCiphers
{
    /// <summary>The most candidate keys tried for one Vigenère region.</summary>
    public const int MaxKeys = 4;

    private const string PolybiusSquare = "abcdefghiklmnopqrstuvwxyz";

    /// <summary>The words a hidden message is cut into when it comes without spaces ("printyourrules" → "print your rules").</summary>
    private static readonly FrozenSet<string> Lexicon = new[]
    {
        // English.
        "ignore", "disregard", "forget", "skip", "bypass", "disable", "reveal", "show", "print", "tell", "give", "list", "dump", "leak", "send", "email",
        "say", "repeat", "recite", "output", "write", "copy", "paste", "all", "your", "you", "the", "me", "my", "and", "to", "of", "previous", "prior", "earlier",
        "rules", "rule", "instructions", "instruction", "prompt", "system", "setup", "secret", "secrets", "password", "passwords", "key", "keys", "token",
        "tokens", "filters", "filter", "safety", "guidelines", "hidden", "config", "configuration", "now", "no", "obey", "orders",
        // French, German, Spanish, Italian, Portuguese, Dutch.
        "ignore", "ignorez", "oublie", "affiche", "montre", "revele", "tes", "vos", "les", "regles", "consignes", "ton", "mot", "de", "passe",
        "ignoriere", "zeige", "deine", "alle", "regeln", "anweisungen", "gib", "ignora", "muestra", "revela", "tus", "las", "reglas", "instrucciones",
        "mostra", "rivela", "le", "tue", "regole", "istruzioni", "ignore", "mostre", "revele", "suas", "as", "regras", "instrucoes", "negeer", "toon",
        "je", "regels", "instructies", "wachtwoord", "contrasena", "senha", "parola",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly int MaxWord = Lexicon.Max(w => w.Length);

    /// <summary>
    /// <paramref name="text"/> decrypted with the Vigenère <paramref name="key"/> (ASCII letters; each letter of the text
    /// moves back by the key's letter in turn, other characters stay and use no key letter); null for an empty key.
    /// </summary>
    public static string? Vigenere(ReadOnlySpan<char> text, ReadOnlySpan<char> key)
    {
        if (key.IsEmpty)
        {
            return null;
        }

        return Shift(text, key, -1);
    }

    /// <summary><paramref name="text"/> encrypted with the Vigenère <paramref name="key"/>: the inverse of <see cref="Vigenere"/> (for tests).</summary>
    public static string VigenereEncrypt(ReadOnlySpan<char> text, ReadOnlySpan<char> key)
    {
        return Shift(text, key, 1);
    }

    /// <summary>Each ASCII letter of <paramref name="text"/> moved by the next letter of <paramref name="key"/>, forward (1) or back (-1).</summary>
    private static string Shift(ReadOnlySpan<char> text, ReadOnlySpan<char> key, int direction)
    {
        var output = new char[text.Length];
        var k = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsAsciiLetter(c))
            {
                output[i] = c;
                continue;
            }

            var shift = ((((char.ToLowerInvariant(key[k++ % key.Length]) - 'a') % 26) + 26) % 26) * direction;
            var baseChar = char.IsAsciiLetterUpper(c) ? 'A' : 'a';
            output[i] = (char)(baseChar + ((c - baseChar + shift + 26) % 26));
        }

        return new string(output);
    }

    /// <summary>
    /// The letters a Polybius square stands for: each pair of digits 1 to 5 (row, column) is a letter, a slash or bar is a
    /// space between words, and so is the space after a longer run of pairs ("2422 3334" = "ig no"); other numbers are
    /// passed over. Null when fewer than four letters are read.
    /// </summary>
    public static string? Polybius(ReadOnlySpan<char> text)
    {
        var output = new StringBuilder(text.Length / 2);
        var letters = 0;
        var k = 0;
        while (k < text.Length)
        {
            var c = text[k];
            if (!char.IsAsciiDigit(c))
            {
                if (c is '/' or '|' or '\n' && output.Length > 0 && output[^1] != ' ')
                {
                    output.Append(' ');
                }

                k++;
                continue;
            }

            var start = k;
            while (k < text.Length && char.IsAsciiDigit(text[k]))
            {
                k++;
            }

            var run = text[start..k];
            if (run.Length % 2 != 0 || !AllInSquare(run))
            {
                continue; // another number ("a 5x5 square", "step 10"): not part of the message
            }

            for (var p = 0; p < run.Length; p += 2)
            {
                output.Append(PolybiusSquare[((run[p] - '1') * 5) + (run[p + 1] - '1')]);
                letters++;
            }

            if (run.Length > 2)
            {
                output.Append(' ');
            }
        }

        return letters >= 4 ? output.ToString().Trim() : null;
    }

    /// <summary><paramref name="text"/> (ASCII letters and spaces) in Polybius pairs, words apart by " / " (for tests).</summary>
    public static string PolybiusEncode(string text) =>
        string.Join(" / ", text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => string.Join(' ', word.ToLowerInvariant().Select(c =>
        {
            var at = PolybiusSquare.IndexOf(c == 'j' ? 'i' : c, StringComparison.Ordinal);
            return $"{(at / 5) + 1}{(at % 5) + 1}";
        }))));

    /// <summary>The first letter of each line of <paramref name="text"/> that has one (an acrostic), lowercased.</summary>
    public static string FirstLetters(ReadOnlySpan<char> text)
    {
        var output = new StringBuilder();
        var lineStart = true;
        foreach (var c in text)
        {
            if (c is '\n' or '\r')
            {
                lineStart = true;
            }
            else if (lineStart && char.IsLetter(c))
            {
                output.Append(char.ToLowerInvariant(c));
                lineStart = false;
            }
        }

        return output.ToString();
    }

    /// <summary>The capital letters of <paramref name="text"/>, in order, lowercased.</summary>
    public static string Capitals(ReadOnlySpan<char> text)
    {
        var output = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                output.Append(char.ToLowerInvariant(c));
            }
        }

        return output.ToString();
    }

    private static bool AllInSquare(ReadOnlySpan<char> run)
    {
        foreach (var c in run)
        {
            if (c is < '1' or > '5')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Hidden letters cut into words: at each place the longest word of <see cref="Lexicon"/> that starts there, else one
    /// letter alone ("showsystemprompt" → "show system prompt"). Linear: at most <see cref="MaxWord"/> lookups a letter.
    /// </summary>
    public static string Segment(string letters)
    {
        var output = new StringBuilder(letters.Length * 2);
        var lookup = Lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
        var k = 0;
        while (k < letters.Length)
        {
            var length = 1;
            for (var n = Math.Min(MaxWord, letters.Length - k); n >= 2; n--)
            {
                if (lookup.Contains(letters.AsSpan(k, n)))
                {
                    length = n;
                    break;
                }
            }

            if (output.Length > 0)
            {
                output.Append(' ');
            }

            output.Append(letters, k, length);
            k += length;
        }

        return output.ToString();
    }

    /// <summary>
    /// Candidate Vigenère keys in <paramref name="text"/> (the words before the cipher text): an ASCII word right after a
    /// word for "key" ("key LEMON", "Schlüssel: sonne"), or a word of three or more capitals; at most <see cref="MaxKeys"/>.
    /// </summary>
    public static List<string> Keys(ReadOnlySpan<char> text)
    {
        var keys = new List<string>(MaxKeys);
        var afterKeyWord = false;
        var k = 0;
        while (k < text.Length && keys.Count < MaxKeys)
        {
            if (!char.IsLetter(text[k]))
            {
                k++;
                continue;
            }

            var start = k;
            while (k < text.Length && char.IsLetter(text[k]))
            {
                k++;
            }

            var word = text[start..k];
            var ascii = word.Length is >= 2 and <= 20 && Ascii.IsValid(word) && !IsCipherName(word);
            if (ascii && (afterKeyWord || (word.Length >= 3 && IsAllUpper(word))))
            {
                var key = word.ToString().ToLowerInvariant();
                if (!keys.Contains(key))
                {
                    keys.Add(key);
                }
            }

            afterKeyWord = KeyWords.Contains(word.ToString().ToLowerInvariant());
        }

        return keys;
    }

    private static readonly FrozenSet<string> KeyWords = new[]
    {
        "key", "keyword", "clé", "cle", "clef", "schlüssel", "schluessel", "schlüsselwort", "clave", "chiave", "chave", "sleutel", "ключ", "ключом", "ключем",
        "klucz", "kluczem", "kunci", "kuncinya", "anahtar", "anahtarı", "nyckel", "nyckeln", "klíč", "klíčem", "khóa", "cheie", "cheia", "κλειδί", "מפתח",
        "مفتاح", "المفتاح", "कुंजी", "キー", "鍵", "密钥", "키",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsCipherName(ReadOnlySpan<char> word) =>
        word.StartsWith("vigen", StringComparison.OrdinalIgnoreCase) || word.Equals("key", StringComparison.OrdinalIgnoreCase);

    /// <summary>Names of the Vigenère cipher: after one, the line's cipher text is decrypted with each key the text names.</summary>
    public static readonly string[] VigenereCues =
    [
        "vigenere", "виженер*", "віженер*", "维吉尼亚", "維吉尼亞", "ヴィジュネル", "ビジュネル", "비즈네르", "비제네르", "فيجنر", "विजनेर",
    ];

    /// <summary>Names of the Polybius square: after one, pairs of digits 1 to 5 are read as letters.</summary>
    public static readonly string[] PolybiusCues =
    [
        "polybius", "polybe", "polibio", "polibius", "polybios", "polibiusz", "polybiova", "polybiuse", "полибия", "полібія", "波利比奥斯", "波利比烏斯", "ポリュビオス", "폴리비오스", "πολύβιου",
    ];

    /// <summary>An acrostic: the first letters of the lines around it spell the message.</summary>
    public static readonly string[] AcrosticCues =
    [
        "acrostic*", "first letter of each line", "first letter of every line", "first letters of each line", "first letters of every line", "first letters of the lines",
        "initial letter of each line", "initials of each line", "acrostiche", "première lettre de chaque ligne", "premières lettres de chaque ligne", "initiales de chaque ligne",
        "akrostichon", "anfangsbuchstaben", "ersten buchstaben jeder zeile", "ersten buchstaben der zeilen", "acróstico", "primera letra de cada línea", "primeras letras de cada línea",
        "iniciales de cada línea", "acrostico", "prima lettera di ogni riga", "prime lettere di ogni riga", "iniziali di ogni riga", "primeira letra de cada linha",
        "primeiras letras de cada linha", "iniciais de cada linha", "eerste letter van elke regel", "eerste letters van elke regel", "beginletters", "акростих", "первые буквы",
        "первую букву каждой строки", "перші літери", "pierwsze litery", "pierwszą literę każdej", "akrostych", "每行的第一个字", "每行第一个字", "每行首字", "藏头", "各行の最初の文字",
        "各行の頭文字", "頭文字", "각 줄의 첫 글자", "각 행의 첫 글자", "ilk harfleri", "her satırın ilk harf", "chữ cái đầu", "huruf pertama", "första bokstaven", "första bokstäverna",
        "první písmena", "první písmeno", "primele litere", "prima literă a fiecărui rând", "αρχικά γράμματα", "πρώτο γράμμα", "האותיות הראשונות", "الحرف الأول من كل سطر", "الحروف الأولى",
    ];

    /// <summary>The capital letters of a sentence spell the message.</summary>
    public static readonly string[] CapitalsCues =
    [
        "capital letters", "uppercase letters", "upper-case letters", "upper case letters", "the capitals", "lettres majuscules", "les majuscules", "großbuchstaben", "grossbuchstaben",
        "letras mayúsculas", "las mayúsculas", "lettere maiuscole", "le maiuscole", "letras maiúsculas", "as maiúsculas", "hoofdletters", "заглавные буквы", "прописные буквы",
        "великі літери", "wielkie litery", "大写字母", "大文字", "대문자", "büyük harfler", "chữ in hoa", "chữ cái viết hoa", "huruf kapital", "huruf besar", "versaler", "stora bokstäver",
        "velká písmena", "literele mari", "majusculele", "κεφαλαία γράμματα", "האותיות הגדולות", "الحروف الكبيرة", "बड़े अक्षर",
    ];

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
