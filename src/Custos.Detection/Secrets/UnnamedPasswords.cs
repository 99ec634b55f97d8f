using Custos.Detection.Scanning;

namespace Custos.Detection.Secrets;

/// <summary>
/// Passwords that no name is assigned: the answer pasted alone on the line after a question about a password ("what's
/// the staging db password?" then "sam: oWWAaJ^z7*0N…"), and the second argument of a login call
/// (<c>db.auth('root', '…')</c>, <c>login(user, "…")</c>). Both take only a value that looks random: one token of
/// mixed character classes, neither a word, a hash, a UUID, a URL nor a placeholder.
/// </summary>
internal static class UnnamedPasswords
{
    private const string Detector = "assignment";
    private const int MaxQuestion = 160;
    private const int MaxAnswer = 160;

    /// <summary>A password word ended at <paramref name="end"/>; adds the answer on the next line if its line asks for one.</summary>
    public static void Answer(ScanContext context, AssignmentKeyword keyword, int end)
    {
        var text = context.Text;
        var limit = Math.Min(text.Length, end + MaxQuestion);
        var lineEnd = text.AsSpan(end, limit - end).IndexOf('\n');
        if (lineEnd < 0 || !text.AsSpan(end, lineEnd).TrimEnd().EndsWith('?'))
        {
            return;
        }

        var answerStart = end + lineEnd + 1;
        var answerLimit = Math.Min(text.Length, answerStart + MaxAnswer);
        var answerEnd = text.AsSpan(answerStart, answerLimit - answerStart).IndexOf('\n');
        answerEnd = answerEnd < 0 ? (answerLimit == text.Length ? text.Length : -1) : answerStart + answerEnd;
        if (answerEnd < 0)
        {
            return;
        }

        // A chat line's stamp and speaker ("[Thu 14:03] sam: ", "> "), then the value alone.
        var i = answerStart;
        while (i < answerEnd && text[i] is ' ' or '\t' or '>')
        {
            i++;
        }

        if (Chars.At(text, i) == '[')
        {
            var close = text.AsSpan(i, answerEnd - i).IndexOf(']');
            i = close < 0 ? i : i + close + 1;
        }

        var colon = text.AsSpan(i, answerEnd - i).IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0 && colon <= 32 && !text.AsSpan(i, colon).Trim().ContainsAny(' ', '\t'))
        {
            i += colon + 2;
        }

        var value = text.AsSpan(i, answerEnd - i).Trim();
        var start = i + text.AsSpan(i, answerEnd - i).IndexOf(value);
        if (LooksRandom(value))
        {
            context.Add(EntityTypes.Secret, start, start + value.Length, keyword.Score, Detector, keyword.Kind, "answer to a question about a password");
        }
    }

    /// <summary>A login call's name ended at <paramref name="end"/> on its "(": adds the quoted second argument.</summary>
    public static void LoginCall(ScanContext context, AssignmentKeyword keyword, int start, int end)
    {
        var text = context.Text;
        var before = Chars.At(text, start - 1);
        if (char.IsAsciiLetterOrDigit(before) || before == '_')
        {
            return;
        }

        // The first argument: a quoted string or a name, up to the comma.
        var limit = Math.Min(text.Length, end + 96);
        var comma = text.AsSpan(end, limit - end).IndexOfAny(',', ')');
        if (comma < 0 || text[end + comma] != ',')
        {
            return;
        }

        var i = end + comma + 1;
        while (i < limit && text[i] is ' ' or '\t')
        {
            i++;
        }

        var quote = Chars.At(text, i);
        if (quote is not ('\'' or '"' or '`'))
        {
            return;
        }

        var valueStart = i + 1;
        var close = text.AsSpan(valueStart, Math.Min(text.Length, valueStart + 130) - valueStart).IndexOf(quote);
        if (close < 0)
        {
            return;
        }

        var after = valueStart + close + 1;
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }

        var value = text.AsSpan(valueStart, close);
        if (Chars.At(text, after) is ')' or ',' && LooksRandom(value))
        {
            context.Add(EntityTypes.Secret, valueStart, valueStart + close, keyword.Score, Detector, keyword.Kind, "password argument of a login call");
        }
    }

    /// <summary>One token of 8 to 64 characters, three classes of letters, digits and symbols, spread, and no known non-secret shape.</summary>
    internal static bool LooksRandom(ReadOnlySpan<char> value)
    {
        if (value.Length is < 8 or > 64 || value.ContainsAny(' ', '\t') || value.Contains("://", StringComparison.Ordinal) || value.Contains('@')
            || Chars.IsHex(value) || Chars.IsUuid(value) || Chars.LooksLikePlaceholder(value) || SecretRules.DocumentedExamples.Contains(value.ToString()))
        {
            return false;
        }

        int lower = 0, upper = 0, digit = 0, symbol = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiLetterLower(c))
            {
                lower = 1;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                upper = 1;
            }
            else if (char.IsAsciiDigit(c))
            {
                digit = 1;
            }
            else if (c > ' ' && c < 127)
            {
                symbol = 1;
            }
            else
            {
                return false;
            }
        }

        return lower + upper + digit + symbol >= 3 && Chars.Entropy(value) >= 3.0;
    }
}
