using System.Collections.Immutable;
using Custos.Cedar.Ast;
using Custos.Cedar.Diagnostics;
using Custos.Cedar.Schema;
using Custos.Cedar.Validation.Types;
using Custos.Cedar.Values;

namespace Custos.Cedar.Validation;

/// <summary>
/// Cedar's strict validator: checks every static policy and template against a schema. A policy is checked in
/// every request environment (principal type, action, resource type) the schema declares; its scope and
/// conditions are type-checked together, so a scope that rules an environment out makes the policy trivially
/// false there. Unknown entity types and actions, impossible scopes and type errors are errors; a policy that is
/// false in every environment gets an "impossible policy" warning.
/// </summary>
public static class Validator
{
    /// <summary>
    /// Validates <paramref name="policies"/>. With <paramref name="policyText"/> (the source the policies were parsed
    /// from) diagnostics carry lines and columns; without it, line and column are 0 and the offset is set.
    /// </summary>
    public static ValidationResult Validate(CedarSchema schema, PolicySet policies, string? policyText = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(policies);
        var run = new ValidationRun(new ValidatorSchema(schema), policyText is null ? null : new SourceText(policyText));
        foreach (var policy in policies.StaticPolicies)
            run.ValidatePolicy(policy);
        foreach (var template in policies.Templates)
            run.ValidatePolicy(template);
        foreach (var linked in policies.Policies.Where(p => p.TemplateId is not null))
            run.ValidateLink(linked, policies.Links.FirstOrDefault(l => l.PolicyId == linked.Id));
        return run.Result();
    }

    private sealed class ValidationRun(ValidatorSchema schema, SourceText? text)
    {
        private readonly List<CedarDiagnostic> _errors = [];
        private readonly List<CedarDiagnostic> _warnings = [];
        private readonly HashSet<(string, int, string)> _seen = [];
        private readonly ExprKeys _keys = new();

        public ValidationResult Result() => new([.. _errors], [.. _warnings]);

        private void Report(bool error, Policy policy, SourceSpan span, string message)
        {
            if (!_seen.Add((policy.Id, span.Start, message)))
                return;
            var offset = span.Start;
            var diagnostic = text is null
                ? new CedarDiagnostic(error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, message, 0, 0, offset)
                : error ? text.Error(offset, message) : text.Warning(offset, message);
            (error ? _errors : _warnings).Add(diagnostic with { PolicyId = policy.Id });
        }

        public void ValidatePolicy(Policy policy)
        {
            CheckEntityTypesAndIds(policy);
            CheckActionApplication(policy);
            TypeCheck(policy);
        }

        public void ValidateLink(Policy linked, TemplateLink? link)
        {
            if (link is not null)
            {
                foreach (var value in link.Values.Values)
                {
                    if (!schema.IsKnownEntityType(value.Type))
                        Report(true, linked, linked.Span, $"unrecognized entity type '{value.Type}' in the value linked to a slot");
                }
            }
            CheckActionApplication(linked);
        }

        private static IEnumerable<(EntityUid Uid, SourceSpan Span)> ScopeUids(Policy policy)
        {
            if (policy.Principal.Entity is { } p)
                yield return (p, policy.Principal.Span);
            foreach (var a in policy.Action.Entities)
                yield return (a, policy.Action.Span);
            if (policy.Resource.Entity is { } r)
                yield return (r, policy.Resource.Span);
        }

        private static IEnumerable<Expr> Subexpressions(Expr root)
        {
            var stack = new Stack<Expr>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var e = stack.Pop();
                yield return e;
                switch (e)
                {
                    case IfExpr i: stack.Push(i.Else); stack.Push(i.Then); stack.Push(i.Condition); break;
                    case AndExpr a: stack.Push(a.Right); stack.Push(a.Left); break;
                    case OrExpr o: stack.Push(o.Right); stack.Push(o.Left); break;
                    case UnaryExpr u: stack.Push(u.Operand); break;
                    case BinaryExpr b: stack.Push(b.Right); stack.Push(b.Left); break;
                    case GetAttrExpr g: stack.Push(g.Target); break;
                    case HasAttrExpr h: stack.Push(h.Target); break;
                    case LikeExpr l: stack.Push(l.Target); break;
                    case IsExpr i: stack.Push(i.Target); break;
                    case SetExpr s:
                        for (var k = s.Elements.Length - 1; k >= 0; k--)
                            stack.Push(s.Elements[k]);
                        break;
                    case RecordExpr r:
                        for (var k = r.Fields.Length - 1; k >= 0; k--)
                            stack.Push(r.Fields[k].Value);
                        break;
                    case ExtensionCallExpr c:
                        for (var k = c.Arguments.Length - 1; k >= 0; k--)
                            stack.Push(c.Arguments[k]);
                        break;
                }
            }
        }

