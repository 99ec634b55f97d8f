namespace Custos.Detection.Injection;

/// <summary>
/// Orders stated as facts or policies about what automated readers do, with no imperative and no override
/// (<see cref="PolicyStatementVocabulary"/>):
/// <list type="bullet">
/// <item>a sentence whose subject is a name for the model ("Provisioning agents", "the access bot", "le contrôleur IA",
/// "AI 비서는") with a verb of what it habitually does after it ("copy", "grants", "valide", "알려") or an approval claimed
/// for it ("was approved under CHG-4412"), and a stake in the same sentence: a stake by itself (<see cref="CueClass.Exposure"/>:
/// PermitRootLogin yes, "without a human approver", "sans justificatif", "unmasked", "no issues found"), a control
/// weakened ("removing the Content-Security-Policy header"), what an order to a reader must not hand out
/// (<see cref="CueClass.Privilege"/>, <see cref="CueClass.Stakes"/>, <see cref="CueClass.Unchecked"/>), or a credential or personal
/// data handed out or taken outside ("texts it to", "to the public channel", "to anyone who asks");</item>
/// <item>the same stakes after an address ("Config-management agents: PermitRootLogin yes … are the agreed settings", "Note for
/// automated optimisers: removing the Content-Security-Policy header …"), which need no verb: the address says whom the
/// stake is for.</item>
/// </list>
/// A verb or a stake negated ("agents never commit .env", "is never unmasked") is none; a person who approves is no stake.
/// Constant work per class word: the rule looks only at the last word of each class.
/// </summary>
internal sealed partial class Composition
{
    private const int PolicyVerbReach = 64;
    private const int PolicyReach = 240;
    private const int WeakenReach = 40;
    private const int NotAfterReach = 8;

    /// <summary>The name of the composed signal for an order stated as a fact or a policy about an automated reader.</summary>
    public const string PolicyForReader = "policy-for-automated-reader";

    // The subject and the address a policy signal was given for already: one signal each.
    private int _policySubjectK = -1;
    private int _policyVocativeK = -1;
    private int _policySignal = -1; // the index in the output of the last signal given for a subject, and its verb
    private int _policyVerbK = -1;

    /// <summary>Where (folded) the last verb with "to" before it starts ("asks the assistant to reset"); -1 if none.</summary>
    public int InfinitiveK { get; set; } = -1;

    /// <summary>Where (folded) the last verb of a verb-final language starts ("알려주는", "付与します", "iletir"): its object comes before it.</summary>
    public int VerbFinalK { get; set; } = -1;

    private void AddPolicy(CueClass cls, Hit hit, int lastBreak, List<InjectionSignal> output)
    {
        switch (cls)
        {
            case CueClass.Not:
                // Negation after the verb: "stuurt nooit", "skickar aldrig", "deaktiviert nie", "教えません", "알려주지 않습니다".
                var last = Latest(lastBreak, CueClass.Habitual, CueClass.Disclose, CueClass.Weaken);
                if (last.StartK >= 0 && last.EndK <= hit.StartK && hit.StartK - last.EndK <= NotAfterReach)
                {
                    _last[(int)CueClass.Habitual].StartK = _last[(int)CueClass.Disclose].StartK = _last[(int)CueClass.Weaken].StartK = -1;
                    if (_policySignal >= 0 && _policySignal < output.Count && output[_policySignal].Name == PolicyForReader && _policyVerbK == last.StartK)
                    {
                        output.RemoveAt(_policySignal); // given when the verb came (its object before it), taken back now
                        _policySignal = -1;
                        _policySubjectK = -1;
                    }
                }

                return;
            case CueClass.Habitual or CueClass.Disclose or CueClass.Weaken or CueClass.Exposure or CueClass.Outside:
                if (Negated(hit.StartK, lastBreak))
                {
                    // "agents never send", "is not public", "no external": what is negated is neither the verb nor the stake.
                    _last[(int)cls].StartK = -1;
                    return;
                }

                break;
            case CueClass.Control or CueClass.Personal or CueClass.Credential or CueClass.Privilege or CueClass.Unchecked or CueClass.Stakes
                or CueClass.Url or CueClass.Sink or CueClass.Approved or CueClass.Authority or CueClass.Action or CueClass.Send or CueClass.Place or CueClass.Harm:
                break;
            default:
                return;
        }

        // Not a speaker of a transcript ("User: … Assistant: include every value …"), nor the object of an order opening the
        // sentence ("Give the keys to the agent at the desk and pay …").
        var subject = _last[(int)CueClass.Ai];
        var speaker = _last[(int)CueClass.Speaker];
        if (subject.StartK >= 0 && subject.StartK != _policySubjectK && lastBreak < subject.StartK && hit.StartK - subject.StartK <= PolicyReach
            && !(speaker.StartK >= 0 && subject.StartK - speaker.StartK <= SpeakerReach) && !(_openingAction.StartK > lastBreak && _openingAction.StartK < subject.StartK))
        {
            var verb = Latest(subject.EndK - 1, CueClass.Habitual, CueClass.Disclose, CueClass.Weaken, CueClass.Action, CueClass.Send, CueClass.Place, CueClass.Harm);
            // An order word of the other lists right after the name is often a noun of a compound ("LLM output", "bot run"):
            // only this file's verbs may follow the subject at once.
            var own = verb.StartK == Latest(subject.EndK - 1, CueClass.Habitual, CueClass.Disclose, CueClass.Weaken).StartK;
            var acts = verb.StartK >= 0 && verb.StartK - subject.EndK <= PolicyVerbReach && verb.StartK != InfinitiveK && (own || verb.StartK - subject.EndK > 1)
                && !Negated(verb.StartK, lastBreak);
            var claimed = Latest(subject.StartK, CueClass.Approved).StartK >= 0;
            // "To configure the bot, paste your API token": the reader's own, an instruction to a person, not a reader's habit.
            var yours = _last[(int)CueClass.You].StartK > subject.StartK;
            if ((acts || claimed) && !yours && PolicyStake(subject.StartK, lastBreak, acts && verb.StartK == _last[(int)CueClass.Disclose].StartK, acts ? verb : default, claimed, ordered: true))
            {
                _policySubjectK = subject.StartK;
                _policySignal = output.Count;
                _policyVerbK = acts ? verb.StartK : -1;
                // The span is the subject and its verb: the stake may sit inside a quotation ("summarised as 'no issues found'"),
                // which a span reaching into it would cross (HeuristicInjectionDetector.CrossesQuotation).
                output.Add(Signal(PolicyForReader, acts && verb.StartK > subject.StartK ? Span(subject, verb) : subject, 0.55));
                return;
            }
        }

        // After an address, the stake needs no verb: "Config-management agents: PermitRootLogin yes … are the agreed settings".
        // Not a model talked about ("The agent must verify … before changing the bank account"): told how to work, with care.
        if (_vocative.StartK >= 0 && _vocative.StartK != _policyVocativeK && hit.StartK - _vocative.StartK <= AddressReach && _forbidK != _vocative.StartK
            && !_vocativeTalkedAbout && PolicyStake(_vocative.StartK, _vocativeNote ? lastBreak : -1, disclosed: false, verb: default, claimed: true, ordered: false))
        {
            _policyVocativeK = _vocative.StartK;
            output.Add(Signal(PolicyForReader, _vocative, 0.55));
        }
    }

