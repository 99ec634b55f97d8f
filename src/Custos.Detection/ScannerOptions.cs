namespace Custos.Detection;

/// <summary>What a <see cref="Scanner"/> looks for. Build a scanner once per configuration and share it.</summary>
public sealed class ScannerOptions
{
    /// <summary>The types to report; empty means all of <see cref="EntityTypes.All"/>.</summary>
    public ISet<string> EnabledTypes { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Region (ISO 3166 alpha-2) for phone numbers written without a country code.</summary>
    public string DefaultRegion { get; init; } = "US";

    /// <summary>Findings scoring below this are dropped. Context words raise scores.</summary>
    public double MinimumScore { get; init; } = 0.5;

    /// <summary>How many characters before a candidate are searched for context words.</summary>
    public int ContextWindow { get; init; } = 48;

    /// <summary>Exact values Custos holds (its own secrets); matched in every encoding <see cref="KnownSecrets"/> knows.</summary>
    public KnownSecrets? KnownSecrets { get; init; }

    /// <summary>PROMPT_INJECTION findings scoring below this are dropped (0.5: one strong signal, or two weaker ones).</summary>
    public double PromptInjectionThreshold { get; init; } = 0.5;

    /// <summary>EXFILTRATION findings scoring below this are dropped.</summary>
    public double ExfiltrationThreshold { get; init; } = 0.5;

    /// <summary>
    /// Domains data may be sent to (custos.yaml feeds them): URLs, commands and addresses at these domains or their
    /// subdomains are never EXFILTRATION findings. Bare domains ("example.com"), compared without case.
    /// </summary>
    public ISet<string> AllowedDomains { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Finding types of the user's own (custos.yaml), run over the same text as the built-in pass.</summary>
    public IReadOnlyList<CustomEntityType> CustomTypes { get; init; } = [];

    /// <summary>
    /// Scores the injection signals of a scan; null means <see cref="HeuristicInjectionDetector"/>, or
    /// <see cref="ClassifierInjectionDetector.Instance"/> (the heuristics with the trained classifier beside them) when
    /// <see cref="UseInjectionClassifier"/> is true.
    /// </summary>
    public IPromptInjectionDetector? InjectionDetector { get; init; }

    /// <summary>
    /// Whether the default injection detector adds the trained classifier to the heuristics (on by default; false leaves
    /// the heuristics alone). Out of sample it raised F1 on every unseen batch for three sessions; its threshold (0.88
    /// since 2026-11-29, seventh session) is chosen so that, out of sample, Custos with it flags no more benign text than
    /// the heuristics alone (batches 26 and 27, which neither had learned: 9 of 240 flagged either way; README, Detection).
    /// It reads texts of up to <see cref="ClassifierInjectionDetector.MaxTextLength"/> characters in which the heuristics
    /// found no injection.
    /// </summary>
    public bool UseInjectionClassifier { get; init; } = true;

    /// <summary>Why <paramref name="domain"/> cannot be an <see cref="AllowedDomains"/> entry, or null when it can.</summary>
    public static string? AllowedDomainProblem(string domain) => Exfiltration.DomainAllowlist.Problem(domain);

    internal bool IsEnabled(string type) => EnabledTypes.Count == 0 || EnabledTypes.Contains(type);

    internal void Validate()
    {
        foreach (var type in EnabledTypes)
        {
            if (!EntityTypes.All.Contains(type))
            {
                throw new ArgumentException($"unknown finding type '{type}'; known types are {string.Join(", ", EntityTypes.All)}", nameof(EnabledTypes));
            }
        }

        if (MinimumScore is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumScore), MinimumScore, "the minimum score must be between 0 and 1");
        }

        foreach (var (name, value) in new[] { (nameof(PromptInjectionThreshold), PromptInjectionThreshold), (nameof(ExfiltrationThreshold), ExfiltrationThreshold) })
        {
            if (value is < 0 or > 1 || double.IsNaN(value))
            {
                throw new ArgumentOutOfRangeException(name, value, $"the {name} must be between 0 and 1");
            }
        }

        foreach (var domain in AllowedDomains)
        {
            if (Exfiltration.DomainAllowlist.Problem(domain) is { } problem)
            {
                throw new ArgumentException(problem, nameof(AllowedDomains));
            }
        }

        if (ContextWindow is < 0 or > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(ContextWindow), ContextWindow, "the context window must be between 0 and 1024 characters");
        }
    }
}
