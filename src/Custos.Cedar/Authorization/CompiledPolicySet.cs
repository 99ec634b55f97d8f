using System.Collections.Frozen;
using System.Collections.Immutable;
using Custos.Cedar.Ast;
using Custos.Cedar.Evaluation;
using Custos.Cedar.Values;

namespace Custos.Cedar.Authorization;

/// <summary>
/// A policy set compiled once for evaluation. Policies are indexed by their scope: by the action of
/// <c>action == A</c> and by the principal of <c>principal == P</c>, so a request evaluates only the policies that
/// can apply to its principal and action (those naming them, and those whose constraint is any other form).
/// Immutable and safe to share between threads.
/// </summary>
public sealed class CompiledPolicySet
{
    private readonly FrozenDictionary<(EntityUid Action, EntityUid Principal), CompiledPolicy[]> _byActionAndPrincipal;
    private readonly FrozenDictionary<EntityUid, CompiledPolicy[]> _byAction;
    private readonly FrozenDictionary<EntityUid, CompiledPolicy[]> _byPrincipal;
    private readonly CompiledPolicy[] _general;

    public CompiledPolicySet(PolicySet policySet)
    {
        ArgumentNullException.ThrowIfNull(policySet);
        PolicySet = policySet;
        var byActionAndPrincipal = new Dictionary<(EntityUid, EntityUid), List<CompiledPolicy>>();
        var byAction = new Dictionary<EntityUid, List<CompiledPolicy>>();
        var byPrincipal = new Dictionary<EntityUid, List<CompiledPolicy>>();
        var general = new List<CompiledPolicy>();
        var all = ImmutableArray.CreateBuilder<CompiledPolicy>(policySet.Policies.Length);
        for (var i = 0; i < policySet.Policies.Length; i++)
        {
            var policy = policySet.Policies[i];
            var compiled = new CompiledPolicy(policy, i);
            all.Add(compiled);
            var action = policy.Action.Op == ActionScopeOp.Eq ? policy.Action.Entities[0] : null;
            var principal = policy.Principal.Op == ScopeOp.Eq ? policy.Principal.Entity : null;
            if (action is not null && principal is not null)
                Add(byActionAndPrincipal, (action, principal), compiled);
            else if (action is not null)
                Add(byAction, action, compiled);
            else if (principal is not null)
                Add(byPrincipal, principal, compiled);
            else
                general.Add(compiled);
        }
        Policies = all.MoveToImmutable();
        _byActionAndPrincipal = byActionAndPrincipal.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
        _byAction = byAction.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
        _byPrincipal = byPrincipal.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
        _general = [.. general];
    }

    public PolicySet PolicySet { get; }

    public int Count => Policies.Length;

    internal ImmutableArray<CompiledPolicy> Policies { get; }

    /// <summary>The four lists of policies that can apply to a request, each in policy-set order.</summary>
    internal PolicyBuckets Candidates(EntityUid principal, EntityUid action) => new(
        _byActionAndPrincipal.TryGetValue((action, principal), out var both) ? both : [],
        _byAction.TryGetValue(action, out var forAction) ? forAction : [],
        _byPrincipal.TryGetValue(principal, out var forPrincipal) ? forPrincipal : [],
        _general);

    private static void Add<TKey>(Dictionary<TKey, List<CompiledPolicy>> index, TKey key, CompiledPolicy policy)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        list.Add(policy);
    }
}
