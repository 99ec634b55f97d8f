namespace Custos.Detection.Scanning;

/// <summary>Character tests and small measures over spans, shared by the detectors.</summary>
internal static class Chars
{
    public static char At(string text, int index) => (uint)index < (uint)text.Length ? text[index] : '\0';

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    public static bool IsBase62(char c) => char.IsAsciiLetterOrDigit(c);

    public static bool IsUrlSafe(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-';

    public static bool IsBase64(char c) => char.IsAsciiLetterOrDigit(c) || c == '+' || c == '/';

    public static bool IsLowerHex(char c) => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f';

    /// <summary>Shannon entropy in bits per character.</summary>
    public static double Entropy(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return 0;
        }

        Span<int> counts = stackalloc int[128];
        var other = 0;
        foreach (var c in value)
        {
            if (c < 128)
            {
                counts[c]++;
            }
            else
            {
                other++;
            }
        }

        double entropy = 0;
        foreach (var n in counts)
        {
            if (n > 0)
            {
                var p = (double)n / value.Length;
                entropy -= p * Math.Log2(p);
            }
        }

        if (other > 0)
        {
            var p = (double)other / value.Length;
            entropy -= p * Math.Log2(p);
        }

        return entropy;
    }

    public static bool IsHex(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return !value.IsEmpty;
    }

    /// <summary>8-4-4-4-12 hex digits.</summary>
    public static bool IsUuid(ReadOnlySpan<char> value)
    {
        if (value.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < 36; i++)
        {
            var dash = i is 8 or 13 or 18 or 23;
            if (dash ? value[i] != '-' : !char.IsAsciiHexDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True for values that are obviously not real: documented examples, placeholders, templates, redactions,
    /// long runs of one character and counting sequences.
    /// </summary>
    public static bool LooksLikePlaceholder(ReadOnlySpan<char> value)
    {
        foreach (var marker in MarkerForms)
        {
            if (value.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var run = 1;
        var ascending = 1;
        for (var i = 1; i < value.Length; i++)
        {
            run = value[i] == value[i - 1] ? run + 1 : 1;
            ascending = value[i] == value[i - 1] + 1 ? ascending + 1 : 1;
            if (run >= 6 || ascending >= 7)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Markers =
    [
        "example", "xxxx", "your", "<", ">", "${", "{{", "}}", "****", "....", "changeme", "change_me", "placeholder",
        "dummy", "redacted", "sample", "fake", "insert", "replace", "secret_here", "token_here", "key_here", "todo",
        "abcdefgh", "qwerty", "lorem", "TokenHere", "KeyHere", "SecretHere", "PasswordHere",
    ];

    // Placeholders are written in one case (xxxx, XXXX, Example); random tokens mixing cases (XxXx) are not them.
    private static readonly string[] MarkerForms = Markers
        .SelectMany(m => new[] { m, m.ToUpperInvariant(), char.ToUpperInvariant(m[0]) + m[1..] })
        .Distinct(StringComparer.Ordinal)
        .ToArray();
}
