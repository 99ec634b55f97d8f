using System.Text;
using System.Text.Json;
using Custos.Cedar.Ast;
using Custos.Cedar.Parsing;
using Custos.Cedar.Values;

namespace Custos.Cedar.Serialization;

/// <summary>
/// Writes the AST in Cedar's JSON format with the field order and forms cedar-policy-core's serializer produces
/// (<c>est::Policy</c>, <c>est::PolicySet</c>): scope entities as <c>{"type", "id"}</c>, literals as
/// <c>{"Value": …}</c> with <c>__entity</c> escapes, record fields and annotations sorted, one <c>Literal</c> per
/// character in patterns, <c>action in [A]</c> as <c>{"op": "in", "entity": A}</c>.
/// </summary>
internal static class PolicyJsonWriter
{
    /// <summary>
    /// Deepest expression the writer accepts: twice the parser's bound leaves room for desugared <c>has a.b.c</c> and
    /// keeps the recursion well inside a thread's stack. Deeper trees are a caller error (<see cref="ArgumentException"/>).
    /// </summary>
    public const int MaxExpressionDepth = 2 * ParseLimits.MaxDepth;

    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        MaxDepth = (2 * MaxExpressionDepth) + 32,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void WritePolicy(Utf8JsonWriter w, Policy policy)
    {
        w.WriteStartObject();
        w.WriteString("effect", policy.Effect == Effect.Permit ? "permit" : "forbid");
        w.WritePropertyName("principal");
        WriteScope(w, policy.Principal, "?principal");
        w.WritePropertyName("action");
        WriteAction(w, policy.Action);
        w.WritePropertyName("resource");
        WriteScope(w, policy.Resource, "?resource");
        w.WriteStartArray("conditions");
        foreach (var condition in policy.Conditions)
        {
            w.WriteStartObject();
            w.WriteString("kind", condition.Kind == ConditionKind.When ? "when" : "unless");
            w.WritePropertyName("body");
            WriteExpr(w, condition.Body, 1);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (!policy.Annotations.IsDefaultOrEmpty)
        {
            w.WriteStartObject("annotations");
            foreach (var annotation in policy.Annotations.OrderBy(a => a.Key, Utf8Order.Instance))
                w.WriteString(annotation.Key, annotation.Value);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    public static void WritePolicySet(Utf8JsonWriter w, PolicySet set)
    {
        w.WriteStartObject();
        w.WriteStartObject("templates");
        foreach (var template in set.Templates)
        {
            w.WritePropertyName(template.Id);
            WritePolicy(w, template);
        }
        w.WriteEndObject();
        w.WriteStartObject("staticPolicies");
        foreach (var policy in set.StaticPolicies)
        {
            w.WritePropertyName(policy.Id);
            WritePolicy(w, policy);
        }
        w.WriteEndObject();
        w.WriteStartArray("templateLinks");
        foreach (var link in set.Links)
        {
            w.WriteStartObject();
            w.WriteString("templateId", link.TemplateId);
            w.WriteString("newId", link.PolicyId);
            w.WriteStartObject("values");
            foreach (var (slot, name) in new[] { (SlotId.Principal, "?principal"), (SlotId.Resource, "?resource") })
            {
                if (!link.Values.TryGetValue(slot, out var uid))
                    continue;
                w.WritePropertyName(name);
                w.WriteStartObject();
                w.WritePropertyName("__entity");
                WriteEntity(w, uid);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteScope(Utf8JsonWriter w, ScopeConstraint scope, string slotName)
    {
        w.WriteStartObject();
        switch (scope.Op)
        {
            case ScopeOp.Any:
                w.WriteString("op", "All");
                break;
            case ScopeOp.Eq or ScopeOp.In:
                w.WriteString("op", scope.Op == ScopeOp.Eq ? "==" : "in");
                WriteScopeTarget(w, scope, slotName);
                break;
            case ScopeOp.Is:
                w.WriteString("op", "is");
                w.WriteString("entity_type", scope.EntityType);
                break;
            case ScopeOp.IsIn:
                w.WriteString("op", "is");
                w.WriteString("entity_type", scope.EntityType);
                w.WriteStartObject("in");
                WriteScopeTarget(w, scope, slotName);
                w.WriteEndObject();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(scope), scope.Op, "unknown scope operator");
        }
        w.WriteEndObject();
    }

    private static void WriteScopeTarget(Utf8JsonWriter w, ScopeConstraint scope, string slotName)
    {
        if (scope.Slot is not null)
        {
            w.WriteString("slot", slotName);
            return;
        }
        w.WritePropertyName("entity");
        WriteEntity(w, scope.Entity ?? throw new ArgumentException("a scope constraint with '==' or 'in' has neither an entity nor a slot", nameof(scope)));
    }

    private static void WriteAction(Utf8JsonWriter w, ActionConstraint action)
    {
        w.WriteStartObject();
        switch (action.Op)
        {
            case ActionScopeOp.Any:
                w.WriteString("op", "All");
                break;
            case ActionScopeOp.Eq:
                w.WriteString("op", "==");
                w.WritePropertyName("entity");
                WriteEntity(w, action.Entities[0]);
                break;
            case ActionScopeOp.In or ActionScopeOp.InSet when action.Entities.Length == 1:
                // Cedar keeps no difference between `action in A` and `action in [A]`; it writes both this way.
                w.WriteString("op", "in");
                w.WritePropertyName("entity");
                WriteEntity(w, action.Entities[0]);
                break;
            default:
                w.WriteString("op", "in");
                w.WriteStartArray("entities");
                foreach (var uid in action.Entities)
                    WriteEntity(w, uid);
                w.WriteEndArray();
                break;
        }
        w.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter w, EntityUid uid)
    {
        w.WriteStartObject();
        w.WriteString("type", uid.Type);
        w.WriteString("id", uid.Id);
        w.WriteEndObject();
    }

    public static void WriteExpr(Utf8JsonWriter w, Expr expr, int depth)
    {
        if (depth > MaxExpressionDepth)
            throw new ArgumentException($"the expression is nested more than {MaxExpressionDepth} levels deep", nameof(expr));
        var next = depth + 1;
        w.WriteStartObject();
        switch (expr)
        {
            case LiteralExpr literal:
                w.WritePropertyName("Value");
                WriteValue(w, literal.Value, depth);
                break;
            case VariableExpr variable:
                w.WriteString("Var", variable.Variable switch
                {
                    Variable.Principal => "principal",
                    Variable.Action => "action",
                    Variable.Resource => "resource",
                    _ => "context",
                });
                break;
            case SlotExpr slot:
                w.WriteString("Slot", slot.Slot == SlotId.Principal ? "?principal" : "?resource");
                break;
            case UnaryExpr unary:
                w.WriteStartObject(unary.Op switch { UnaryOp.Not => "!", UnaryOp.Neg => "neg", _ => "isEmpty" });
                w.WritePropertyName("arg");
                WriteExpr(w, unary.Operand, next);
                w.WriteEndObject();
                break;
            case AndExpr { Left: IsExpr isExpr, Right: BinaryExpr { Op: BinaryOp.In } inExpr } when ReferenceEquals(isExpr.Target, inExpr.Left):
                // The text parser's desugaring of `x is T in y` (one shared node for x): write it as Cedar does.
                w.WriteStartObject("is");
                w.WritePropertyName("left");
                WriteExpr(w, isExpr.Target, next);
                w.WriteString("entity_type", isExpr.EntityType);
                w.WritePropertyName("in");
                WriteExpr(w, inExpr.Right, next);
                w.WriteEndObject();
                break;
            case AndExpr and:
                WriteBinary(w, "&&", and.Left, and.Right, next);
                break;
            case OrExpr or:
                WriteBinary(w, "||", or.Left, or.Right, next);
                break;
            case BinaryExpr binary:
                WriteBinary(w, BinaryName(binary.Op), binary.Left, binary.Right, next);
                break;
            case GetAttrExpr get:
                w.WriteStartObject(".");
                w.WritePropertyName("left");
                WriteExpr(w, get.Target, next);
                w.WriteString("attr", get.Attribute);
                w.WriteEndObject();
                break;
            case HasAttrExpr has:
                w.WriteStartObject("has");
                w.WritePropertyName("left");
                WriteExpr(w, has.Target, next);
                w.WriteString("attr", has.Attribute);
                w.WriteEndObject();
                break;
            case LikeExpr like:
                w.WriteStartObject("like");
                w.WritePropertyName("left");
                WriteExpr(w, like.Target, next);
                w.WriteStartArray("pattern");
                WritePattern(w, like.Pattern);
                w.WriteEndArray();
                w.WriteEndObject();
                break;
            case IsExpr isOnly:
                w.WriteStartObject("is");
                w.WritePropertyName("left");
                WriteExpr(w, isOnly.Target, next);
                w.WriteString("entity_type", isOnly.EntityType);
                w.WriteEndObject();
                break;
            case IfExpr ite:
                w.WriteStartObject("if-then-else");
                w.WritePropertyName("if");
                WriteExpr(w, ite.Condition, next);
                w.WritePropertyName("then");
                WriteExpr(w, ite.Then, next);
                w.WritePropertyName("else");
                WriteExpr(w, ite.Else, next);
                w.WriteEndObject();
                break;
            case SetExpr set:
                w.WriteStartArray("Set");
                foreach (var element in set.Elements)
                    WriteExpr(w, element, next);
                w.WriteEndArray();
                break;
            case RecordExpr record:
                w.WriteStartObject("Record");
                foreach (var (key, value) in record.Fields.OrderBy(f => f.Key, Utf8Order.Instance))
                {
                    w.WritePropertyName(key);
                    WriteExpr(w, value, next);
                }
                w.WriteEndObject();
                break;
            case ExtensionCallExpr call:
                w.WriteStartArray(call.Function);
                foreach (var argument in call.Arguments)
                    WriteExpr(w, argument, next);
                w.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"unknown expression node {expr.GetType().Name}", nameof(expr));
        }
        w.WriteEndObject();
    }

    private static void WriteBinary(Utf8JsonWriter w, string op, Expr left, Expr right, int depth)
    {
        w.WriteStartObject(op);
        w.WritePropertyName("left");
        WriteExpr(w, left, depth);
        w.WritePropertyName("right");
        WriteExpr(w, right, depth);
        w.WriteEndObject();
    }

    private static string BinaryName(BinaryOp op) => op switch
    {
        BinaryOp.Eq => "==",
        BinaryOp.NotEq => "!=",
        BinaryOp.Less => "<",
        BinaryOp.LessEq => "<=",
        BinaryOp.Greater => ">",
        BinaryOp.GreaterEq => ">=",
        BinaryOp.Add => "+",
        BinaryOp.Sub => "-",
        BinaryOp.Mul => "*",
        BinaryOp.In => "in",
        BinaryOp.Contains => "contains",
        BinaryOp.ContainsAll => "containsAll",
        BinaryOp.ContainsAny => "containsAny",
        BinaryOp.GetTag => "getTag",
        BinaryOp.HasTag => "hasTag",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "unknown binary operator"),
    };

    private static void WritePattern(Utf8JsonWriter w, Pattern pattern)
    {
        // Cedar's AST pattern is a list of characters and wildcards, so it writes one Literal per character.
        for (var i = 0; i < pattern.Segments.Length; i++)
        {
            if (i > 0)
                w.WriteStringValue("Wildcard");
            foreach (var rune in pattern.Segments[i].EnumerateRunes())
            {
                w.WriteStartObject();
                w.WriteString("Literal", rune.ToString());
                w.WriteEndObject();
            }
        }
    }

    /// <summary>A value inside <c>{"Value": …}</c>: literals, and (for values built outside the parser) sets and records.</summary>
    private static void WriteValue(Utf8JsonWriter w, CedarValue value, int depth)
    {
        if (depth > MaxExpressionDepth)
            throw new ArgumentException($"the value is nested more than {MaxExpressionDepth} levels deep", nameof(value));
        switch (value)
        {
            case BoolValue b:
                w.WriteBooleanValue(b.Value);
                break;
            case LongValue l:
                w.WriteNumberValue(l.Value);
                break;
            case StringValue s:
                w.WriteStringValue(s.Value);
                break;
            case EntityValue e:
                w.WriteStartObject();
                w.WritePropertyName("__entity");
                WriteEntity(w, e.Uid);
                w.WriteEndObject();
                break;
            case SetValue set:
                w.WriteStartArray();
                foreach (var element in set.Elements)
                    WriteValue(w, element, depth + 1);
                w.WriteEndArray();
                break;
            case RecordValue record:
                w.WriteStartObject();
                foreach (var (key, attribute) in record.Attributes.OrderBy(a => a.Key, Utf8Order.Instance))
                {
                    w.WritePropertyName(key);
                    WriteValue(w, attribute, depth + 1);
                }
                w.WriteEndObject();
                break;
            default:
                throw new ArgumentException($"a {value.Kind} value cannot be written as a JSON literal; write the extension call instead", nameof(value));
        }
    }

    /// <summary>UTF-8 JSON to a string, with string escapes as Cedar (serde_json) writes them.</summary>
    public static string ToText(Action<Utf8JsonWriter> write, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options(indented)))
            write(writer);
        return SerdeEscapes.Normalize(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
