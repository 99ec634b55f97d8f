using Custos.Detection.Scanning;

namespace Custos.Detection.Exfiltration;

/// <summary>
/// Structured grants of access to everyone: a quoted value such as <c>"anyone_with_link"</c>, <c>"public"</c> or
/// <c>"allUsers"</c> under an access key (<c>visibility</c>, <c>audience</c>, <c>type</c>, <c>acl</c>, <c>member</c> …) in
/// a tool call, a tool result's recommended next call, or a resource's configuration (not a listing of how things
/// already are: the object must name a call, an action or a resource). Such a grant is a finding when the same object
/// names private data (a salaries sheet, an HR or finance folder, a credentials file): the data then goes to whoever
/// holds the link, with no address anywhere to check. Granting write access adds to it. A public link to a press kit,
/// a public repository's listing or a site bucket name nothing private and stay clean.
/// </summary>
/// <remarks>
/// "Anyone with the link" named in prose, in any language, is judged by <see cref="LinkSharing"/> instead.
/// The values are found by the automaton (quotes included, so prose "public" never reaches here); each grant reads at
/// most <see cref="Reach"/> characters on each side, and a grant inside the object read last is skipped, so the work
/// stays linear in the text.
/// </remarks>
internal static class PublicGrants
{
    public const int Reach = 300;

    private static readonly string[] ValueWords =
    [
        "public", "anyone", "anyone_with_link", "anyonewithlink", "anyone-with-link", "anyone_with_the_link", "everyone", "allusers", "allauthenticatedusers", "publicread",
        "public-read", "public-read-write", "public_read", "world", "internet",
    ];

    /// <summary>The automaton's words: each value in double and single quotes, and "anyone with the link" in prose (see <see cref="LinkSharing"/>).</summary>
    public static readonly string[] Values = [.. ValueWords.Select(w => "\"" + w + "\""), .. ValueWords.Select(w => "'" + w + "'"), .. LinkSharing.Phrases];

    // Parts of a key that says who may read or where something is shown.
    private static readonly string[] AccessKeys =
        ["visib", "audience", "access", "who", "shar", "scope", "perm", "acl", "type", "grant", "principal", "privacy", "expos", "link", "member", "mode", "role"];

    // Names of folders and files that hold private records, and the secret files of CommandInspector.
    private static readonly string[] PrivatePaths =
    [
        "/hr", "hr/", "payroll", "salar", "finance", "passport", "medical", "patient", "confidential", "secrets/", "/secrets", "password", "invoice", "/tax", "bank",
        "credential", "/.ssh", ".env", "id_rsa",
    ];

    // What makes the object an act (a call, a recommended next call, a resource being configured), not a listing of
    // how things already are ("visibility": "public" in a repository's metadata).
    private static readonly string[] ActionWords =
    [
        "\"tool", "tool\"", "_call", "\"call", "action", "function", "method", "arguments", "\"args", "params", "recommend", "suggest", "follow_up", "followup", "follow-up",
        "next_", "\"next", "set_", "create_", "update_", "share", "grant", "resource",
    ];

    // Quoted roles that let anyone change what is shared.
    private static readonly string[] WriteRoles = ["\"editor\"", "\"writer\"", "\"write\"", "\"owner\"", "\"edit\"", "\"read-write\"", "\"readwrite\"", "\"admin\"", "\"fileorganizer\"", "\"contributor\""];