        private void CheckEntityTypesAndIds(Policy policy)
        {
            var uids = ScopeUids(policy).ToList();
            var types = new List<(string Type, SourceSpan Span)>();
            if (policy.Principal.EntityType is { } pt)
                types.Add((pt, policy.Principal.Span));
            if (policy.Resource.EntityType is { } rt)
                types.Add((rt, policy.Resource.Span));
            foreach (var condition in policy.Conditions)
            {
                foreach (var e in Subexpressions(condition.Body))
                {
                    if (e is LiteralExpr { Value: EntityValue entity })
                        uids.Add((entity.Uid, e.Span));
                    else if (e is IsExpr isExpr)
                        types.Add((isExpr.EntityType, e.Span));
                }
            }
            foreach (var (uid, span) in uids)
            {
                if (!schema.IsKnownEntityType(uid.Type))
                {
                    Report(true, policy, span, $"unrecognized entity type '{uid.Type}': the schema declares no such entity type");
                }
                else if (SchemaNames.IsActionType(uid.Type))
                {
                    if (!schema.Schema.Actions.ContainsKey(uid))
                        Report(true, policy, span, $"unrecognized action {uid}: the schema declares no such action");
                }
                else if (schema.Schema.EntityTypes.TryGetValue(uid.Type, out var entityType) && entityType.EnumIds is { } ids &&
                         !ids.Contains(uid.Id, StringComparer.Ordinal))
                {
                    Report(true, policy, span, $"{uid} is not one of the ids of the enumerated entity type {uid.Type}: expected one of {string.Join(", ", ids.Select(CedarStrings.Quote))}");
                }
            }
            foreach (var (type, span) in types)
            {
                if (!schema.IsKnownEntityType(type))
                    Report(true, policy, span, $"unrecognized entity type '{type}': the schema declares no such entity type");
            }
        }

        private void CheckActionApplication(Policy policy)
        {
            IEnumerable<EntityUid> actions = policy.Action.Op switch
            {
                ActionScopeOp.Any => schema.Schema.Actions.Keys,
                ActionScopeOp.Eq => policy.Action.Entities,
                _ => schema.ActionsIn(policy.Action.Entities) ?? [],
            };
            var principals = TypesSatisfying(policy.Principal).ToHashSet(StringComparer.Ordinal);
            var resources = TypesSatisfying(policy.Resource).ToHashSet(StringComparer.Ordinal);
            foreach (var uid in actions)
            {
                if (schema.Schema.Actions.TryGetValue(uid, out var action) &&
                    action.PrincipalTypes.Any(principals.Contains) && action.ResourceTypes.Any(resources.Contains))
                    return;
            }
            Report(true, policy, policy.Span,
                "unable to find an applicable action given the policy scope constraints: no action the scope allows applies to a principal and a resource the scope allows");
        }

        private IEnumerable<string> TypesSatisfying(ScopeConstraint constraint) => constraint.Op switch
        {
            ScopeOp.Any => schema.Schema.EntityTypes.Keys,
            ScopeOp.Eq when constraint.Entity is { } e => [e.Type],
            ScopeOp.In when constraint.Entity is { } e => schema.EntityTypesIn(e.Type),
            ScopeOp.Eq or ScopeOp.In => schema.Schema.EntityTypes.Keys,
            ScopeOp.Is => schema.IsKnownEntityType(constraint.EntityType!) ? [constraint.EntityType!] : [],
            _ when constraint.Entity is { } e => schema.EntityTypesIn(e.Type).Where(t => t == constraint.EntityType),
            _ => schema.IsKnownEntityType(constraint.EntityType!) ? [constraint.EntityType!] : [],
        };

