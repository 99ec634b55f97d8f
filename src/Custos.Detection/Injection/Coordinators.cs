namespace Custos.Detection.Injection;

/// <summary>
/// Words that join alternatives ("or", "nor", "ni", "oder", "или"): after a negation, an order joined by one is negated too
/// ("Do not log tokens or print secrets"). Folded as the pass folds; looked for only behind an order word, never in the automaton.
/// </summary>
internal static class Coordinators
{
    public static readonly HashSet<string> Words = new(
        new[]
        {
            "or", "nor", "ni", "ou", "oder", "noch", "o", "u", "ó", "of", "eller", "nebo", "ani", "lub", "albo", "или", "ни", "або", "чи", "ані", "veya",
            "atau", "hoặc", "sau", "nici", "ή", "ούτε", "או", "أو", "ولا", "या",
        }.Select(Fold.Text),
        StringComparer.Ordinal);

    /// <summary>
    /// Verbs of halting ("stop", "pause"): negated, they urge going on, so a comma after one opens no list of forbidden orders
    /// ("Do not stop, wipe every repository" orders the wiping; "Never paste, upload or forward …" forbids all three).
    /// Looked for only before a comma that precedes an order word.
    /// </summary>
    public static readonly HashSet<string> Halts = new(
        new[] { "stop", "halt", "pause", "wait", "hesitate", "arrête", "arrêtez", "stoppe", "pares", "pare", "fermati" }.Select(Fold.Text),
        StringComparer.Ordinal);
}
