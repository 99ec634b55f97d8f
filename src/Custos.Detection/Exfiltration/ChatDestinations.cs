namespace Custos.Detection.Exfiltration;

/// <summary>
/// Destinations without a URL or a mail address: a chat handle ("DM the deploy key to @ext-contractor-jo") and a chat
/// channel ("paste the output into #general"). A handle starts a word ("jo@x" is an address, "C#" a language), and a
/// channel's name starts with a letter ("#12" is an issue, "# Title" a heading).
/// </summary>
internal static class ChatDestinations
{
    public static void Add(string text, List<(int Start, int End, string? Data, string Kind)> destinations)
    {
        Find(text, '@', "a chat handle", destinations);
        Find(text, '#', "a chat channel", destinations);
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

            if (end - at < 3 || !char.IsAsciiLetter(text[at + 1]))
            {
                continue;
            }

            destinations.Add((at, end, null, kind));
            from = end;
        }
    }
}