        private static Expr ScopeExpr(ScopeConstraint constraint, Variable variable)
        {
            var span = constraint.Span;
            var v = new VariableExpr(variable) { Span = span };
            Expr Target() => constraint.Slot is { } slot
                ? new SlotExpr(slot) { Span = span }
                : new LiteralExpr(new EntityValue(constraint.Entity!)) { Span = span };
            return constraint.Op switch
            {
                ScopeOp.Any => new LiteralExpr(BoolValue.True) { Span = span },
                ScopeOp.Eq => new BinaryExpr(BinaryOp.Eq, v, Target()) { Span = span },
                ScopeOp.In => new BinaryExpr(BinaryOp.In, v, Target()) { Span = span },
                ScopeOp.Is => new IsExpr(v, constraint.EntityType!) { Span = span },
                _ => new AndExpr(new IsExpr(v, constraint.EntityType!) { Span = span }, new BinaryExpr(BinaryOp.In, v, Target()) { Span = span }) { Span = span },
            };
        }

        private static Expr ActionExpr(ActionConstraint constraint)
        {
            var span = constraint.Span;
            var v = new VariableExpr(Variable.Action) { Span = span };
            return constraint.Op switch
            {
                ActionScopeOp.Any => new LiteralExpr(BoolValue.True) { Span = span },
                ActionScopeOp.Eq => new BinaryExpr(BinaryOp.Eq, v, new LiteralExpr(new EntityValue(constraint.Entities[0])) { Span = span }) { Span = span },
                _ => new BinaryExpr(BinaryOp.In, v,
                    new SetExpr([.. constraint.Entities.Select(e => (Expr)new LiteralExpr(new EntityValue(e)) { Span = span })]) { Span = span }) { Span = span },
            };
        }

        /// <summary>The policy as one condition, as Cedar builds it: principal ∧ (action ∧ (resource ∧ conditions)).</summary>
        private static AndExpr Condition(Policy policy)
        {
            Expr body;
            if (policy.Conditions.IsEmpty)
            {
                body = new LiteralExpr(BoolValue.True) { Span = policy.Span };
            }
            else
            {
                body = ConditionExpr(policy.Conditions[^1]);
                for (var i = policy.Conditions.Length - 2; i >= 0; i--)
                    body = new AndExpr(ConditionExpr(policy.Conditions[i]), body) { Span = policy.Conditions[i].Span };
            }
            return new AndExpr(ScopeExpr(policy.Principal, Variable.Principal),
                new AndExpr(ActionExpr(policy.Action),
                    new AndExpr(ScopeExpr(policy.Resource, Variable.Resource), body) { Span = policy.Span }) { Span = policy.Span }) { Span = policy.Span };
        }

        private static Expr ConditionExpr(Condition condition) =>
            condition.Kind == ConditionKind.When ? condition.Body : new UnaryExpr(UnaryOp.Not, condition.Body) { Span = condition.Span };

        private void TypeCheck(Policy policy)
        {
            var condition = Condition(policy);
            var allFalse = true;
            var errors = new List<(SourceSpan Span, string Message)>();
            foreach (var unlinked in schema.Environments)
            {
                foreach (var env in Link(policy, unlinked))
                {
                    var checker = new TypeChecker(schema, env, _keys, errors);
                    var answer = checker.Check(TypeAnswer.NoCapabilities, condition);
                    if (answer.Type is not BoolType { Kind: BoolKind.False })
                        allFalse = false;
                }
            }
            foreach (var (span, message) in errors)
                Report(true, policy, span, message);
            if (allFalse)
                Report(false, policy, policy.Span, "impossible policy: the policy evaluates to false for every request the schema allows");
        }

        private IEnumerable<RequestEnvironment> Link(Policy policy, RequestEnvironment env)
        {
            var principals = SlotTypes(policy.Principal, env.Principal);
            var resources = SlotTypes(policy.Resource, env.Resource);
            foreach (var p in principals)
            {
                foreach (var r in resources)
                    yield return env with { PrincipalSlot = p, ResourceSlot = r };
            }
        }

        private List<string?> SlotTypes(ScopeConstraint constraint, string variableType)
        {
            if (constraint.Slot is null)
                return [null];
            return constraint.Op switch
            {
                ScopeOp.Eq => [variableType],
                ScopeOp.In or ScopeOp.IsIn => [.. schema.Schema.EntityTypes.Keys
                    .Where(t => schema.IsDescendantType(variableType, t)).Append(variableType)],
                _ => [.. schema.Schema.EntityTypes.Keys],
            };
        }
    }
}
