namespace Custos.Detection.Injection;

/// <summary>
/// The reader addressed by a frame rather than by its noun (<see cref="AddresseeVocabulary"/>):
/// <list type="bullet">
/// <item>a noun of machines ("tools", "system", "browsers") is a name for the model when a note stands before it ("Note
/// for e-discovery review tools:", "to whichever system handles support") or the reader's context right after it
/// ("Summary tools writing this up for …"), or when it ends a header with more words before it ("Literature-review
/// tools:"; not a bare "Tools:" list);</item>
/// <item>"to the", "for the", "ao", "an den" before a name for the model address it weakly ("ao assistente da
/// secretaria, envie …"), and a header they open addresses it even though the name is definite ("To the orchestrator:",
/// "To the AI that routes these leads:", "For the clinical AI scribe:").</item>
/// </list>
/// The address alone signals nothing: an order with something at stake must follow it, as for any address.
/// </summary>
internal sealed partial class Composition
{
    private const int MachineNoteReach = 40;
    private const int MachineContextGap = 2;
    private const int DedicationReach = 24;

    // The address names a noun of machines ("review tools:"), which labels lists in documentation too ("Build tools: make,
    // cmake"): an order after it needs a stake of its own (not "every", the rules or the user).
    private bool _vocativeMachine;

    private void Addressee(CueClass cls, Hit hit, int lastBreak)
    {
        var machine = _last[(int)CueClass.Machine];
        var named = _last[(int)CueClass.Ai];
        var dedication = _last[(int)CueClass.Dedication];
        switch (cls)
        {
            case CueClass.Machine:
                // "Note for e-discovery review tools", "to whichever system handles support": the note names its reader.
                var note = Latest(hit.StartK - MachineNoteReach, CueClass.Note, CueClass.AddressPrefix, CueClass.Dedication);
                if (note.StartK >= 0 && note.EndK <= hit.StartK && lastBreak < note.StartK && !(_vocative.StartK >= note.StartK))
                {
                    // A note reads as one left for the reader; "to the", "for the" only address it (an order needs something at stake).
                    SetVocative(Span(note, hit), reads: note.StartK == _last[(int)CueClass.Note].StartK);
                    _vocativeMachine = true;
                }

                break;
            case CueClass.Ai:
                // "ao assistente da secretaria, envie …": addressed, weakly, unless a stronger address holds the name already.
                if (Dedicated(dedication, hit, lastBreak) && (_vocative.StartK < 0 || _vocative.EndK <= dedication.StartK))
                {
                    SetVocative(Span(dedication, hit), reads: false);
                }

                break;
            case CueClass.AiContext:
                // "Summary tools writing this up": a machine right before the words that say it reads this text (a name for the
                // model close before, as in "KI-Systeme, die diese …", was taken as the reader already).
                if (machine.StartK >= 0 && machine.EndK <= hit.StartK && hit.StartK - machine.EndK <= MachineContextGap && lastBreak < machine.StartK
                    && !(named.StartK >= 0 && hit.StartK - named.StartK <= 50 && lastBreak < named.EndK))
                {
                    SetVocative(Span(machine, hit), reads: true);
                    _vocativeMachine = true;
                }

                break;
            case CueClass.HeaderColon:
                // "To the orchestrator:", "For the clinical AI scribe:": a header opened by a dedication addresses the name in it.
                var aiNamed = named.StartK >= 0 && named.EndK <= hit.StartK && hit.StartK - named.EndK <= HeaderReach && lastBreak < named.StartK;
                var head = !aiNamed && MachineBefore(hit.StartK, lastBreak) ? machine : named;
                if (head.StartK >= 0 && head.EndK <= hit.StartK && hit.StartK - head.EndK <= HeaderReach && lastBreak < head.StartK
                    && Dedicated(dedication, head, lastBreak) && dedication.Start >= hit.Start - 64)
                {
                    SetVocative(Span(dedication, hit), reads: true);
                    _vocativeMachine = head.StartK == machine.StartK;
                }

                break;
        }
    }

    /// <summary>What must be at stake in an order to a reader named by a noun of machines: what it would hand over, hide or open.</summary>
    private Hit MachineStake() => Latest(_vocative.StartK, CueClass.Credential, CueClass.OwnSecret, CueClass.Stealth, CueClass.Authority, CueClass.Sink,
        CueClass.Override, CueClass.Conceal, CueClass.Unchecked, CueClass.Url, CueClass.Harm, CueClass.Privilege);

    /// <summary>Whether <paramref name="dedication"/> ("to the", "for whichever") stands shortly before the name <paramref name="name"/> in its sentence.</summary>
    private static bool Dedicated(Hit dedication, Hit name, int lastBreak) =>
        dedication.StartK >= 0 && dedication.EndK <= name.StartK && name.StartK - dedication.EndK <= DedicationReach && lastBreak < dedication.StartK;

    /// <summary>A noun of machines ending right before a colon at <paramref name="startK"/> ("Literature-review tools:"): it may head the header.</summary>
    private bool MachineBefore(int startK, int lastBreak)
    {
        var machine = _last[(int)CueClass.Machine];
        return machine.StartK >= 0 && machine.EndK <= startK && startK - machine.EndK <= 1 && lastBreak < machine.StartK;
    }
}
