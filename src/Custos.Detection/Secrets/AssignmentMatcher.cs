using Custos.Detection.Scanning;

namespace Custos.Detection.Secrets;

/// <summary>
/// A secret-looking name assigned a value: <c>password = "…"</c>, <c>API_KEY: …</c>, <c>"token": "…"</c>,
/// <c>Authorization: Bearer …</c>. The finding covers the value only, so a redacted line keeps its name.
/// </summary>
internal static class AssignmentMatcher
{
    private const string Detector = "assignment";
    private const int MaxIdentifier = 48;
    private const int MaxValue = 256;

    // Names that hold something about a secret but not the secret.
    private static readonly string[] NotSecretNames =
    [
        "hash", "sha", "md5", "digest", "checksum", "fingerprint", "type", "name", "count", "length", "expir",
        "url", "uri", "file", "path", "format", "field", "hint", "policy", "reset", "label", "placeholder",
        "example", "rotation", "prompt", "input", "header", "param", "usage", "limit", "ttl", "endpoint", "version",
        "validation", "strength", "confirm", "forgot", "manager", "provider",

        // Tokens that page, trace or deduplicate, not authenticate.
        "page", "cursor", "continuation", "idempotency", "correlation", "trace",
    ];

    private static readonly HashSet<string> NotSecretValues = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "none", "nil", "true", "false", "undefined", "required", "optional", "string", "bearer", "basic", "hidden",
        "redacted", "masked", "secret", "password", "token", "unset", "empty", "default", "disabled", "enabled",
    };

    public static void Match(ScanContext context, AssignmentKeyword keyword, int start)
    {
        var text = context.Text;
        var end = start + keyword.Word.Length;
        if (keyword.Shape == ValueShape.CommandUser)
        {
            CommandUser(context, keyword, start, end);
            return;
        }

        if (keyword.Shape == ValueShape.LoginCall)
        {
            UnnamedPasswords.LoginCall(context, keyword, start, end);
            return;
        }

        if (keyword.Shape == ValueShape.AuthorizationHeader)
        {
            AuthorizationHeader(context, keyword, start, end);
            return;
        }

        // "tokenizer", "passport", "secretary": the keyword must end its word or a camelCase part of it.
        if (char.IsAsciiLetterLower(Chars.At(text, end)))
        {
            return;
        }

        if (keyword.Shape == ValueShape.Password && keyword.Word != "pass")
        {
            UnnamedPasswords.Answer(context, keyword, end);
        }

        if (keyword.Shape is ValueShape.Bearer or ValueShape.Basic)
        {
            Bearer(context, keyword, start, end);
            return;
        }

        // The whole name around the keyword.
        var nameStart = start;
        while (nameStart > 0 && start - nameStart < MaxIdentifier && IsNameChar(text[nameStart - 1]))
        {
            nameStart--;
        }

        var nameEnd = end;
        while (nameEnd < text.Length && nameEnd - end < MaxIdentifier && IsNameChar(text[nameEnd]))
        {
            nameEnd++;
        }

        var name = text.AsSpan(nameStart, nameEnd - nameStart);
        foreach (var word in NotSecretNames)
        {
            if (name.Contains(word, StringComparison.OrdinalIgnoreCase) && !keyword.Word.Contains(word, StringComparison.Ordinal))
            {
                return;
            }
        }

        if (name.EndsWith("id", StringComparison.OrdinalIgnoreCase) || name.EndsWith("ids", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // Closing quotes or brackets, spaces, the operator, spaces, an opening quote.
        var i = nameEnd;
        var skipped = 0;
        while (i < text.Length && skipped < 3 && text[i] is '"' or '\'' or '`' or ']')
        {
            i++;
            skipped++;
        }

        i = SkipSpaces(text, i);
        var op = Chars.At(text, i);

        // <password>…</password> (Maven, .NET config) and <add key="…Password" value="…"/> (NuGet).
        if (op == '>' && Chars.At(text, nameStart - 1) == '<' && nameEnd == i)
        {
            var (xmlStart, xmlEnd) = ReadValue(text, i + 1);
            if (xmlEnd > xmlStart && text.AsSpan(xmlEnd).StartsWith("</", StringComparison.Ordinal) && Accepts(keyword.Shape, text.AsSpan(xmlStart, xmlEnd - xmlStart)))
            {
                context.Add(EntityTypes.Secret, xmlStart, xmlEnd, keyword.Score, Detector, keyword.Kind, $"value assigned to a {keyword.Word} name");
            }

            return;
        }

        if (skipped > 0 && text.AsSpan(i).StartsWith("value=", StringComparison.OrdinalIgnoreCase))
        {
            i += 5;
            op = '=';
        }

        if (op == ':')
        {
            i++;
            if (Chars.At(text, i) == '=')
            {
                i++;
            }
            else if (Chars.At(text, i) == ':')
            {
                return;
            }
        }
        else if (op == '=')
        {
            i++;
            if (Chars.At(text, i) == '>')
            {
                i++;
            }
            else if (Chars.At(text, i) == '=')
            {
                return;
            }
        }
        else
        {
            return;
        }

        i = SkipSpaces(text, i);
        var (valueStart, valueEnd) = ReadValue(text, i);
        if (valueEnd <= valueStart)
        {
            return;
        }

        var value = text.AsSpan(valueStart, valueEnd - valueStart);
        if (Accepts(keyword.Shape, value))
        {
            context.Add(EntityTypes.Secret, valueStart, valueEnd, keyword.Score, Detector, keyword.Kind, $"value assigned to a {keyword.Word} name");
        }
    }

    private static void Bearer(ScanContext context, AssignmentKeyword keyword, int start, int end)
    {
        var text = context.Text;
        if (Chars.IsWordChar(Chars.At(text, start - 1)) || Chars.At(text, end) != ' ')
        {
            return;
        }

        var i = end + 1;
        var valueEnd = i;
        while (valueEnd < text.Length && valueEnd - i < 4096 && (Chars.IsUrlSafe(text[valueEnd]) || text[valueEnd] is '.' or '~' or '+' or '/' or '='))
        {
            valueEnd++;
        }

        var value = text.AsSpan(i, valueEnd - i);
        if (keyword.Shape == ValueShape.Basic)
        {
            if (IsBasicCredential(value))
            {
                context.Add(EntityTypes.Secret, i, valueEnd, keyword.Score, Detector, keyword.Kind, "basic credential");
            }

            return;
        }

        if (Accepts(ValueShape.HighEntropy, value))
        {
            context.Add(EntityTypes.Secret, i, valueEnd, keyword.Score, Detector, keyword.Kind, "bearer credential");
        }
    }

    /// <summary>
    /// curl's <c>-u user:password</c> (also <c>--user</c>, <c>--proxy-user</c>; quoted or not, the two halves quoted
    /// apart as <c>"user":"password"</c>), on a line that runs a curl command: the password is reported, or, with an
    /// empty password, a user that is itself a key (Stripe and Mailgun take the key as the user). Variables, templates
    /// and placeholders (<c>$PASS</c>, <c>${{ secrets.X }}</c>, <c>&lt;user:password&gt;</c>, <c>user:pass</c>) are not.
    /// </summary>
    private static void CommandUser(ScanContext context, AssignmentKeyword keyword, int start, int end)
    {
        var text = context.Text;
        if (start == 0 || text[start - 1] is not (' ' or '\t') || !OnCurlLine(context, start))
        {
            return;
        }

        var i = SkipSpaces(text, end);
        var (firstStart, firstEnd) = ReadCommandWord(text, i);
        if (firstEnd <= firstStart)
        {
            return;
        }

        var quoted = firstStart > i;
        int colon;
        int passStart;
        int passEnd;
        var after = quoted ? firstEnd + 1 : firstEnd;
        if (quoted && Chars.At(text, after) == ':' && Chars.At(text, after + 1) is '"' or '\'')
        {
            // "user":"password"
            colon = after;
            (passStart, passEnd) = ReadCommandWord(text, after + 1);
        }
        else if (!quoted && firstEnd > firstStart && text[firstEnd - 1] == ':' && Chars.At(text, firstEnd) is '"' or '\'')
        {
            // user:'password'
            colon = firstEnd - 1;
            (passStart, passEnd) = ReadCommandWord(text, firstEnd);
        }
        else
        {
            colon = text.AsSpan(firstStart, firstEnd - firstStart).IndexOf(':');
            if (colon < 0)
            {
                return;
            }

            colon += firstStart;
            (passStart, passEnd) = (colon + 1, firstEnd);
        }

        // An empty password: the user may be the key.
        var (valueStart, valueEnd) = passEnd > passStart ? (passStart, passEnd) : (firstStart, colon);
        var value = text.AsSpan(valueStart, valueEnd - valueStart);
        if (value.Length < 6 || value.Length > MaxValue || value[0] is '$' or '<' or '[' or '{' or '%' || value.Contains("${", StringComparison.Ordinal)
            || value.Contains("$(", StringComparison.Ordinal) || value.Contains("{{", StringComparison.Ordinal) || value.ContainsAny(' ', '\t', '\n')
            || Chars.LooksLikePlaceholder(value) || NotSecretValues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value)
            || value.Contains("password", StringComparison.OrdinalIgnoreCase) || !HasVariety(value) || Chars.Entropy(value) < 2.5)
        {
            return;
        }

        context.Add(EntityTypes.Secret, valueStart, valueEnd, keyword.Score, Detector, keyword.Kind, passEnd > passStart ? "password on a curl command line" : "key given as the user on a curl command line");
    }

    /// <summary>
    /// <c>Authorization: SCHEME value</c> with a scheme the other rules do not read (Bearer, Basic, Token and SSWS have
    /// their own; Digest, Negotiate, NTLM and AWS signatures carry no reusable key), or <c>Authorization: value</c> with
    /// none: the value when it is a key (high entropy, or a UUID: several services' keys are UUIDs).
    /// </summary>
    private static void AuthorizationHeader(ScanContext context, AssignmentKeyword keyword, int start, int end)
    {
        var text = context.Text;
        if (Chars.IsWordChar(Chars.At(text, start - 1)))
        {
            return;
        }

        var i = SkipSpaces(text, end);
        var wordEnd = i;
        while (wordEnd < text.Length && wordEnd - i <= 32 && (char.IsAsciiLetterOrDigit(text[wordEnd]) || text[wordEnd] is '-' or '_'))
        {
            wordEnd++;
        }

        var valueStart = i;
        if (Chars.At(text, wordEnd) == ' ' && wordEnd > i)
        {
            var scheme = text.AsSpan(i, wordEnd - i);
            // Exact scheme names ("Mac" is a scheme, "MacroKey" is not), and AWS's signature schemes by their prefix.
            if (scheme.StartsWith("aws4-", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            foreach (var handled in HandledSchemes)
            {
                if (scheme.Equals(handled, StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }
            }

            valueStart = wordEnd + 1;
        }

        var valueEnd = valueStart;
        while (valueEnd < text.Length && valueEnd - valueStart <= MaxValue && (Chars.IsUrlSafe(text[valueEnd]) || text[valueEnd] is '.' or '~' or '+' or '/' or '='))
        {
            valueEnd++;
        }

        var value = text.AsSpan(valueStart, valueEnd - valueStart);
        if (valueEnd > valueStart && valueEnd - valueStart <= MaxValue && (Chars.IsUuid(value) ? !Chars.LooksLikePlaceholder(value) : Accepts(ValueShape.HighEntropy, value)))
        {
            context.Add(EntityTypes.Secret, valueStart, valueEnd, keyword.Score, Detector, keyword.Kind, "key in an Authorization header");
        }
    }

    private static readonly string[] HandledSchemes = ["bearer", "basic", "token", "ssws", "digest", "negotiate", "ntlm", "hmac", "oauth", "mac", "hoba", "mutual", "vapid", "scram-sha-1", "scram-sha-256", "privatetoken"];

    /// <summary>A word of a shell command: inside its quotes (the span excludes them), or up to white space.</summary>
    private static (int Start, int End) ReadCommandWord(string text, int i)
    {
        var quote = Chars.At(text, i);
        if (quote is '"' or '\'')
        {
            var end = text.AsSpan(i + 1, Math.Min(MaxValue + 1, text.Length - i - 1)).IndexOfAny(quote, '\n');
            return end < 0 || text[i + 1 + end] != quote ? (0, 0) : (i + 1, i + 1 + end);
        }

        var e = i;
        while (e < text.Length && e - i <= MaxValue && !char.IsWhiteSpace(text[e]) && text[e] is not ('"' or '\'' or '`' or ';' or '|' or '&' or ')'))
        {
            e++;
        }

        return (i, e);
    }

    /// <summary>
    /// Whether the command line holding <paramref name="at"/> (continued over '\' line ends, at most 1 KiB back) runs
    /// curl. Reads back only to the previous question's position when that is on the same line.
    /// </summary>
    private static bool OnCurlLine(ScanContext context, int at)
    {
        var text = context.Text;
        var (previous, previousCurl) = context.CurlLine;
        var floor = Math.Max(Math.Max(0, at - 1024), previous);
        var curl = false;
        var lineEnded = false;
        for (var i = at - 1; i >= floor && !curl && !lineEnded; i--)
        {
            if (text[i] == '\n')
            {
                var j = i - 1;
                while (j >= 0 && text[j] is ' ' or '\t' or '\r')
                {
                    j--;
                }

                lineEnded = j < 0 || text[j] != '\\';
            }
            else if (text[i] is 'c' or 'C' && i + 4 <= at && text.AsSpan(i, 4).Equals("curl", StringComparison.OrdinalIgnoreCase)
                && !Chars.IsWordChar(Chars.At(text, i - 1)) && !Chars.IsWordChar(Chars.At(text, i + 4)))
            {
                curl = true;
            }
        }

        // Reached the previous question's position on the same line: its answer holds for this one too.
        if (!curl && !lineEnded && floor == previous && previous >= 0)
        {
            curl = previousCurl;
        }

        context.CurlLine = (at, curl);
        return curl;
    }

    /// <summary>base64 of "user:password", the password neither empty, a placeholder nor a well-known default.</summary>
    private static bool IsBasicCredential(ReadOnlySpan<char> value)
    {
        if (value.Length is < 8 or > 512 || value.Length % 4 != 0 || SecretRules.DocumentedExamples.Contains(value.ToString()))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[value.Length];
        if (!Convert.TryFromBase64Chars(value, bytes, out var written))
        {
            return false;
        }

        var decoded = bytes[..written];
        var colon = decoded.IndexOf((byte)':');
        if (colon < 1 || decoded.ContainsAnyInRange((byte)0, (byte)31) || decoded.ContainsAnyInRange((byte)127, (byte)255))
        {
            return false;
        }

        var password = System.Text.Encoding.ASCII.GetString(decoded[(colon + 1)..]);
        return password.Length >= 6 && !Chars.LooksLikePlaceholder(password) && !NotSecretValues.Contains(password)
            && !password.Equals("changeme", StringComparison.OrdinalIgnoreCase) && HasVariety(password);
    }

    private static bool IsQueryParameter(string text, int i)
    {
        var start = i;
        while (i < text.Length && i - start < 48 && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-' or '.'))
        {
            i++;
        }

        return i > start && Chars.At(text, i) == '=';
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';

    private static int SkipSpaces(string text, int i)
    {
        var start = i;
        while (i < text.Length && i - start < 3 && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private static (int Start, int End) ReadValue(string text, int i)
    {
        var quote = Chars.At(text, i);
        if (quote is '"' or '\'' or '`')
        {
            var start = i + 1;
            var end = start;
            while (end < text.Length && end - start <= MaxValue && text[end] != quote && text[end] is not ('\n' or '\r'))
            {
                end++;
            }

            // `command args` is a shell command's output, not a value written down.
            if (quote == '`' && text.AsSpan(start, end - start).ContainsAny(' ', '\t'))
            {
                return (0, 0);
            }

            return Chars.At(text, end) == quote && end - start <= MaxValue ? (start, end) : (0, 0);
        }

        var s = i;
        var e = i;
        // An unquoted value ends where a URL query's next parameter begins ("?api_key=…&page=2").
        while (e < text.Length && e - s <= MaxValue && !char.IsWhiteSpace(text[e]) && text[e] is not (',' or ';' or ')' or '}' or ']' or '"' or '\'' or '<' or '>' or '`')
            && !(text[e] == '&' && IsQueryParameter(text, e + 1)))
        {
            e++;
        }

        return e - s > MaxValue ? (0, 0) : (s, e);
    }

    internal static bool Accepts(ValueShape shape, ReadOnlySpan<char> value)
    {
        switch (shape)
        {
            case ValueShape.Hex32:
                return value.Length == 32 && Chars.IsHex(value) && !Chars.LooksLikePlaceholder(value);
            case ValueShape.Hex40:
                return value.Length == 40 && Chars.IsHex(value) && !Chars.LooksLikePlaceholder(value);
            case ValueShape.Uuid:
                return Chars.IsUuid(value) && !Chars.LooksLikePlaceholder(value);
            case ValueShape.AwsSecret:
                if (value.Length != 40 || value.ContainsAnyExcept(Base64Chars) || value.EndsWith("EXAMPLEKEY", StringComparison.Ordinal))
                {
                    return false;
                }

                return !Chars.LooksLikePlaceholder(value) && Chars.Entropy(value) >= 3.5;
        }

        // A value ending in ':' is the next name ("password: token: …"), not a value.
        if (value.Length < (shape == ValueShape.Password ? 6 : 8) || value[^1] == ':' || value[0] is '$' or '%' or '{' or '<' or '@' or '!' or '#' or '*' or '&' or '/' or '.' or '~' || value.Contains("://", StringComparison.Ordinal)
            || value.ContainsAny(CodeChars) || SecretRules.DocumentedExamples.Contains(value.ToString()) || StartsWithAssignment(value) || NotSecretValues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value) || Chars.LooksLikePlaceholder(value))
        {
            return false;
        }

        // Code, not a value: identifiers and dotted member accesses (process.env.TOKEN, settings.api_key). A long run of
        // letters whose case flips like a coin's is a random token, not a name (accessTokenFromEnv flips four times).
        if (!value.ContainsAnyExcept(IdentifierChars) && !(shape == ValueShape.HighEntropy && IsRandomLetters(value)))
        {
            return false;
        }

        // Hashes and ids are not secrets.
        if ((Chars.IsUuid(value) && shape == ValueShape.Password) || (Chars.IsHex(value) && value.Length is 32 or 40 or 56 or 64 or 96 or 128 && shape == ValueShape.Password))
        {
            return false;
        }

        var entropy = Chars.Entropy(value);
        return shape == ValueShape.Password
            ? entropy >= 2.5 && HasVariety(value)
            : value.Length >= 16 && entropy >= 3.2;
    }

    /// <summary>
    /// Letters only, at least 24 of them, between a quarter and three quarters capitals, the case changing at a fifth or
    /// more of the steps (a coin flips at half) and the letters spread (at least 4.2 bits each): what a random mixed-case
    /// token looks like, and what a camelCase or PascalCase name (one capital per word) does not.
    /// </summary>
    internal static bool IsRandomLetters(ReadOnlySpan<char> value)
    {
        if (value.Length < 24 || value.ContainsAnyExcept(LetterChars) || value.Contains("qwerty", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var upper = 0;
        var flips = 0;
        var steps = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var isUpper = char.IsAsciiLetterUpper(value[i]);
            upper += isUpper ? 1 : 0;
            if (i > 0)
            {
                flips += isUpper != char.IsAsciiLetterUpper(value[i - 1]) ? 1 : 0;
                var step = (value[i] | 0x20) - (value[i - 1] | 0x20);
                steps += step is 0 or 1 ? 1 : 0;
            }
        }

        // Walks through the alphabet (AaBbCc…, abcdef…) step by 0 or 1 far more often than a random draw's 2 in 26.
        return upper * 4 >= value.Length && upper * 4 <= value.Length * 3 && flips * 5 >= value.Length - 1 && steps * 4 < value.Length
            && Chars.Entropy(value) >= 4.2;
    }

    /// <summary>NAME=value or NAME: value inside a value: the inner name is matched on its own.</summary>
    private static bool StartsWithAssignment(ReadOnlySpan<char> value)
    {
        var i = 0;
        while (i < value.Length && (char.IsAsciiLetterOrDigit(value[i]) || value[i] == '_'))
        {
            i++;
        }

        return i > 0 && i < value.Length - 1 && value[i] is '=' or ':' && char.IsAsciiLetter(value[0]);
    }

    private static readonly System.Buffers.SearchValues<char> CodeChars = System.Buffers.SearchValues.Create("()[]{}\\");

    private static bool HasVariety(ReadOnlySpan<char> value)
    {
        var classes = (value.ContainsAnyInRange('a', 'z') ? 1 : 0) + (value.ContainsAnyInRange('A', 'Z') ? 1 : 0) + (value.ContainsAnyInRange('0', '9') ? 1 : 0)
            + (value.ContainsAnyExcept(AlphanumericChars) ? 1 : 0);
        return classes >= 2;
    }

    private static readonly System.Buffers.SearchValues<char> Base64Chars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

    private static readonly System.Buffers.SearchValues<char> IdentifierChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_.-");

    private static readonly System.Buffers.SearchValues<char> LetterChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly System.Buffers.SearchValues<char> AlphanumericChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
}
