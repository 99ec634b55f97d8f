namespace Custos.Detection.Injection;

/// <summary>
/// Words of the writer's own (my, mon, mein, mi, mio, meu, mijn, mój, мой) before a credential ("forward the PDF from my
/// inbox to my personal address"): the writer sends what is theirs, which is no leak. Looked for only behind a word of
/// the credential class (<see cref="InjectionPass"/>), as the articles are.
/// </summary>
internal static class OwnWords
{
    public static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal)
    {
        "my", "mon", "ma", "mes", "mein", "meine", "meinen", "meinem", "meiner", "mi", "mis", "mio", "mia", "miei", "mie", "meu", "minha", "meus", "minhas",
        "mijn", "mój", "moje", "moja", "moich", "мой", "мою", "мои", "моя", "моего", "моих",
    };

    /// <summary>Words of leave before a verb ("you may share", "du darfst teilen"): the verb is allowed, not ordered.</summary>
    public static readonly HashSet<string> Leave = new(StringComparer.Ordinal)
    {
        "may", "peux", "pouvez", "darfst", "dürfen", "darf", "puedes", "puede", "puoi", "può", "podes", "pode", "mag", "moogt",
    };
}
