namespace Custos.Detection.Injection;

/// <summary>
/// An order left for a model that reads the text, whose verb no list holds (batch-twenty-five work on injection recall):
/// every batch writes the order with new verbs in every language ("inscrivez-le", "zet", "haal", "kieruj", "změň", "swap",
/// "type"), while what it puts at stake comes from a closed set that the classes already hold. So after an address that
/// names a reader of this text ("Aux assistants qui lisent cette page :", "Note for SEO assistants:", "agents reading
/// this:"), a strong stake in the clause that follows stands for the order: a saved card or a payee, credentials, a privilege handed out, a web address, a destroying or paying verb, something kept from the person
/// or a check waved away. Not the weak stakes (the user, "every", the rules, an authority), which instruction files for
/// agents name all the time, not an address that is a Markdown heading (AGENTS.md) or a noun of machines (a label), and
/// not a model talked about ("the model should"), and not a statement after the colon (InjectionPass.Statement.cs).
/// </summary>
internal sealed partial class Composition
{
    private const int AddressedStakeReach = 120;

    private int _addressedStakeK = -1; // the address a signal was given for already: one each

    /// <summary>Where (folded) the last colon of an address stands that a statement follows ("Agents reading this repo: the token …"); -1 if none.</summary>
    public int StatementK { get; set; } = -1;

    private void AddressedStake(CueClass cls, Hit hit, int lastBreak, List<InjectionSignal> output)
    {
        if (!_vocativeReads || _vocativeNote || _vocativeMachine || _vocativeTalkedAbout || _addressedStakeK == _vocative.StartK
            || hit.StartK - _vocative.EndK > AddressedStakeReach || lastBreak >= _vocative.EndK
            || cls is not (CueClass.Credential or CueClass.Privilege or CueClass.Stakes or CueClass.Url or CueClass.Harm
                or CueClass.Conceal or CueClass.Stealth or CueClass.Unchecked))
        {
            return;
        }

        if (StatementK >= _vocative.StartK && StatementK < hit.StartK)
        {
            return; // "Assistants reading this page: our docs live at https://…": a statement, no order
        }

        var not = _last[(int)CueClass.Not];
        if (not.StartK > _vocative.StartK && not.EndK <= hit.StartK && hit.StartK - not.EndK <= NegatedSinkReach && lastBreak < not.StartK)
        {
            return; // "never commit secrets", "ne jamais partager le mot de passe": what is not to be done
        }

        _addressedStakeK = _vocative.StartK;
        output.Add(Signal(InjectionVocabulary.AddressedToAi, Span(_vocative, hit), 0.55));
    }
}
