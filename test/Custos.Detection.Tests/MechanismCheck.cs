namespace Custos.Detection.Tests;

/// <summary>
/// The check every injection-mechanism test makes: each attack is caught (PROMPT_INJECTION or EXFILTRATION), each
/// clean text is not; a failure names the text and every finding with its explanation. The heuristics alone: the
/// mechanisms checked are theirs (the classifier, on by default since 2026-11-29, has its own tests; on 2026-11-29 it
/// flagged 5 of these hand-written hard negatives at 0.89-0.94, listed in the README, Detection).
/// </summary>
internal static class MechanismCheck
{
    private static readonly Scanner Scanner = new(new ScannerOptions { UseInjectionClassifier = false });

    public static void Check(string[] attacks, string[] clean)
    {
        foreach (var text in attacks)
        {
            Assert.True(Caught(text), $"not caught: {text}\n{Describe(text)}");
        }

        foreach (var text in clean)
        {
            Assert.False(Caught(text), $"flagged: {text}\n{Describe(text)}");
        }
    }

    private static bool Caught(string text) =>
        Scanner.Scan(text).Any(f => f.Type is EntityTypes.PromptInjection or EntityTypes.Exfiltration);

    private static string Describe(string text) =>
        string.Join("; ", Scanner.Scan(text).Select(f => $"{f.Type} {f.Score} [{f.Start},{f.End}) {f.Explanation}"));
}
