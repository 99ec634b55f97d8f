using System.Collections.Frozen;
using System.Collections.Immutable;
using Custos.Cedar.Ast;
using Custos.Cedar.Evaluation;
using Custos.Cedar.Values;

namespace Custos.Cedar.Authorization;

/// <summary>
/// A policy set compiled once for evaluation. Policies whose action constraint is <c>action == A</c> are indexed by
/// <c>A</c>, so a request evaluates only those for its action plus the policies with any other action constraint.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class CompiledPolicySet
{
    private readonly FrozenDictionary<EntityUid, CompiledPolicy[]> _byAction;
    private readonly CompiledPolicy[] _general;

    public CompiledPolicySet(PolicySet policySet)
    {
        ArgumentNullException.ThrowIfNull(policySet);
        PolicySet = policySet;
        var byAction = new Dictionary<EntityUid, List<CompiledPolicy>>();
        var general = new List<CompiledPolicy>();
        var all = ImmutableArray.CreateBuilder<CompiledPolicy>(policySet.Policies.Length);
        for (var i = 0; i < policySet.Policies.Length; i++)
        {
            var policy = policySet.Policies[i];
            var compiled = new CompiledPolicy(policy, i);
            all.Add(compiled);
            if (policy.Action.Op == ActionScopeOp.Eq)
            {
                var action = policy.Action.Entities[0];
                if (!byAction.TryGetValue(action, out var list))
                    byAction[action] = list = [];
                list.Add(compiled);
            }
            else
            {
                general.Add(compiled);
            }
        }
        Policies = all.MoveToImmutable();
        _byAction = byAction.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
        _general = [.. general];
    }

    public PolicySet PolicySet { get; }

    public int Count => Policies.Length;

    internal ImmutableArray<CompiledPolicy> Policies { get; }

    /// <summary>The policies that can apply to a request for <paramref name="action"/>, each list in set order.</summary>
    internal CompiledPolicy[] ForAction(EntityUid action) => _byAction.TryGetValue(action, out var list) ? list : [];

    internal CompiledPolicy[] General => _general;
}
