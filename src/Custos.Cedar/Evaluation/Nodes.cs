using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Custos.Cedar.Ast;
using Custos.Cedar.Extensions;
using Custos.Cedar.Values;

namespace Custos.Cedar.Evaluation;

// The compiled node types are small and only meaningful together, so they share this file (as the AST's do).
#pragma warning disable CA1050, SA1402, SA1649

internal sealed class ConstantNode(CedarValue value) : Node
{
    public CedarValue Value { get; } = value;

    public override CedarValue? Evaluate(ref EvaluationEnvironment env) => Value;
}

internal sealed class VariableNode(Variable variable) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env) => variable switch
    {
        Variable.Principal => env.Principal,
        Variable.Action => env.Action,
        Variable.Resource => env.Resource,
        _ => env.Context,
    };
}

internal sealed class FailNode(EvaluationErrorKind kind, string message) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env) => env.Fail(kind, message);
}

internal sealed class IfNode(Node condition, Node then, Node otherwise) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var test = condition.Evaluate(ref env);
        if (test is null)
            return null;
        if (test is not BoolValue b)
            return env.TypeError("bool", test);
        return b.Value ? then.Evaluate(ref env) : otherwise.Evaluate(ref env);
    }
}

internal sealed class AndNode(Node left, Node right) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var l = left.Evaluate(ref env);
        if (l is null)
            return null;
        if (l is not BoolValue lb)
            return env.TypeError("bool", l);
        if (!lb.Value)
            return BoolValue.False;
        var r = right.Evaluate(ref env);
        if (r is null)
            return null;
        return r is BoolValue ? r : env.TypeError("bool", r);
    }
}

internal sealed class OrNode(Node left, Node right) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var l = left.Evaluate(ref env);
        if (l is null)
            return null;
        if (l is not BoolValue lb)
            return env.TypeError("bool", l);
        if (lb.Value)
            return BoolValue.True;
        var r = right.Evaluate(ref env);
        if (r is null)
            return null;
        return r is BoolValue ? r : env.TypeError("bool", r);
    }
}

internal sealed class NotNode(Node operand) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var v = operand.Evaluate(ref env);
        if (v is null)
            return null;
        return v is BoolValue b ? BoolValue.Of(!b.Value) : env.TypeError("bool", v);
    }
}

internal sealed class NegNode(Node operand) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var v = operand.Evaluate(ref env);
        if (v is null)
            return null;
        if (v is not LongValue l)
            return env.TypeError("long", v);
        return l.Value == long.MinValue
            ? env.Fail(EvaluationErrorKind.IntegerOverflow, $"integer overflow while attempting to negate the value `{l}`")
            : LongValue.Of(-l.Value);
    }
}

internal sealed class IsEmptyNode(Node operand) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var v = operand.Evaluate(ref env);
        if (v is null)
            return null;
        return v is SetValue s ? BoolValue.Of(s.Count == 0) : env.TypeError("set", v);
    }
}

internal sealed class EqNode(Node left, Node right, bool negate) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var l = left.Evaluate(ref env);
        if (l is null)
            return null;
        var r = right.Evaluate(ref env);
        if (r is null)
            return null;
        return BoolValue.Of(l.Equals(r) != negate);
    }
}

/// <summary><c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> on longs, and on datetimes and durations of the same type.</summary>
internal sealed class CompareNode(BinaryOp op, Node left, Node right) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var l = left.Evaluate(ref env);
        if (l is null)
            return null;
        var r = right.Evaluate(ref env);
        if (r is null)
            return null;
        long a, b;
        if (l is LongValue ll && r is LongValue rl)
        {
            a = ll.Value;
            b = rl.Value;
        }
        else if (l is DatetimeValue ld && r is DatetimeValue rd)
        {
            a = ld.EpochMilliseconds;
            b = rd.EpochMilliseconds;
        }
        else if (l is DurationValue lu && r is DurationValue ru)
        {
            a = lu.Milliseconds;
            b = ru.Milliseconds;
        }
        else
        {
            return Mismatch(ref env, l, r);
        }
        return BoolValue.Of(op switch
        {
            BinaryOp.Less => a < b,
            BinaryOp.LessEq => a <= b,
            BinaryOp.Greater => a > b,
            _ => a >= b,
        });
    }

    private static CedarValue? Mismatch(ref EvaluationEnvironment env, CedarValue l, CedarValue r)
    {
        if (l is LongValue)
            return env.TypeError("long", r);
        if (r is LongValue)
            return env.TypeError("long", l);
        if (l is DatetimeValue or DurationValue)
            return env.TypeError(((ExtensionValue)l).TypeName, r);
        if (r is DatetimeValue or DurationValue)
            return env.TypeError(((ExtensionValue)r).TypeName, l);
        return env.TypeError("long, datetime, or duration", l, "Only types long, datetime, duration support comparison");
    }
}

