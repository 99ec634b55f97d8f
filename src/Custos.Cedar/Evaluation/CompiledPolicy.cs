using System.Collections.Immutable;
using Custos.Cedar.Ast;
using Custos.Cedar.Values;

namespace Custos.Cedar.Evaluation;

/// <summary>
/// A policy compiled for evaluation: its scope (checked directly against the request) and its conditions (an
/// <c>unless</c> is negated). Satisfied means scope and every condition hold, as Cedar's
/// <c>principal ∧ action ∧ resource ∧ conditions…</c> evaluated left to right.
/// </summary>
internal sealed class CompiledPolicy
{
    private readonly ScopeConstraint _principal;
    private readonly ActionConstraint _action;
    private readonly ScopeConstraint _resource;
    private readonly Node[] _conditions;
    private readonly bool[] _negate;

    public CompiledPolicy(Policy policy, int index)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
        Index = index;
        _principal = policy.Principal;
        _action = policy.Action;
        _resource = policy.Resource;
        _conditions = new Node[policy.Conditions.Length];
        _negate = new bool[policy.Conditions.Length];
        for (var i = 0; i < _conditions.Length; i++)
        {
            _conditions[i] = ExpressionCompiler.Compile(policy.Conditions[i].Body);
            _negate[i] = policy.Conditions[i].Kind == ConditionKind.Unless;
        }
    }

    public Policy Policy { get; }

    public string Id => Policy.Id;

    public Effect Effect => Policy.Effect;

    /// <summary>The position of the policy in its set (responses list policies in this order).</summary>
    public int Index { get; }

    public PolicyOutcome Evaluate(ref EvaluationEnvironment env)
    {
        if (!ScopeHolds(_principal, env.Principal.Uid, ref env) || !ActionHolds(ref env) || !ScopeHolds(_resource, env.Resource.Uid, ref env))
            return env.ErrorKind == EvaluationErrorKind.None ? PolicyOutcome.NotSatisfied : PolicyOutcome.Error;
        for (var i = 0; i < _conditions.Length; i++)
        {
            var value = _conditions[i].Evaluate(ref env);
            if (value is null)
                return PolicyOutcome.Error;
            if (value is not BoolValue b)
            {
                env.TypeError("bool", value);
                return PolicyOutcome.Error;
            }
            if (b.Value == _negate[i])
                return PolicyOutcome.NotSatisfied;
        }
        return PolicyOutcome.Satisfied;
    }

    private static bool ScopeHolds(ScopeConstraint constraint, EntityUid uid, ref EvaluationEnvironment env)
    {
        switch (constraint.Op)
        {
            case ScopeOp.Any:
                return true;
            case ScopeOp.Is:
                return string.Equals(uid.Type, constraint.EntityType, StringComparison.Ordinal);
        }
        if (constraint.Entity is not { } target)
        {
            env.Fail(EvaluationErrorKind.UnlinkedSlot, "template slot was not linked");
            return false;
        }
        return constraint.Op switch
        {
            ScopeOp.Eq => uid.Equals(target),
            ScopeOp.In => env.Entities.IsIn(uid, target),
            _ => string.Equals(uid.Type, constraint.EntityType, StringComparison.Ordinal) && env.Entities.IsIn(uid, target),
        };
    }

    private bool ActionHolds(ref EvaluationEnvironment env)
    {
        var uid = env.Action.Uid;
        switch (_action.Op)
        {
            case ActionScopeOp.Any:
                return true;
            case ActionScopeOp.Eq:
                return uid.Equals(_action.Entities[0]);
            default:
                foreach (var target in _action.Entities)
                {
                    if (env.Entities.IsIn(uid, target))
                        return true;
                }
                return false;
        }
    }

    public override string ToString() => Id;
}
