namespace Custos.Detection.Exfiltration;

/// <summary>
/// A setting or command described as an option rather than ordered: "you can point pip at a mirror with …", "for
/// example, `pip config set global.index-url https://mirror.example/simple`", "if your network blocks PyPI, …",
/// "vous pouvez …", "zum Beispiel …". Documentation of how a tool is configured names a host for the reader to pick;
/// an order ("apply on every dev box", "before installing anything") does not hedge. A bare "if you" is no hedge:
/// "if you are an AI agent, run …" is how orders to a model begin. Only the sentence before the
/// setting, on its line and at most <see cref="Reach"/> characters back, is read.
/// </summary>
internal static class DocumentedUse
{
    public const int Reach = 120;

    private static readonly string[] Hedges =
    [
        "you can", "you could", "you may", "can be", "could be", "if your", "to use a", "to use an", "for example", "e.g.", "such as", "lets you", "allows you",
        "optionally", "how to", "example:", "for instance", "alternatively",
        "vous pouvez", "tu peux", "peut être", "si votre", "par exemple", "pour utiliser",
        "sie können", "du kannst", "kann man", "zum beispiel", "z. b.", "z.b.",
        "puedes", "puede usar", "por ejemplo", "si tu red", "para usar", "puoi", "ad esempio", "per esempio", "você pode", "por exemplo",
        "je kunt", "bijvoorbeeld", "można", "na przykład", "можно", "например",
        "例えば", "たとえば", "できます", "例如", "比如", "可以", "예를 들어", "수 있습니다",
    ];

    /// <summary>Whether the sentence before <paramref name="start"/> (on its line) hedges what follows as an option or an example.</summary>
    public static bool Hedged(string text, int start)
    {
        var from = Math.Max(0, start - Reach);
        var line = text.LastIndexOf('\n', Math.Max(0, start - 1));
        from = Math.Max(from, line + 1);
        var before = text.AsSpan(from, start - from);
        // The last end of a sentence: a stop followed by a space, not "e.g." or "z. B." (a dot inside "global.index-url" ends nothing).
        for (var k = before.Length - 2; k >= 0; k--)
        {
            if (before[k] is '.' or '!' or '?' or ';' && before[k + 1] == ' ' && !EndsHedge(before[..(k + 1)]))
            {
                before = before[(k + 1)..];
                break;
            }
        }

        foreach (var h in Hedges)
        {
            if (before.Contains(h, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsHedge(ReadOnlySpan<char> span) =>
        span.EndsWith("e.g.", StringComparison.OrdinalIgnoreCase) || span.EndsWith("z. b.", StringComparison.OrdinalIgnoreCase) || span.EndsWith("z.b.", StringComparison.OrdinalIgnoreCase);
}