internal sealed class ArithmeticNode(BinaryOp op, Node left, Node right) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var l = left.Evaluate(ref env);
        if (l is null)
            return null;
        var r = right.Evaluate(ref env);
        if (r is null)
            return null;
        if (l is not LongValue a)
            return env.TypeError("long", l);
        if (r is not LongValue b)
            return env.TypeError("long", r);
        long result;
        bool overflow;
        switch (op)
        {
            case BinaryOp.Add:
                result = unchecked(a.Value + b.Value);
                overflow = ((a.Value ^ result) & (b.Value ^ result)) < 0;
                break;
            case BinaryOp.Sub:
                result = unchecked(a.Value - b.Value);
                overflow = ((a.Value ^ b.Value) & (a.Value ^ result)) < 0;
                break;
            default:
                var product = Math.BigMul(a.Value, b.Value, out var low);
                result = low;
                overflow = product != (low >> 63);
                break;
        }
        if (overflow)
        {
            var verb = op switch { BinaryOp.Add => "add", BinaryOp.Sub => "subtract", _ => "multiply" };
            return env.Fail(EvaluationErrorKind.IntegerOverflow, $"integer overflow while attempting to {verb} the values `{a}` and `{b}`");
        }
        return LongValue.Of(result);
    }
}

internal sealed class InNode(Node left, Node right) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var l = left.Evaluate(ref env);
        if (l is null)
            return null;
        var r = right.Evaluate(ref env);
        if (r is null)
            return null;
        if (l is not EntityValue child)
        {
            return env.TypeError("(entity of type `any_entity_type`)", l, r switch
            {
                SetValue => "`in` is for checking the entity hierarchy; use `.contains()` to test set membership",
                RecordValue => "`in` is for checking the entity hierarchy; use `has` to test if a record has a key",
                _ => null,
            });
        }
        env.Entities.TryGet(child.Uid, out var entity);
        if (r is EntityValue parent)
            return BoolValue.Of(child.Uid.Equals(parent.Uid) || (entity is not null && entity.Ancestors.Contains(parent.Uid)));
        if (r is not SetValue set)
            return env.TypeError("set or (entity of type `any_entity_type`)", r);
        foreach (var element in set.Elements)
        {
            if (element is not EntityValue)
                return env.TypeError("(entity of type `any_entity_type`)", element);
        }
        foreach (var element in set.Elements)
        {
            var uid = ((EntityValue)element).Uid;
            if (child.Uid.Equals(uid) || (entity is not null && entity.Ancestors.Contains(uid)))
                return BoolValue.True;
        }
        return BoolValue.False;
    }
}

internal sealed class SetOpNode(BinaryOp op, Node left, Node right) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var l = left.Evaluate(ref env);
        if (l is null)
            return null;
        var r = right.Evaluate(ref env);
        if (r is null)
            return null;
        if (l is not SetValue set)
            return env.TypeError("set", l);
        if (op == BinaryOp.Contains)
            return BoolValue.Of(set.Contains(r));
        if (r is not SetValue other)
            return env.TypeError("set", r);
        if (op == BinaryOp.ContainsAll)
        {
            foreach (var element in other.Elements)
            {
                if (!set.Contains(element))
                    return BoolValue.False;
            }
            return BoolValue.True;
        }
        foreach (var element in other.Elements)
        {
            if (set.Contains(element))
                return BoolValue.True;
        }
        return BoolValue.False;
    }
}

