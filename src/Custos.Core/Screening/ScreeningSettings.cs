using System.Collections.Frozen;
using Custos.Detection;
using Custos.Detection.Redaction;

namespace Custos.Core.Screening;

/// <summary>
/// The <c>screening:</c> section of custos.yaml: per finding type and direction what Custos does (allow, redact,
/// block, escalate), how it redacts, and per-agent overrides. Types not named keep their secure defaults.
/// </summary>
public sealed class ScreeningSettings
{
    /// <summary>Every type a rule may name: what the scanner detects, and the injection and exfiltration types.</summary>
    public static IReadOnlyList<string> KnownTypes { get; } =
        [.. EntityTypes.All.Concat([EntityTypes.PromptInjection, EntityTypes.Exfiltration]).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The defaults: a secret never goes upstream and is redacted coming back; personal data is redacted on
    /// the way back (card numbers and social security numbers on the way in too); prompt injection in arguments
    /// waits for a person and is blocked in results; exfiltration is blocked both ways.
    /// </summary>
    public static FrozenDictionary<string, ScreeningRule> Defaults { get; } = new Dictionary<string, ScreeningRule>(StringComparer.Ordinal)
    {
        [EntityTypes.Secret] = new(ScreeningAction.Block, ScreeningAction.Redact, RedactionMethod.Replace),
        [EntityTypes.EmailAddress] = new(ScreeningAction.Allow, ScreeningAction.Redact, RedactionMethod.Replace),
        [EntityTypes.PhoneNumber] = new(ScreeningAction.Allow, ScreeningAction.Redact, RedactionMethod.Mask),
        [EntityTypes.CreditCard] = new(ScreeningAction.Redact, ScreeningAction.Redact, RedactionMethod.Partial),
        [EntityTypes.IbanCode] = new(ScreeningAction.Allow, ScreeningAction.Redact, RedactionMethod.Partial),
        [EntityTypes.UsSsn] = new(ScreeningAction.Redact, ScreeningAction.Redact, RedactionMethod.Mask),
        [EntityTypes.IpAddress] = new(ScreeningAction.Allow, ScreeningAction.Redact, RedactionMethod.Replace),
        [EntityTypes.UkNino] = new(ScreeningAction.Redact, ScreeningAction.Redact, RedactionMethod.Mask),
        [EntityTypes.UkNhs] = new(ScreeningAction.Redact, ScreeningAction.Redact, RedactionMethod.Mask),
        [EntityTypes.DeVatId] = new(ScreeningAction.Allow, ScreeningAction.Redact, RedactionMethod.Partial),
        [EntityTypes.ItVatCode] = new(ScreeningAction.Allow, ScreeningAction.Redact, RedactionMethod.Partial),
        [EntityTypes.EuVatId] = new(ScreeningAction.Allow, ScreeningAction.Redact, RedactionMethod.Partial),
        [EntityTypes.DateTime] = new(ScreeningAction.Allow, ScreeningAction.Redact, RedactionMethod.Mask),
        [EntityTypes.Crypto] = new(ScreeningAction.Allow, ScreeningAction.Redact, RedactionMethod.Partial),
        [EntityTypes.UsItin] = new(ScreeningAction.Redact, ScreeningAction.Redact, RedactionMethod.Mask),
        [EntityTypes.AbaRoutingNumber] = new(ScreeningAction.Allow, ScreeningAction.Redact, RedactionMethod.Partial),
        [EntityTypes.InAadhaar] = new(ScreeningAction.Redact, ScreeningAction.Redact, RedactionMethod.Mask),
        [EntityTypes.InPan] = new(ScreeningAction.Redact, ScreeningAction.Redact, RedactionMethod.Mask),
        [EntityTypes.EsNif] = new(ScreeningAction.Redact, ScreeningAction.Redact, RedactionMethod.Mask),
        [EntityTypes.EsNie] = new(ScreeningAction.Redact, ScreeningAction.Redact, RedactionMethod.Mask),
        [EntityTypes.ItFiscalCode] = new(ScreeningAction.Redact, ScreeningAction.Redact, RedactionMethod.Mask),
        [EntityTypes.AuAbn] = new(ScreeningAction.Allow, ScreeningAction.Redact, RedactionMethod.Partial),
        [EntityTypes.AuTfn] = new(ScreeningAction.Redact, ScreeningAction.Redact, RedactionMethod.Mask),
        [EntityTypes.SgNricFin] = new(ScreeningAction.Redact, ScreeningAction.Redact, RedactionMethod.Mask),
        [EntityTypes.PlPesel] = new(ScreeningAction.Redact, ScreeningAction.Redact, RedactionMethod.Mask),
        [EntityTypes.FiPersonalIdentityCode] = new(ScreeningAction.Redact, ScreeningAction.Redact, RedactionMethod.Mask),
        [EntityTypes.PromptInjection] = new(ScreeningAction.Escalate, ScreeningAction.Block, RedactionMethod.Replace),
        [EntityTypes.Exfiltration] = new(ScreeningAction.Block, ScreeningAction.Block, RedactionMethod.Replace),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>For a type Custos does not know (a detector added later): allow in, redact out.</summary>
    public static ScreeningRule Fallback { get; } = new(ScreeningAction.Allow, ScreeningAction.Redact, RedactionMethod.Replace);

    public static ScreeningSettings Default { get; } = new();

    /// <summary>The rule per type, defaults merged with custos.yaml.</summary>
    public FrozenDictionary<string, ScreeningRule> Types { get; init; } = Defaults;

    /// <summary>Per agent, the rules that differ from <see cref="Types"/>.</summary>
    public FrozenDictionary<string, FrozenDictionary<string, ScreeningRule>> Agents { get; init; } =
        FrozenDictionary<string, FrozenDictionary<string, ScreeningRule>>.Empty;

    /// <summary>Findings scoring below this are not reported.</summary>
    public double MinimumScore { get; init; } = 0.5;

    /// <summary>
    /// <c>screening.allowed_domains</c>: domains data may be sent to. A URL, command or address whose host is one
    /// of them or a subdomain of it (suffix match on whole labels) is never an EXFILTRATION finding.
    /// </summary>
    public FrozenSet<string> AllowedDomains { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// <c>screening.injection_classifier</c>: whether the trained injection classifier reads, beside the heuristics, the
    /// texts in which they find no injection (<see cref="ScannerOptions.UseInjectionClassifier"/>). On unless set to false.
    /// </summary>
    public bool InjectionClassifier { get; init; } = true;

    /// <summary><c>screening.tokens.retention</c>: how long a reversible token can be turned back into its value after the value was last redacted.</summary>
    public TimeSpan TokenRetention { get; init; } = DefaultTokenRetention;

    /// <summary>90 days, unless custos.yaml says otherwise.</summary>
    public static TimeSpan DefaultTokenRetention { get; } = TimeSpan.FromDays(90);

    private static readonly IReversibleTokenizer TypeOnly = new TypeOnlyTokenizer();

    /// <summary>Every type policy counts in <c>context.findingCounts</c>: the known types, then the user's own.</summary>
    public IReadOnlyList<string> CountedTypes => countedTypes ??= [.. KnownTypes.Concat(CustomTypes.Select(t => t.Name)).Distinct(StringComparer.Ordinal)];

    private IReadOnlyList<string>? countedTypes;

    /// <summary>Types of the user's own (<c>screening.types.NAME.pattern</c>); their rules are in <see cref="Types"/>.</summary>
    public IReadOnlyList<CustomEntityType> CustomTypes { get; init; } = [];

    public ScreeningRule RuleFor(string? agent, string type)
    {
        if (agent is not null && Agents.TryGetValue(agent, out var overrides) && overrides.TryGetValue(type, out var own))
        {
            return own;
        }

        return Types.TryGetValue(type, out var rule) ? rule : Fallback;
    }

    /// <summary>The redaction policy for an agent's rules (the keyed-hash key is Custos's own).</summary>
    /// <remarks>
    /// Without <paramref name="tokens"/> (a streamed completion, or no vault), <c>redaction: token</c> writes the
    /// type alone, as <c>replace</c> does: the value never passes, it only cannot be recovered.
    /// </remarks>
    internal RedactionPolicy RedactionFor(string? agent, ReadOnlyMemory<byte> hashKey, IReversibleTokenizer? tokens = null)
    {
        var methods = new Dictionary<string, RedactionMethod>(StringComparer.Ordinal);
        foreach (var type in Types.Keys)
        {
            methods[type] = RuleFor(agent, type).Redaction;
        }

        if (agent is not null && Agents.TryGetValue(agent, out var overrides))
        {
            foreach (var (type, rule) in overrides)
            {
                methods[type] = rule.Redaction;
            }
        }

        return new RedactionPolicy { Default = Fallback.Redaction, Methods = methods, HashKey = hashKey, Tokenizer = tokens ?? TypeOnly };
    }

    private sealed class TypeOnlyTokenizer : IReversibleTokenizer
    {
        public string Tokenize(Finding finding, ReadOnlySpan<char> value) => $"<{finding.Type}>";
    }
}
