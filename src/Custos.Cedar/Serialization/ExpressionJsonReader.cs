using Custos.Cedar.Diagnostics;
using System.Collections.Immutable;
using Custos.Cedar.Ast;
using Custos.Cedar.Parsing;
using Custos.Cedar.Values;

namespace Custos.Cedar.Serialization;

/// <summary>
/// Reads an expression in Cedar's JSON format (cedar-policy-core <c>est::Expr</c>) into the AST, desugaring as the
/// text parser does: <c>{"has": {"attr": ["a", "b"]}}</c> becomes <c>x has a &amp;&amp; x.a has b</c> and
/// <c>{"is": {…, "in": y}}</c> becomes <c>x is T &amp;&amp; x in y</c> (the two sides share the node <c>x</c>).
/// </summary>
internal sealed class ExpressionJsonReader(JsonReadContext context)
{
    private static readonly Dictionary<string, BinaryOp> BinaryOps = new(StringComparer.Ordinal)
    {
        ["=="] = BinaryOp.Eq,
        ["!="] = BinaryOp.NotEq,
        ["<"] = BinaryOp.Less,
        ["<="] = BinaryOp.LessEq,
        [">"] = BinaryOp.Greater,
        [">="] = BinaryOp.GreaterEq,
        ["+"] = BinaryOp.Add,
        ["-"] = BinaryOp.Sub,
        ["*"] = BinaryOp.Mul,
        ["in"] = BinaryOp.In,
        ["contains"] = BinaryOp.Contains,
        ["containsAll"] = BinaryOp.ContainsAll,
        ["containsAny"] = BinaryOp.ContainsAny,
        ["getTag"] = BinaryOp.GetTag,
        ["hasTag"] = BinaryOp.HasTag,
    };

    private static readonly string[] OtherOperators =
    [
        "Value", "Var", "Slot", "!", "neg", "isEmpty", "&&", "||", ".", "has", "like", "is", "if-then-else", "Set", "Record",
    ];

    private const string ExpressionExample = "{\"Var\": \"principal\"} or {\"==\": {\"left\": …, \"right\": …}}";

    /// <summary>Reads an expression; slots are accepted only when <paramref name="allowSlots"/>.</summary>
    public Expr Read(JsonTree node, bool allowSlots) => ReadExpr(node, 1, allowSlots);