internal sealed class TagNode(bool isGet, Node left, Node right) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var l = left.Evaluate(ref env);
        if (l is null)
            return null;
        var r = right.Evaluate(ref env);
        if (r is null)
            return null;
        if (l is not EntityValue e)
            return env.TypeError("(entity of type `any_entity_type`)", l);
        if (r is not StringValue tag)
            return env.TypeError("string", r);
        if (!env.Entities.TryGet(e.Uid, out var entity))
            return isGet ? env.Fail(EvaluationErrorKind.EntityDoesNotExist, $"entity `{e.Uid}` does not exist") : BoolValue.False;
        var found = entity.Tags.TryGet(tag.Value, out var value);
        if (!isGet)
            return BoolValue.Of(found);
        return found ? value : env.Fail(EvaluationErrorKind.TagDoesNotExist, $"`{e.Uid}` does not have the tag `{tag.Value}`");
    }
}

internal sealed class GetAttrNode(Node target, string attribute) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var v = target.Evaluate(ref env);
        if (v is null)
            return null;
        if (v is RecordValue record)
        {
            return record.TryGet(attribute, out var value)
                ? value
                : env.Fail(EvaluationErrorKind.AttributeDoesNotExist, $"record does not have the attribute `{attribute}`");
        }
        if (v is EntityValue e)
        {
            if (!env.Entities.TryGet(e.Uid, out var entity))
                return env.Fail(EvaluationErrorKind.EntityDoesNotExist, $"entity `{e.Uid}` does not exist");
            return entity.Attributes.TryGet(attribute, out var value)
                ? value
                : env.Fail(EvaluationErrorKind.AttributeDoesNotExist, $"`{e.Uid}` does not have the attribute `{attribute}`");
        }
        return env.TypeError("record or (entity of type `any_entity_type`)", v);
    }
}

internal sealed class HasAttrNode(Node target, string attribute) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var v = target.Evaluate(ref env);
        if (v is null)
            return null;
        if (v is RecordValue record)
            return BoolValue.Of(record.Has(attribute));
        if (v is EntityValue e)
            return BoolValue.Of(env.Entities.TryGet(e.Uid, out var entity) && entity.Attributes.Has(attribute));
        return env.TypeError("record or (entity of type `any_entity_type`)", v);
    }
}

internal sealed class LikeNode(Node target, Pattern pattern) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var v = target.Evaluate(ref env);
        if (v is null)
            return null;
        return v is StringValue s ? BoolValue.Of(pattern.IsMatch(s.Value)) : env.TypeError("string", v);
    }
}

internal sealed class IsNode(Node target, string entityType) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var v = target.Evaluate(ref env);
        if (v is null)
            return null;
        return v is EntityValue e
            ? BoolValue.Of(string.Equals(e.Uid.Type, entityType, StringComparison.Ordinal))
            : env.TypeError("(entity of type `any_entity_type`)", v);
    }
}

internal sealed class SetNode(ImmutableArray<Node> elements) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var values = new CedarValue[elements.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var v = elements[i].Evaluate(ref env);
            if (v is null)
                return null;
            values[i] = v;
        }
        return SetValue.Of(values);
    }
}

/// <summary>A record literal; fields are evaluated in key order, as Cedar does.</summary>
internal sealed class RecordNode(ImmutableArray<KeyValuePair<string, Node>> fields) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, CedarValue>(StringComparer.Ordinal);
        foreach (var (key, node) in fields)
        {
            var v = node.Evaluate(ref env);
            if (v is null)
                return null;
            builder[key] = v;
        }
        return new RecordValue(builder.ToImmutable());
    }
}

[InlineArray(2)]
internal struct TwoValues
{
    private CedarValue _element;
}

internal sealed class ExtensionCallNode(ExtensionFunction function, string name, ImmutableArray<Node> arguments) : Node
{
    public override CedarValue? Evaluate(ref EvaluationEnvironment env)
    {
        if (arguments.Length <= 2)
        {
            var buffer = default(TwoValues);
            for (var i = 0; i < arguments.Length; i++)
            {
                var v = arguments[i].Evaluate(ref env);
                if (v is null)
                    return null;
                buffer[i] = v;
            }
            return ExtensionFunctions.Invoke(function, name, ((ReadOnlySpan<CedarValue>)buffer)[..arguments.Length], ref env);
        }
        var values = new CedarValue[arguments.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var v = arguments[i].Evaluate(ref env);
            if (v is null)
                return null;
            values[i] = v;
        }
        return ExtensionFunctions.Invoke(function, name, values, ref env);
    }
}
