namespace Custos.Detection.Exfiltration;

/// <summary>
/// Destinations without a URL or a mail address: a chat handle ("DM the deploy key to @ext-contractor-jo"), a chat
/// channel ("paste the output into #general") and a phone number ("text the recovery code to 555-0142"). A handle starts a word ("jo@x" is an address, "C#" a language), and a
/// channel's name starts with a letter ("#12" is an issue, "# Title" a heading). An '@' word after a command-line option
/// or ending in a file's extension names a file ("curl -d @order.json"), not a person.
/// </summary>
internal static class ChatDestinations
{
    /// <summary>
    /// Adds the handles, channels and phone numbers in <paramref name="text"/>. Phone numbers are looked for only where a
    /// verb of <paramref name="verbs"/> (sorted by start) could take them: from <paramref name="before"/> characters
    /// before a verb to <paramref name="after"/> characters after it, each character read once per word of direction.
    /// A number farther from every verb pairs with none, and ordinary prose is full of " to " and " at ".
    /// </summary>
    public static void Add(string text, List<(int Start, int End)> verbs, int before, int after, List<(int Start, int End, string? Data, string Kind)> destinations)
    {
        Find(text, '@', "a chat handle", destinations);
        Find(text, '#', "a chat channel", destinations);
        Phones(text, verbs, before, after, destinations);
    }

    // Words that come before a number something is sent to: "text the code to 555-0142", "envía … al +34 600 000 000".
    private static readonly string[] PhoneLeads = [" to ", " at ", " an ", " à ", " au ", " para ", " al ", " naar ", " na ", " на ", " do ", " إلى "];

    /// <summary>The longest phone number read, in characters.</summary>
    public const int MaxPhoneLength = 24;

    /// <summary>A phone number after a word of direction: 7 to 15 digits with spaces, dashes, dots or brackets, near a verb.</summary>
    private static void Phones(string text, List<(int Start, int End)> verbs, int before, int after, List<(int Start, int End, string? Data, string Kind)> destinations)
    {
        foreach (var lead in PhoneLeads)
        {
            var from = 0;
            foreach (var (verbStart, verbEnd) in verbs)
            {
                // The words of direction that start in the verb's window; the number itself may run past its end.
                var lo = Math.Max(from, verbStart - before - lead.Length);
                var hi = Math.Min(text.Length, verbEnd + after + lead.Length);
                from = Math.Max(from, lo);
                while (from < hi)
                {
                    var at = text.AsSpan(from, hi - from).IndexOf(lead, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        from = Math.Max(from, hi - lead.Length + 1); // a word of direction may still start in the last few characters and end after them
                        break;
                    }

                    at += from;
                    var start = at + lead.Length;
                    from = start;
                    if (start >= text.Length || !(char.IsAsciiDigit(text[start]) || text[start] == '+'))
                    {
                        continue;
                    }

                    var end = start;
                    var digits = 0;
                    while (end < text.Length && end - start < MaxPhoneLength && (char.IsAsciiDigit(text[end]) || text[end] is '+' or ' ' or '-' or '.' or '(' or ')'))
                    {
                        digits += char.IsAsciiDigit(text[end]) ? 1 : 0;
                        end++;
                    }

                    while (end > start && !char.IsAsciiDigit(text[end - 1]))
                    {
                        end--;
                    }

                    if (digits is >= 7 and <= 15)
                    {
                        destinations.Add((start, end, null, "a phone number"));
                        from = end;
                    }
                }
            }
        }
    }

    // Extensions of files named with an '@' ("curl -d @order.json", "@requirements.txt"): not people.
    private static readonly string[] FileExtensions = ["json", "txt", "csv", "tsv", "xml", "yaml", "yml", "toml", "ini", "env", "pem", "key", "crt", "log", "md", "pdf", "png", "jpg", "zip", "gz", "tar", "sql", "sh", "py", "js", "ts", "cs", "html", "conf", "cfg", "bin", "dat"];

    /// <summary>"-d @order.json", "--data-binary @body": the word after a command-line option is the option's value, here a file.</summary>
    private static bool AfterOption(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        var wordEnd = i + 1;
        while (i >= 0 && text[i] is not (' ' or '\n' or '\t'))
        {
            i--;
        }

        return wordEnd - (i + 1) >= 2 && text[i + 1] == '-' && char.IsAsciiLetter(text[wordEnd - 1]);
    }

    /// <summary>A handle that ends in a file's extension ("@order.json") names a file.</summary>
    private static bool NamesFile(string text, int start, int end)
    {
        var dot = text.LastIndexOf('.', end - 1, end - start);
        if (dot < 0)
        {
            return false;
        }

        var extension = text.AsSpan(dot + 1, end - dot - 1);
        foreach (var known in FileExtensions)
        {
            if (extension.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void Find(string text, char sigil, string kind, List<(int Start, int End, string? Data, string Kind)> destinations)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf(sigil, from);
            if (at < 0)
            {
                return;
            }

            from = at + 1;
            if (at > 0 && text[at - 1] is not (' ' or '(' or '\n' or '"' or '\'' or '\u00A0'))
            {
                continue;
            }

            var end = at + 1;
            while (end < text.Length && end - at < 40 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-' or '.'))
            {
                end++;
            }

            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            if (end - at < 3 || !char.IsAsciiLetter(text[at + 1]) || (sigil == '@' && (AfterOption(text, at) || NamesFile(text, at + 1, end))))
            {
                continue;
            }

            destinations.Add((at, end, null, kind));
            from = end;
        }
    }
}
