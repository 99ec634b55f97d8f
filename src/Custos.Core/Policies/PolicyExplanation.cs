using Custos.Cedar.Ast;

namespace Custos.Core.Policies;

/// <summary>How one policy took part in a decision.</summary>
public enum PolicyVerdict
{
    /// <summary>Its scope matched and its conditions held: it determined the decision (or was overridden by a forbid).</summary>
    Satisfied,
    /// <summary>Its scope matched but a condition did not hold.</summary>
    ConditionFalse,
    /// <summary>Its scope matched but evaluating it failed; Cedar skips it.</summary>
    Error,
}

/// <summary>One policy whose scope matched the request, with what became of it.</summary>
public sealed record PolicyTrace(string Id, Effect Effect, PolicyVerdict Verdict, string Origin, string Text, string? Error);

/// <summary>Why a request was decided as it was: the decision and every policy whose scope matched.</summary>
public sealed record PolicyExplanation(Pipeline.Decision Decision, IReadOnlyList<PolicyTrace> Considered, int NotApplicable);
