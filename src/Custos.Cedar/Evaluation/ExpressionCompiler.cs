using System.Collections.Immutable;
using Custos.Cedar.Ast;
using Custos.Cedar.Entities;
using Custos.Cedar.Extensions;
using Custos.Cedar.Values;

namespace Custos.Cedar.Evaluation;

/// <summary>
/// Compiles an expression tree into nodes once. Set, record and extension-call literals whose parts are all
/// constants are evaluated here (when that succeeds), so <c>ip("10.0.0.0/8")</c> is parsed once, not per request.
/// </summary>
internal static class ExpressionCompiler
{
    private static readonly EntityValue Placeholder = new(new EntityUid("__cedar::Placeholder", string.Empty));

    public static Node Compile(Expr expr)
    {
        ArgumentNullException.ThrowIfNull(expr);
        switch (expr)
        {
            case LiteralExpr literal:
                return new ConstantNode(literal.Value);
            case VariableExpr variable:
                return new VariableNode(variable.Variable);
            case SlotExpr slot:
                return new FailNode(EvaluationErrorKind.UnlinkedSlot, $"template slot `?{slot.Slot.ToString().ToLowerInvariant()}` was not linked");
            case IfExpr ifExpr:
                return new IfNode(Compile(ifExpr.Condition), Compile(ifExpr.Then), Compile(ifExpr.Else));
            case AndExpr and:
                return new AndNode(Compile(and.Left), Compile(and.Right));
            case OrExpr or:
                return new OrNode(Compile(or.Left), Compile(or.Right));
            case UnaryExpr unary:
            {
                var operand = Compile(unary.Operand);
                return unary.Op switch
                {
                    UnaryOp.Not => new NotNode(operand),
                    UnaryOp.Neg => new NegNode(operand),
                    _ => new IsEmptyNode(operand),
                };
            }
            case BinaryExpr binary:
            {
                var left = Compile(binary.Left);
                var right = Compile(binary.Right);
                return binary.Op switch
                {
                    BinaryOp.Eq => new EqNode(left, right, negate: false),
                    BinaryOp.NotEq => new EqNode(left, right, negate: true),
                    BinaryOp.Less or BinaryOp.LessEq or BinaryOp.Greater or BinaryOp.GreaterEq => new CompareNode(binary.Op, left, right),
                    BinaryOp.Add or BinaryOp.Sub or BinaryOp.Mul => new ArithmeticNode(binary.Op, left, right),
                    BinaryOp.In => new InNode(left, right),
                    BinaryOp.Contains or BinaryOp.ContainsAll or BinaryOp.ContainsAny => new SetOpNode(binary.Op, left, right),
                    BinaryOp.GetTag => new TagNode(isGet: true, left, right),
                    _ => new TagNode(isGet: false, left, right),
                };
            }
            case GetAttrExpr getAttr:
                return new GetAttrNode(Compile(getAttr.Target), getAttr.Attribute);
            case HasAttrExpr hasAttr:
                return new HasAttrNode(Compile(hasAttr.Target), hasAttr.Attribute);
            case LikeExpr like:
                return new LikeNode(Compile(like.Target), like.Pattern);
            case IsExpr isExpr:
                return new IsNode(Compile(isExpr.Target), isExpr.EntityType);
            case SetExpr set:
            {
                var elements = ImmutableArray.CreateBuilder<Node>(set.Elements.Length);
                foreach (var element in set.Elements)
                    elements.Add(Compile(element));
                var constant = AllConstant(elements);
                return Fold(new SetNode(elements.MoveToImmutable()), constant);
            }
            case RecordExpr record:
            {
                var fields = new List<KeyValuePair<string, Node>>(record.Fields.Length);
                foreach (var (key, value) in record.Fields)
                    fields.Add(new(key, Compile(value)));
                fields.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
                var allConstant = true;
                foreach (var field in fields)
                    allConstant &= field.Value is ConstantNode;
                return Fold(new RecordNode([.. fields]), allConstant);
            }
            case ExtensionCallExpr call:
            {
                var arguments = ImmutableArray.CreateBuilder<Node>(call.Arguments.Length);
                foreach (var argument in call.Arguments)
                    arguments.Add(Compile(argument));
                var constant = AllConstant(arguments);
                var node = new ExtensionCallNode(ExtensionFunctions.Resolve(call.Function), call.Function, arguments.MoveToImmutable());
                return Fold(node, constant);
            }
            default:
                throw new ArgumentException($"unknown expression node {expr.GetType().Name}", nameof(expr));
        }
    }

    private static bool AllConstant(ImmutableArray<Node>.Builder nodes)
    {
        foreach (var node in nodes)
        {
            if (node is not ConstantNode)
                return false;
        }
        return true;
    }

    /// <summary>A node whose inputs are constants and that reads nothing from the request is evaluated now.</summary>
    private static Node Fold(Node node, bool allConstant)
    {
        if (!allConstant)
            return node;
        var env = new EvaluationEnvironment(Placeholder, Placeholder, Placeholder, RecordValue.Empty, EntityStore.Empty);
        var value = node.Evaluate(ref env);
        return value is null ? node : new ConstantNode(value);
    }
}