    /// <summary>Findings for the grant values at <paramref name="grants"/> (sorted by start) whose object names private data.</summary>
    public static void Find(ScanContext context, List<(int Start, int End)>? grants, List<(int Start, int End)> sensitive, List<(int Start, int End)> addressed,
        List<(int Start, int End)> stealth, double threshold)
    {
        if (grants is null || grants.Count == 0)
        {
            return;
        }

        var text = context.Text;
        var sorted = false;
        var examined = 0;
        foreach (var (start, end) in grants)
        {
            if (start < examined)
            {
                continue;
            }

            if (text[start] is not ('"' or '\''))
            {
                if (!sorted)
                {
                    sensitive.Sort();
                    sorted = true;
                }

                // "share it with anyone with the link", in any language: judged on its sentence.
                var (prose, why) = LinkSharing.Judge(text, start, end, ExfiltrationFinder.AnyIn(addressed, start - 160, start),
                    ExfiltrationFinder.AnyIn(stealth, start - 120, end + 120), ExfiltrationFinder.AnyIn(sensitive, start - 120, end + 120));
                context.Work.TriggerChars += 2 * 120;
                examined = end;
                if (prose >= threshold)
                {
                    context.Regions.Add(new Finding(EntityTypes.Exfiltration, start, end, Math.Round(Math.Min(1, prose), 2), "exfiltration", "public-grant", why));
                }

                continue;
            }

            if (!UnderAccessKey(text, start))
            {
                continue;
            }

            var from = ObjectEdge(text, start, -1);
            var to = ObjectEdge(text, end, +1);
            examined = to;
            context.Work.TriggerChars += to - from;
            var span = text.AsSpan(from, to - from);
            if (!sorted)
            {
                sensitive.Sort();
                sorted = true;
            }

            if (!WordSearch.Any(span, ActionWords))
            {
                continue;
            }

            var what = ExfiltrationFinder.AnyIn(sensitive, from, to) ? "private data" : WordSearch.First(span, PrivatePaths) is { } path ? $"a private path ({path})" : null;
            if (what is null)
            {
                continue;
            }

            var write = WordSearch.Any(span, WriteRoles);
            var score = 0.75 + (write ? 0.15 : 0);
            if (score >= threshold)
            {
                context.Regions.Add(new Finding(EntityTypes.Exfiltration, start, end, Math.Round(score, 2), "exfiltration", "public-grant",
                    $"a structured grant of access to everyone over {what}" + (write ? ", with write access" : string.Empty)));
            }
        }
    }

    /// <summary>Whether the quoted value at <paramref name="start"/> is the value of a key naming access ("visibility": …, acl = …).</summary>
    private static bool UnderAccessKey(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && start - k < 8 && text[k] is ' ' or '\t')
        {
            k--;
        }

        if (k < 0 || text[k] is not (':' or '='))
        {
            return false;
        }

        k--;
        while (k >= 0 && text[k] is ' ' or '\t')
        {
            k--;
        }

        var keyEnd = k + (k >= 0 && text[k] is '"' or '\'' ? 0 : 1);
        if (k >= 0 && text[k] is '"' or '\'')
        {
            k--;
        }

        var keyStart = k;
        while (keyStart >= 0 && keyEnd - keyStart < 40 && (char.IsAsciiLetterOrDigit(text[keyStart]) || text[keyStart] is '_' or '-'))
        {
            keyStart--;
        }

        var key = text.AsSpan(keyStart + 1, Math.Max(0, keyEnd - keyStart - 1));
        return !key.IsEmpty && WordSearch.Any(key, AccessKeys);
    }

    /// <summary>
    /// The edge, in <paramref name="step"/>'s direction, of the object one level above the one holding the value (the call
    /// around a call's arguments, so that <c>"tool": "share_file"</c> is read with <c>"role": "anyone"</c>), at most
    /// <see cref="Reach"/> characters away.
    /// </summary>
    private static int ObjectEdge(string text, int at, int step)
    {
        var limit = step < 0 ? Math.Max(0, at - Reach) : Math.Min(text.Length, at + Reach);
        var depth = 0;
        for (var k = at; step < 0 ? k > limit : k < limit; k += step)
        {
            var c = step < 0 ? text[k - 1] : text[k];
            if (c == (step < 0 ? '}' : '{'))
            {
                depth++;
            }
            else if (c == (step < 0 ? '{' : '}') && --depth < -1)
            {
                return step < 0 ? k - 1 : k + 1;
            }
        }

        return limit;
    }
}