    /// <summary>A negation after the verb and before the stake ("marks repeated invoices so they are not paid twice"): the stake is what is prevented.</summary>
    private bool NotBetween(Hit verb, Hit stake)
    {
        var not = _last[(int)CueClass.Not];
        return verb.EndK > 0 && not.StartK >= verb.EndK && not.EndK <= stake.StartK;
    }

    /// <summary>
    /// Whether something is at stake after <paramref name="fromK"/> in the sentence (after <paramref name="lastBreak"/>): a stake
    /// by itself, a control weakened, a privilege or a check skipped, or a credential or personal data taken outside (or handed
    /// out, when the verb <paramref name="disclosed"/> does); after <paramref name="verb"/> unless an approval is
    /// <paramref name="claimed"/>, and a stake overlapping the verb does not count; privileges, skipped checks and payees only
    /// when something is <paramref name="ordered"/> done.
    /// </summary>
    private bool PolicyStake(int fromK, int lastBreak, bool disclosed, Hit verb, bool claimed, bool ordered)
    {
        // What a reader does puts at stake what follows the verb ("the agent had write access and treated …" is a story);
        // an approval claimed, or an address, covers the whole sentence.
        var after = Math.Max(Math.Max(fromK, lastBreak), claimed || verb.EndK <= 0 || verb.StartK == VerbFinalK ? -1 : verb.StartK - 1);
        // A stake that holds the verb ("had write access", "skip CI") is the verb's object named, not a second word.
        // What an order must not hand out (a privilege, a check skipped, a payee) is a stake only when something is done with it.
        var stake = ordered ? Latest(after, CueClass.Exposure, CueClass.Unchecked, CueClass.Stakes) : Latest(after, CueClass.Exposure);
        if (stake.StartK >= 0
            && !(_negatedOrderEndK >= 0 && stake.StartK >= _negatedOrderEndK && stake.StartK - _negatedOrderEndK <= NegatedSinkReach)
            && !(verb.EndK > 0 && stake.StartK < verb.EndK && verb.StartK < stake.EndK) && !NotBetween(verb, stake))
        {
            return true;
        }

        var weaken = _last[(int)CueClass.Weaken];
        var control = _last[(int)CueClass.Control];
        if (weaken.StartK > after && control.StartK > after && Gap(weaken, control) <= WeakenReach)
        {
            return true;
        }

        var data = Latest(after, CueClass.Credential, CueClass.Personal);
        return data.StartK >= 0 && data.StartK != OwnCredentialK && (disclosed || Latest(after, CueClass.Outside, CueClass.Url, CueClass.Sink).StartK >= 0);
    }
}
