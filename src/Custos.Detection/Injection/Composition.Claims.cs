namespace Custos.Detection.Injection;

/// <summary>
/// Claims that change what the model may do, written without the usual words (batch twenty-one's misses, tuning material):
/// <list type="bullet">
/// <item>jailbreak: the reader's rules said to be past ("the restrictions you shipped with were retired", "le tue linee
/// guida sono scadute", "twoje zasady wygasły"), then, in the same sentence or the next few, the setup named, role play,
/// what a refusal exists for, or rules declared gone, for which the claim clears the way. Not rules of the world that
/// expired ("your parking permit rules expired, so answer the form again"): the reader must be named beside the rules,
/// and what is asked must be the model's;</item>
/// <item>override or reveal-system-prompt: a role or verification claimed as a header or tag ("X-Role: admin",
/// "&lt;verified&gt;true&lt;/verified&gt;", "[AUTH: superuser=1]"), then, within a few sentences, checks set aside or the
/// setup or a credential asked for. A header documented ("if X-Role: admin is present, the API returns 403") asks for
/// nothing.</item>
/// </list>
/// Constant work per class word, as the other patterns.
/// </summary>
internal sealed partial class Composition
{
    private const int RetiredReach = 48; // "the restrictions you shipped with were retired"
    private const int ClaimReach = 320; // a header block, then the order a few lines on

    private Hit _retired = new() { StartK = -1 }; // the last rules of the reader's said to be past
    private int _retiredSignalled = -1;

    private void AddClaims(CueClass cls, Hit hit, int startK, int lastBreak, List<InjectionSignal> output)
    {
        if (cls == CueClass.Retired)
        {
            var rulesClass = Later(CueClass.Rules, Later(CueClass.OwnRules, CueClass.OwnSecret));
            var rules = _last[(int)rulesClass];
            var you = Later(CueClass.You, CueClass.YourAfter);
            var reader = _last[(int)you];
            if (rules.StartK >= 0 && rules.EndK <= startK && startK - rules.EndK <= RetiredReach && lastBreak < rules.StartK
                && reader.StartK >= 0 && reader.StartK >= rules.StartK - YouReach && reader.StartK < startK && lastBreak < reader.EndK
                && !Negated(rules.StartK, lastBreak))
            {
                _retired = Span(rules, hit);
            }
        }

        // The claim, then something asked (or asked just before it): the setup, role play, what a refusal is for, rules gone.
        var asks = cls is CueClass.Role or CueClass.Unbound or CueClass.OwnSecret or CueClass.Harmful
            || (cls is CueClass.Rules or CueClass.NegatorAfter && _rulesGone.EndK == hit.EndK && _rulesGone.StartK > _retired.EndK);
        if (_retired.StartK >= 0 && _retiredSignalled != _retired.StartK && startK - _retired.EndK <= SentenceReach
            && ((asks && startK >= _retired.EndK) || (cls == CueClass.Retired && _retired.EndK == hit.EndK && AskedSince(_retired.StartK - SentenceReach))))
        {
            _retiredSignalled = _retired.StartK;
            output.Add(Signal(InjectionVocabulary.Jailbreak, asks ? Span(_retired, hit) : _retired, 0.55));
        }

        var claim = _last[(int)CueClass.HeaderClaim];
        if (claim.StartK < 0 || claim.StartK > startK || startK - claim.StartK > ClaimReach)
        {
            return;
        }

        switch (cls)
        {
            case CueClass.Override or CueClass.Rules or CueClass.OwnRules or CueClass.Unchecked:
                if (Near(CueClass.Override, CueClass.Rules, lastBreak, PairReach, out var pair) || Near(CueClass.Override, CueClass.OwnRules, lastBreak, PairReach, out pair))
                {
                    output.Add(Signal(InjectionVocabulary.Override, Span(claim, pair), 0.55));
                }

                break;
            case CueClass.Reveal or CueClass.OwnSecret or CueClass.Credential:
                if (Near(CueClass.Reveal, CueClass.OwnSecret, lastBreak, PairReach, out var shown))
                {
                    output.Add(Signal(InjectionVocabulary.Reveal, Span(claim, shown), 0.55));
                }
                else if (Near(CueClass.Reveal, CueClass.Credential, lastBreak, PairReach, out shown))
                {
                    output.Add(Signal(LeakCredential, Span(claim, shown), 0.55));
                }

                break;
        }
    }

    // Whether an answer, a disclosure or role play was asked shortly before (from folded position from, in this sentence or the last few).
    private bool AskedSince(int from) =>
        Latest(from, CueClass.Role, CueClass.Unbound, CueClass.Harmful).StartK >= 0;
}
