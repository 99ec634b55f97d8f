using Custos.Detection.Scanning;

namespace Custos.Detection.Exfiltration;

/// <summary>
/// Configuration that sends every later download, clone or request through a host someone else named: git's
/// <c>url.&lt;x&gt;.insteadOf</c>, pip's <c>index-url</c>, npm's and yarn's <c>registry=</c>, Docker's
/// <c>registry-mirrors</c>, and the proxy variables. Whoever runs that host reads every request (with its tokens) and
/// answers it with packages of their choosing: a supply-chain exfiltration set up with one line. A host that is the
/// company's own (an internal label, a private address, the sentence calling it the company's or internal mirror) or a
/// public forge is not a finding. The setting word is found by the automaton; the URL is looked for in at most
/// <see cref="Reach"/> characters around it on its line, and each character is read for one setting word at most. A
/// setting the text offers as an option or an example (<see cref="DocumentedUse"/>) is documentation, not an order.
/// </summary>
internal static class TrafficRedirect
{
    public const int Reach = 100;

    /// <summary>Setting words that replace where packages, clones or requests go.</summary>
    public static readonly string[] Settings =
    [
        "insteadof", "pushinsteadof", "index-url", "registry=", "registry =", "registry-mirrors", "config set registry", "http_proxy", "https_proxy", "all_proxy",
        "http.proxy", "https.proxy", "goproxy=", "npm_config_registry", "pip_index_url",
    ];

    // Labels and words that make a host the company's own.
    private static readonly string[] InternalLabels = ["internal", "intern", "interne", "interno", "interna", "local", "localhost", "lan", "corp", "intranet", "home", "localdomain"];

    // Hosts of public forges, whose own URLs a rewrite may name (https for ssh and back).
    private static readonly string[] Forges = ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sr.ht", "dev.azure.com"];

    // How a sentence calls the host the company's own mirror.
    private static readonly string[] OwnWords =
    [
        "our own", "our company", "company's", "company mirror", "internal", "corporate", "in-house", "self-hosted", "our artifactory", "our nexus", "our mirror", "our proxy",
        "interne", "de l'entreprise", "de la société", "firmen", "unternehmens", "interner", "internen", "de la empresa", "corporativo", "interno", "interna", "dell'azienda",
        "aziendale", "da empresa", "corporativa", "van het bedrijf", "bedrijfs", "firmowy", "firmowe", "корпоратив", "внутренн", "公司内部", "内部", "社内", "사내", "şirket",
        "perusahaan", "företagets", "firemní", "εταιρ", "של החברה", "ภายในบริษัท", "internă", "companiei", "nội bộ", "कंपनी",
    ];

    private static readonly string[] Broad = ["--global", "--system", "global.", "every ", "all ", "each "];

    /// <summary>Findings for the setting words at <paramref name="settings"/> that point at an outside host.</summary>
    public static void Find(ScanContext context, List<(int Start, int End)>? settings, List<(int Start, int End)> stealth, DomainAllowlist allowlist, double threshold)
    {
        if (settings is null || settings.Count == 0)
        {
            return;
        }

        var text = context.Text;
        var examined = 0;
        foreach (var (start, end) in settings)
        {
            if (start < examined)
            {
                continue;
            }

            var lineStart = Math.Max(Math.Max(0, start - Reach), text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1);
            var lineEnd = text.IndexOf('\n', end);
            lineEnd = Math.Min(lineEnd < 0 ? text.Length : lineEnd, end + Reach);
            examined = lineEnd;
            context.Work.TriggerChars += lineEnd - lineStart;
            var rewrite = text.AsSpan(start, end - start).EndsWith("insteadof", StringComparison.OrdinalIgnoreCase);
            var url = rewrite ? LastUrl(text.AsSpan(lineStart, start - lineStart)) : FirstUrl(text.AsSpan(end, lineEnd - end));
            if (url.IsEmpty)
            {
                continue;
            }

            var host = UrlInspector.Host(url);
            var around = text.AsSpan(Math.Max(0, start - Reach - 60), Math.Min(text.Length, lineEnd + 60) - Math.Max(0, start - Reach - 60));
            if (host.IsEmpty || allowlist.Allows(host) || Internal(host) || Forge(host) || WordSearch.Any(around, OwnWords))
            {
                continue;
            }

            var broad = WordSearch.Any(text.AsSpan(lineStart, lineEnd - lineStart), Broad);
            var hidden = ExfiltrationFinder.AnyIn(stealth, start - 160, lineEnd + 120);
            var described = !hidden && DocumentedUse.Hedged(text, start); // "you can point pip at a mirror: pip config set global.index-url …"
            var score = (described ? 0.35 : 0.6) + (broad ? 0.1 : 0) + (hidden ? 0.2 : 0);
            if (score >= threshold)
            {
                context.Regions.Add(new Finding(EntityTypes.Exfiltration, start, end, Math.Round(score, 2), "exfiltration", "traffic-redirect",
                    "configuration sends package, clone or web traffic through an outside host" + (hidden ? "; asked to be done quietly" : string.Empty)));
            }
        }
    }

    private static ReadOnlySpan<char> FirstUrl(ReadOnlySpan<char> span)
    {
        var scheme = span.IndexOf("://", StringComparison.Ordinal);
        return scheme < 0 ? [] : UrlAt(span, scheme);
    }

    private static ReadOnlySpan<char> LastUrl(ReadOnlySpan<char> span)
    {
        var scheme = span.LastIndexOf("://", StringComparison.Ordinal);
        return scheme < 0 ? [] : UrlAt(span, scheme);
    }

    private static ReadOnlySpan<char> UrlAt(ReadOnlySpan<char> span, int scheme)
    {
        var from = scheme;
        while (from > 0 && char.IsAsciiLetter(span[from - 1]))
        {
            from--;
        }

        var to = scheme + 3;
        while (to < span.Length && span[to] > ' ' && span[to] is not ('"' or '\'' or '`' or ')' or ']' or ','))
        {
            to++;
        }

        return from == scheme ? [] : span[from..to];
    }

    /// <summary>A host with an internal label ("pypi.internal.acme.example", "proxy.corp.local") or a private or loopback address.</summary>
    private static bool Internal(ReadOnlySpan<char> host)
    {
        var colon = host.IndexOf(':');
        host = colon >= 0 ? host[..colon] : host;
        if (host.StartsWith("10.", StringComparison.Ordinal) || host.StartsWith("127.", StringComparison.Ordinal) || host.StartsWith("192.168.", StringComparison.Ordinal)
            || host.StartsWith("172.", StringComparison.Ordinal) && host.Length > 6 && host[4..6] is var second && int.TryParse(second.TrimEnd('.'), out var b) && b is >= 16 and <= 31)
        {
            return true;
        }

        foreach (var range in host.Split('.'))
        {
            var label = host[range];
            foreach (var l in InternalLabels)
            {
                if (label.Equals(l, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Forge(ReadOnlySpan<char> host)
    {
        foreach (var f in Forges)
        {
            if (host.Equals(f, StringComparison.OrdinalIgnoreCase) || host.EndsWith(f, StringComparison.OrdinalIgnoreCase) && host.Length > f.Length && host[^(f.Length + 1)] == '.')
            {
                return true;
            }
        }

        return false;
    }
}
