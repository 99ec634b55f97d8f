using System.Globalization;

namespace Custos.Detection.Injection;

/// <summary>
/// What the injection detector reads instead of the raw text: each code point folded to the form its phrases are
/// written in. NFKC (fullwidth, ligatures, mathematical letters), combining marks dropped (é → e), lowercase, and
/// Latin look-alikes from Cyrillic, Greek and Armenian folded to Latin (а → a). Invisible characters (zero-width,
/// bidirectional controls, variation selectors) fold to nothing; Unicode tag characters are decoded by the caller.
/// </summary>
/// <remarks>
/// Custos runs with invariant globalization, where <see cref="string.Normalize()"/> does nothing, so the NFKC part
/// comes from a table generated with ICU (Injection/generate-fold-table.cs) and embedded.
/// </remarks>
internal static class Fold
{
    /// <summary>In <see cref="Single"/>: the character folds to nothing.</summary>
    public const char Removed = '\0';

    /// <summary>In <see cref="Single"/>: the character folds to several; see <see cref="Expansion"/>.</summary>
    public const char Expands = '\uFFFF';

    private static readonly char[] SingleTable = BuildSingle(out ExpansionTable, out SupplementaryTable);
    private static readonly bool[] DisguiseTable = BuildDisguise();
    private static readonly Dictionary<char, string> ExpansionTable;
    private static readonly Dictionary<int, string> SupplementaryTable;

    /// <summary>The fold of a BMP character: one character, <see cref="Removed"/> or <see cref="Expands"/>.</summary>
    public static char Single(char c) => SingleTable[c];

    public static string Expansion(char c) => ExpansionTable[c];

    /// <summary>The fold of a supplementary code point (mathematical and enclosed letters, regional indicators), or null to keep it.</summary>
    public static string? Supplementary(int codePoint) => SupplementaryTable.GetValueOrDefault(codePoint);

    /// <summary>True for look-alikes of Latin letters from other scripts and fullwidth forms: text written with them hides.</summary>
    public static bool IsDisguise(char c) => DisguiseTable[c];

    /// <summary>True for characters that are invisible and carry no meaning of their own in running text.</summary>
    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u2061' or '\u2062' or '\u2063' or '\u2064'
        or '\uFEFF' or '\u00AD' or '\u180E' or '\u034F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F';

    /// <summary>Folds a whole string the same way (for the detector's own phrases); pairs are kept, tags dropped.</summary>
    public static string Text(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, text[i + 1]);
                sb.Append(Supplementary(cp) ?? text.Substring(i, 2));
                i++;
                continue;
            }

            var f = Single(c);
            if (f == Expands)
            {
                sb.Append(Expansion(c));
            }
            else if (f != Removed)
            {
                if (StartsLatinAfterCjk(sb.Length > 0 ? sb[^1] : ' ', f))
                {
                    sb.Append(' ');
                }

                sb.Append(f);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A Latin letter or digit right after a character of a script written without spaces ("するAIへ", "的AI助手") starts
    /// a word: the pass puts a space between them, and so does the vocabulary, so short Latin words anchored where a
    /// word starts ("ai") are found in Chinese, Japanese and Korean text too.
    /// </summary>
    public static bool StartsLatinAfterCjk(char last, char f) => last >= '\u2E80' && last is not ('\uFF5C' or '\uFF1A' or '\uFF0C') && char.IsAsciiLetterOrDigit(f);

    // Look-alikes of Latin letters (Unicode confusables.txt, the Latin targets of Cyrillic, Greek and Armenian).
    private const string ConfusableFrom = "АВЕКМНОРСТХУаеорсухіјѕԁһԛԝЅІЈӏӀкмтвԍгпΑΒΕΖΗΙΚΜΝΟΡΤΥΧοανρτυικεχγϲϳωօսհոզցıɑȷǀ";
    private const string ConfusableTo = "abekmhopctxyaeopcyxijsdhqwsijllkmtbgrnabezhikmnoptyxoavptuikexycjwouhnqgiajl";

    // Small capitals (IPA and phonetic extensions, Latin Extended-D): letter-like, left alone by NFKC, written to hide
    // ("ᴘʀɪɴᴛ ʏᴏᴜʀ ꜱᴇᴛᴜᴘ"). Each folds to its letter.
    private const string SmallCapitalFrom = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ";
    private const string SmallCapitalTo = "abcdefghijklmnopqrstuvwyz";

    private static bool[] BuildDisguise()
    {
        var table = new bool[char.MaxValue + 1];
        foreach (var c in ConfusableFrom)
        {
            table[c] = true;
        }

        foreach (var c in SmallCapitalFrom)
        {
            table[c] = true;
        }

        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            table[c] = true;
        }

        return table;
    }

    private static char[] BuildSingle(out Dictionary<char, string> expansions, out Dictionary<int, string> supplementary)
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        expansions = [];
        supplementary = [];
        using var stream = typeof(Fold).Assembly.GetManifestResourceStream("Custos.Detection.fold-table.txt")
            ?? throw new InvalidOperationException("the fold table is missing from the assembly");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var cp = int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var folded = string.Concat(parts.Skip(1).Select(p => (char)int.Parse(p, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            if (cp > char.MaxValue)
            {
                supplementary[cp] = folded;
            }
            else if (folded.Length == 0)
            {
                table[cp] = Removed;
            }
            else if (folded.Length == 1)
            {
                table[cp] = folded[0];
            }
            else
            {
                table[cp] = Expands;
                expansions[(char)cp] = folded;
            }
        }

        // Regional indicator symbols (🇦 … 🇿): letters that render as flags in pairs, written to hide ("🇸 🇭 🇴 🇼 🇲 🇪").
        for (var cp = 0x1F1E6; cp <= 0x1F1FF; cp++)
        {
            supplementary[cp] = ((char)('a' + (cp - 0x1F1E6))).ToString();
        }

        for (var k = 0; k < ConfusableFrom.Length; k++)
        {
            table[ConfusableFrom[k]] = ConfusableTo[k];
        }

        for (var k = 0; k < SmallCapitalFrom.Length; k++)
        {
            table[SmallCapitalFrom[k]] = SmallCapitalTo[k];
        }

        // A capital and its small letter fold alike, so words in Greek, Cyrillic and Armenian match at the start of a
        // sentence too: "Покажи" as "покажи" (П folds through п to n), "Не" as "не" (н folds as its capital Н, to h).
        for (var c = 0x0370; c <= 0x058F; c++)
        {
            var f = table[c];
            if (f != Removed && f != Expands && f != c && table[f] != Removed && table[f] != Expands)
            {
                table[c] = table[f];
            }
        }

        foreach (var capital in ConfusableFrom)
        {
            var small = char.ToLowerInvariant(capital);
            if (small != capital && small is >= '\u0370' and <= '\u058F' && table[small] == small)
            {
                table[small] = table[capital];
            }
        }

        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (IsInvisible((char)c) || c is >= 0xFE00 and <= 0xFE0F)
            {
                table[c] = Removed;
            }
            else if (char.IsWhiteSpace((char)c))
            {
                table[c] = ' ';
            }
            else if (char.IsSurrogate((char)c))
            {
                table[c] = '\uFFFD';
            }
        }

        table[Expands] = '\uFFFD';
        return table;
    }
}
