using System.Collections.Immutable;
using System.Text;
using Custos.Cedar.Ast;
using Custos.Cedar.Formatting;

namespace Custos.Cedar.Tests.Differential;

/// <summary>
/// One differential test case: policies (printed with <see cref="PolicyFormatter"/> for both engines), entities and
/// requests in Cedar's JSON format, all over <see cref="DiffSchema"/>.
/// </summary>
public sealed record DiffCase(ImmutableArray<Policy> Policies, string EntitiesJson, ImmutableArray<string> Requests)
{
    /// <summary>Authorize without the schema (entity data untyped, requests not validated); validation still uses it.</summary>
    public bool Schemaless { get; init; }

    public string PolicyText => PolicyFormatter.Format(new PolicySet(Policies, [], []));

    public override string ToString()
    {
        var b = new StringBuilder(Schemaless ? "\n(authorized without the schema)" : string.Empty).Append("\n--- policies\n").Append(PolicyText);
        b.Append("--- entities\n").Append(EntitiesJson).Append('\n');
        b.Append("--- requests\n");
        foreach (var request in Requests)
            b.Append(request).Append('\n');
        return b.ToString();
    }

    /// <summary>Smaller cases of the same kind: fewer policies, requests or conditions, simpler scopes and conditions.</summary>
    public IEnumerable<DiffCase> Shrink()
    {
        if (Schemaless)
            yield return this with { Schemaless = false };
        if (Policies.Length > 1)
        {
            for (var i = 0; i < Policies.Length; i++)
                yield return this with { Policies = Renumber(Policies.RemoveAt(i)) };
        }
        if (Requests.Length > 1)
        {
            for (var i = 0; i < Requests.Length; i++)
                yield return this with { Requests = Requests.RemoveAt(i) };
        }
        for (var i = 0; i < Policies.Length; i++)
        {
            var policy = Policies[i];
            foreach (var smaller in ShrinkPolicy(policy))
                yield return this with { Policies = Policies.SetItem(i, smaller) };
        }
    }

    private static ImmutableArray<Policy> Renumber(ImmutableArray<Policy> policies) =>
        [.. policies.Select((p, i) => p with { Id = "policy" + i })];

    private static IEnumerable<Policy> ShrinkPolicy(Policy policy)
    {
        if (!policy.Annotations.IsEmpty)
            yield return policy with { Annotations = [] };
        if (policy.Principal.Op != ScopeOp.Any)
            yield return policy with { Principal = ScopeConstraint.Any };
        if (policy.Action.Op != ActionScopeOp.Any)
            yield return policy with { Action = ActionConstraint.Any };
        if (policy.Resource.Op != ScopeOp.Any)
            yield return policy with { Resource = ScopeConstraint.Any };
        for (var j = 0; j < policy.Conditions.Length; j++)
        {
            yield return policy with { Conditions = policy.Conditions.RemoveAt(j) };
            var condition = policy.Conditions[j];
            foreach (var body in BooleanParts(condition.Body))
                yield return policy with { Conditions = policy.Conditions.SetItem(j, condition with { Body = body }) };
        }
    }

    // Sub-expressions that are booleans whenever the expression is.
    private static IEnumerable<Expr> BooleanParts(Expr expr) => expr switch
    {
        AndExpr a => [a.Left, a.Right],
        OrExpr o => [o.Left, o.Right],
        UnaryExpr { Op: UnaryOp.Not } n => [n.Operand],
        IfExpr i => [i.Then, i.Else],
        _ => [],
    };
}
