using System.Collections.Immutable;
using Custos.Cedar.Ast;
using Custos.Cedar.Values;
using Custos.Core.Configuration;

namespace Custos.Core.Policies;

/// <summary>
/// Turns the simple grants of <c>custos.yaml</c> into Cedar permit policies, so one engine decides everything.
/// A grant for all of a system's tools becomes <c>resource in Custos::System::"s"</c>; a grant for some tools
/// becomes <c>resource is Custos::Tool in …</c> with a condition on the tool's name (<c>*</c> globs become
/// <c>like</c> patterns, which mean the same). A grant with <c>approval: required</c> carries
/// <c>@approval("required")</c>, as a hand-written permit may.
/// </summary>
public static class GrantCompiler
{
    public static ImmutableArray<Policy> Compile(CustosConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var policies = ImmutableArray.CreateBuilder<Policy>(config.Grants.Count);
        foreach (var grant in config.Grants)
            policies.Add(Compile(grant, Path.GetFileName(config.SourcePath)));
        return policies.ToImmutable();
    }

    public static Policy Compile(Grant grant, string file)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var actions = grant.Actions.Order(StringComparer.Ordinal).Select(CustosCedar.Action).ToImmutableArray();
        var action = actions.Length == 1
            ? new ActionConstraint(ActionScopeOp.Eq, actions)
            : new ActionConstraint(ActionScopeOp.InSet, actions);
        var system = CustosCedar.System(grant.System);
        ScopeConstraint resource;
        var conditions = ImmutableArray<Condition>.Empty;
        if (grant.AllTools)
        {
            resource = new ScopeConstraint(ScopeOp.In, system);
        }
        else
        {
            resource = new ScopeConstraint(ScopeOp.IsIn, system, EntityType: CustosCedar.ToolType);
            Expr? test = null;
            foreach (var tool in grant.Tools)
            {
                var name = new GetAttrExpr(new VariableExpr(Variable.Resource), "name");
                Expr match = tool.Contains('*', StringComparison.Ordinal)
                    ? new LikeExpr(name, new Pattern([.. tool.Split('*')]))
                    : new BinaryExpr(BinaryOp.Eq, name, new LiteralExpr(new StringValue(tool)));
                test = test is null ? match : new OrExpr(test, match);
            }
            conditions = [new Condition(ConditionKind.When, test!)];
        }
        return new Policy(
            grant.Id,
            Effect.Permit,
            new ScopeConstraint(ScopeOp.Eq, CustosCedar.Agent(grant.Agent)),
            action,
            resource,
            conditions,
            grant.RequiresApproval
                ? [new Annotation("id", grant.Id), new Annotation("source", $"{file}:{grant.Location.Line}"), new Annotation(Approvals.ApprovalRules.Annotation, Approvals.ApprovalRules.Required)]
                : [new Annotation("id", grant.Id), new Annotation("source", $"{file}:{grant.Location.Line}")]);
    }
}