    private Expr ReadExpr(JsonTree node, int depth, bool allowSlots)
    {
        if (depth > ParseLimits.MaxDepth)
            throw context.Fail(node, $"the expression is nested more than {ParseLimits.MaxDepth} levels deep; split it into simpler policies");
        if (node.Kind != JsonTreeKind.Object)
            throw context.Fail(node, $"expected an expression, an object with one key naming the operator as in {ExpressionExample}; found {node.Describe()}");
        var properties = node.Properties!;
        if (properties.Count != 1)
        {
            throw context.Fail(node, properties.Count == 0
                ? $"expected an expression, an object with one key naming the operator as in {ExpressionExample}; found an empty object"
                : $"expected an object with one key naming the operator; found {properties.Count} keys ({string.Join(", ", properties.Select(p => "\"" + p.Key + "\""))}); write each operator as its own nested object");
        }
        var (op, body) = properties[0];
        var next = depth + 1;
        switch (op)
        {
            case "Value":
                return ReadValue(body, depth);
            case "Var":
            {
                var name = context.String(body, "a variable name");
                return name switch
                {
                    "principal" => new VariableExpr(Variable.Principal),
                    "action" => new VariableExpr(Variable.Action),
                    "resource" => new VariableExpr(Variable.Resource),
                    "context" => new VariableExpr(Variable.Context),
                    _ => throw context.Fail(body, $"\"{name}\" is not a variable; the variables are \"principal\", \"action\", \"resource\" and \"context\""),
                };
            }
            case "Slot":
            {
                var name = context.String(body, "a slot name");
                SlotId slot = name switch
                {
                    "?principal" => SlotId.Principal,
                    "?resource" => SlotId.Resource,
                    _ => throw context.Fail(body, $"\"{name}\" is not a slot; templates have only \"?principal\" and \"?resource\""),
                };
                if (!allowSlots)
                    throw context.Fail(body, $"the slot {name} may appear only in the policy scope, not in a condition");
                return new SlotExpr(slot);
            }
            case "!" or "neg" or "isEmpty":
            {
                var payload = context.Object(body, $"the operand of \"{op}\"", "arg");
                var arg = ReadExpr(context.Required(payload, "arg", $"\"{op}\""), next, allowSlots);
                return new UnaryExpr(op switch { "!" => UnaryOp.Not, "neg" => UnaryOp.Neg, _ => UnaryOp.IsEmpty }, arg);
            }
            case "&&" or "||":
            {
                var (left, right) = ReadBinary(op, body, next, allowSlots);
                return op == "&&" ? new AndExpr(left, right) : new OrExpr(left, right);
            }
            case ".":
            {
                var payload = context.Object(body, "the operands of \".\"", "left", "attr");
                var left = ReadExpr(context.Required(payload, "left", "\".\""), next, allowSlots);
                var attr = context.String(context.Required(payload, "attr", "\".\""), "an attribute name");
                return new GetAttrExpr(left, attr);
            }
            case "has":
                return ReadHas(body, next, allowSlots);
            case "like":
                return ReadLike(body, next, allowSlots);
            case "is":
                return ReadIs(body, next, allowSlots);
            case "if-then-else":
            {
                var payload = context.Object(body, "the operands of \"if-then-else\"", "if", "then", "else");
                var condition = ReadExpr(context.Required(payload, "if", "\"if-then-else\""), next, allowSlots);
                var then = ReadExpr(context.Required(payload, "then", "\"if-then-else\""), next, allowSlots);
                var otherwise = ReadExpr(context.Required(payload, "else", "\"if-then-else\""), next, allowSlots);
                return new IfExpr(condition, then, otherwise);
            }
            case "Set":
            {
                var items = context.Array(body, "the elements of a set").Items!;
                var elements = ImmutableArray.CreateBuilder<Expr>(items.Count);
                foreach (var item in items)
                    elements.Add(ReadExpr(item, next, allowSlots));
                return new SetExpr(elements.MoveToImmutable());
            }
            case "Record":
            {
                var fields = context.Object(body, "the fields of a record").Properties!;
                var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, Expr>>(fields.Count);
                foreach (var (key, value) in fields)
                    builder.Add(new KeyValuePair<string, Expr>(key, ReadExpr(value, next, allowSlots)));
                return new RecordExpr(builder.MoveToImmutable());
            }
            default:
                if (BinaryOps.TryGetValue(op, out var binary))
                {
                    var (left, right) = ReadBinary(op, body, next, allowSlots);
                    return new BinaryExpr(binary, left, right);
                }
                if (ExtensionNames.IsKnown(op))
                    return ReadCall(op, body, next, allowSlots);
                throw context.FailAt(body, node.PathOf(op), $"unknown operator \"{op}\"{Suggest(op)}; an expression's key is an operator ({string.Join(" ", OtherOperators.Concat(BinaryOps.Keys))}) or an extension function or method such as \"ip\" or \"lessThan\"");
        }
    }

    private (Expr Left, Expr Right) ReadBinary(string op, JsonTree body, int depth, bool allowSlots)
    {
        var payload = context.Object(body, $"the operands of \"{op}\"", "left", "right");
        var left = ReadExpr(context.Required(payload, "left", $"\"{op}\""), depth, allowSlots);
        var right = ReadExpr(context.Required(payload, "right", $"\"{op}\""), depth, allowSlots);
        return (left, right);
    }

    private Expr ReadHas(JsonTree body, int depth, bool allowSlots)
    {
        var payload = context.Object(body, "the operands of \"has\"", "left", "attr");
        var target = ReadExpr(context.Required(payload, "left", "\"has\""), depth, allowSlots);
        var attrNode = context.Required(payload, "attr", "\"has\"");
        if (attrNode.Kind == JsonTreeKind.String)
            return new HasAttrExpr(target, attrNode.Text!);
        if (attrNode.Kind != JsonTreeKind.Array || attrNode.Items!.Count == 0)
            throw context.Fail(attrNode, $"expected an attribute name (a string) or a non-empty array of names for a nested test, as in [\"a\", \"b\"]; found {attrNode.Describe()}");
        var path = attrNode.Items.Select(item => context.String(item, "an attribute name")).ToList();
        if (path.Count > ParseLimits.MaxDepth)
            throw context.Fail(attrNode, $"the attribute path has more than {ParseLimits.MaxDepth} names; split the test");
        // As the text parser desugars `x has a.b.c`: x has a && x.a has b && x.a.b has c (left-nested).
        Expr result = new HasAttrExpr(target, path[0]);
        var prefix = target;
        for (var i = 1; i < path.Count; i++)
        {
            prefix = new GetAttrExpr(prefix, path[i - 1]);
            result = new AndExpr(result, new HasAttrExpr(prefix, path[i]));
        }
        return result;
    }

    private LikeExpr ReadLike(JsonTree body, int depth, bool allowSlots)
    {
        var payload = context.Object(body, "the operands of \"like\"", "left", "pattern");
        var target = ReadExpr(context.Required(payload, "left", "\"like\""), depth, allowSlots);
        var elements = context.Array(context.Required(payload, "pattern", "\"like\""), "a pattern").Items!;
        var segments = ImmutableArray.CreateBuilder<string>();
        var current = new System.Text.StringBuilder();
        foreach (var element in elements)
        {
            if (element.Kind == JsonTreeKind.String && element.Text == "Wildcard")
            {
                segments.Add(current.ToString());
                current.Clear();
                continue;
            }
            if (element.Kind == JsonTreeKind.Object && element.Properties!.Count == 1 && element.Get("Literal") is { } literal)
            {
                current.Append(context.String(literal, "the text of a pattern literal"));
                continue;
            }
            throw context.Fail(element, $"expected a pattern element, \"Wildcard\" or {{\"Literal\": \"text\"}}; found {element.Describe()}");
        }
        segments.Add(current.ToString());
        return new LikeExpr(target, new Pattern(segments.ToImmutable()));
    }

    private Expr ReadIs(JsonTree body, int depth, bool allowSlots)
    {
        var payload = context.Object(body, "the operands of \"is\"", "left", "entity_type", "in");
        var target = ReadExpr(context.Required(payload, "left", "\"is\""), depth, allowSlots);
        var type = context.Name(context.Required(payload, "entity_type", "\"is\""), "entity type");
        Expr result = new IsExpr(target, type);
        if (payload.Get("in") is { } container)
        {
            // `x is T in y` is `x is T && x in y`, as the text parser builds it (one shared node for x).
            result = new AndExpr(result, new BinaryExpr(BinaryOp.In, target, ReadExpr(container, depth, allowSlots)));
        }
        return result;
    }

    private ExtensionCallExpr ReadCall(string name, JsonTree body, int depth, bool allowSlots)
    {
        var items = context.Array(body, $"the arguments of \"{name}\"").Items!;
        var isMethod = ExtensionNames.Methods.Contains(name);
        if (isMethod && items.Count == 0)
            throw context.Fail(body, $"\"{name}\" is a method: list its receiver first, as in {{\"{name}\": [receiver, …]}}");
        var args = ImmutableArray.CreateBuilder<Expr>(items.Count);
        foreach (var item in items)
            args.Add(ReadExpr(item, depth, allowSlots));
        return new ExtensionCallExpr(name, args.MoveToImmutable(), isMethod);
    }

    /// <summary>A literal in the attribute-value JSON format (<c>CedarValueJson</c>): what may follow <c>"Value"</c>.</summary>
    private Expr ReadValue(JsonTree node, int depth)
    {
        if (depth > ParseLimits.MaxDepth)
            throw context.Fail(node, $"the value is nested more than {ParseLimits.MaxDepth} levels deep; split it into simpler policies");
        switch (node.Kind)
        {
            case JsonTreeKind.True:
                return new LiteralExpr(BoolValue.True);
            case JsonTreeKind.False:
                return new LiteralExpr(BoolValue.False);
            case JsonTreeKind.String:
                return new LiteralExpr(new StringValue(node.Text!));
            case JsonTreeKind.Number:
                if (node.Integer is not { } integer)
                    throw context.Fail(node, $"{node.Text} is not a Cedar long; write an integer between -9223372036854775808 and 9223372036854775807");
                return new LiteralExpr(LongValue.Of(integer));
            case JsonTreeKind.Null:
                throw context.Fail(node, "null is not a Cedar value; write a boolean, number, string, entity, set or record");
            case JsonTreeKind.Array:
            {
                var elements = ImmutableArray.CreateBuilder<Expr>(node.Items!.Count);
                foreach (var item in node.Items)
                    elements.Add(ReadValue(item, depth + 1));
                return new SetExpr(elements.MoveToImmutable());
            }
            default:
                return ReadObjectValue(node, depth);
        }
    }

    private Expr ReadObjectValue(JsonTree node, int depth)
    {
        var properties = node.Properties!;
        if (properties.Count == 1)
        {
            // The escapes, recognized exactly as cedar-policy-core's CedarValueJson does; anything else is a record.
            var (key, value) = properties[0];
            if (key == "__entity" && value.Kind == JsonTreeKind.Object && value.Properties!.Count >= 2 &&
                value.Get("type") is { Kind: JsonTreeKind.String } type && value.Get("id") is { Kind: JsonTreeKind.String } id)
            {
                return new LiteralExpr(new EntityValue(new EntityUid(context.Name(type, "entity type"), id.Text!)));
            }
            if (key == "__extn" && value.Kind == JsonTreeKind.Object && value.Properties!.Count >= 2 &&
                value.Get("fn") is { Kind: JsonTreeKind.String } fn)
            {
                if (value.Get("arg") is { } arg)
                    return ExtensionValue(fn, [ReadValue(arg, depth + 1)]);
                if (value.Get("args") is { Kind: JsonTreeKind.Array } args)
                {
                    var list = ImmutableArray.CreateBuilder<Expr>(args.Items!.Count);
                    foreach (var item in args.Items)
                        list.Add(ReadValue(item, depth + 1));
                    return ExtensionValue(fn, list.MoveToImmutable());
                }
            }
            if (key == "__expr" && value.Kind == JsonTreeKind.String)
                throw context.Fail(node, "the __expr escape was removed in Cedar 3; write the expression itself instead of {\"Value\": {\"__expr\": …}}");
        }
        var fields = ImmutableArray.CreateBuilder<KeyValuePair<string, Expr>>(properties.Count);
        foreach (var (key, value) in properties)
            fields.Add(new KeyValuePair<string, Expr>(key, ReadValue(value, depth + 1)));
        return new RecordExpr(fields.MoveToImmutable());
    }

    private ExtensionCallExpr ExtensionValue(JsonTree fn, ImmutableArray<Expr> args)
    {
        var name = fn.Text!;
        if (!ExtensionNames.IsKnown(name))
            throw context.Fail(fn, $"\"{name}\" is not an extension function Cedar knows{Suggest(name)}; the functions are ip, decimal, datetime and duration");
        return new ExtensionCallExpr(name, args, ExtensionNames.Methods.Contains(name));
    }

    private static string Suggest(string name) =>
        Suggestions.Closest(name, OtherOperators.Concat(BinaryOps.Keys).Concat(ExtensionNames.Functions).Concat(ExtensionNames.Methods)) is { } best
            ? $" (did you mean \"{best}\"?)"
            : string.Empty;
}
