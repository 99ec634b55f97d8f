namespace Custos.Detection.Injection;

/// <summary>
/// Consent claimed as cover (batch-twenty-seven work on injection recall): an order left for a model comes with the claim
/// that someone already agreed to it ("the owner already agreed", "pre-authorised by security", "руководство это одобрило",
/// "ο διευθυντής το έχει εγκρίνει"), so that the reader skips the check a person would make. The claim (<see
/// cref="CueClass.Consent"/>) counts only with the model addressed and an order after the address, all three close together;
/// not a negated claim ("has not approved"), not a model talked about ("the model should"), not an address that forbids
/// ("agents must never …") and not a Markdown heading of an instruction file, whose rules name approvals all the time.
/// </summary>
internal sealed partial class Composition
{
    private const int ConsentReach = 160;

    /// <summary>The name of the composed signal for an order to the model covered by a claim of consent.</summary>
    public const string ClaimedConsent = "claimed-consent";

    private Hit _consent = new() { StartK = -1 };
    private Hit _qualified = new() { StartK = -1 }; // the last address with a qualifier before its comma ("Assistant for billing,")
    private int _consentSignalK = -1; // the address a signal was given for already: one each

    /// <summary>Where (folded) the last address's colon or comma stands that a word opens which is no article nor pronoun: perhaps an order's verb; -1 if none.</summary>
    private int _openingK = -1;

    /// <summary>
    /// The address's colon or comma at <paramref name="k"/> is followed by a word that opens no statement ("Asistente que lee
    /// este grupo: haz …"): an order whose verb no list may hold, which with a claim of consent is enough.
    /// </summary>
    public void Opening(int k, int lastBreak, List<InjectionSignal> output)
    {
        _openingK = k;
        AddConsent(CueClass.None, default, lastBreak, output);
    }

    /// <summary>
    /// A name for the model at <paramref name="nameK"/> followed by a qualifier and a comma ending at <paramref name="commaEndK"/>
    /// and <paramref name="end"/> (InjectionPass.QualifiedAddress.cs): addressed, weakly, unless an address holds it already.
    /// </summary>
    public void QualifiedAddress(int nameK, int commaEndK, int end, int lastBreak)
    {
        var named = _last[(int)CueClass.Ai];
        var speaker = _last[(int)CueClass.Speaker];
        if (named.StartK != nameK || _aiDefinite || _vocative.StartK >= nameK || lastBreak >= named.StartK
            || (speaker.StartK >= 0 && nameK - speaker.StartK <= SpeakerReach))
        {
            return;
        }

        // Only a claim of consent reads it as an address: a subject with a qualifier reads the same up to its comma ("Billing
        // assistant for enterprise accounts, per the runbook, approves …"), and policies stated as facts are written so.
        _qualified = new Hit { StartK = named.StartK, EndK = commaEndK, Start = named.Start, End = end, Traits = named.Traits };
    }

    private void AddConsent(CueClass cls, Hit hit, int lastBreak, List<InjectionSignal> output)
    {
        if (cls == CueClass.Consent)
        {
            // "has approved the budget": a claim with an object of its own states a fact; the cover names none or a pronoun
            // ("already agreed", "approved it", "heeft het goedgekeurd"), see InjectionPass.ConsentObject.
            if (Negated(hit.StartK, lastBreak))
            {
                return; // "has not approved", "no ha autorizado"
            }

            _consent = hit;
        }
        else if (cls is not (CueClass.None or CueClass.Action or CueClass.Send or CueClass.Harm or CueClass.Place or CueClass.Reveal))
        {
            return;
        }

        var qualified = _qualified.StartK > _vocative.StartK;
        var address = qualified ? _qualified : _vocative;
        if (_consent.StartK < 0 || address.StartK < 0 || _consentSignalK == address.StartK
            || (!qualified && (_vocativeTalkedAbout || _vocativeNote || _forbidK == _vocative.StartK)))
        {
            return;
        }

        var order = Latest(address.EndK - 1, CueClass.Action, CueClass.Send, CueClass.Harm, CueClass.Place, CueClass.Reveal);
        if (order.StartK < 0 && _openingK >= address.StartK)
        {
            order = address; // the address's colon or comma, then a word that may be the order's verb
            order.StartK = order.EndK = _openingK;
        }

        if (order.StartK < 0 || order.StartK - address.EndK > ConsentReach
            || Math.Abs(_consent.StartK - address.StartK) > ConsentReach || Math.Abs(_consent.StartK - order.StartK) > ConsentReach)
        {
            return;
        }

        if (_consent.StartK > order.StartK && lastBreak < order.StartK)
        {
            return; // "use only dependencies whose licences legal has approved": a claim after the order is one only in a sentence of its own
        }

        _consentSignalK = address.StartK;
        output.Add(Signal(ClaimedConsent, Span(Span(address, order), _consent), 0.55));
    }
}
