using System.Text;
using Custos.Cedar.Ast;
using Custos.Cedar.Parsing;
using Custos.Cedar.Values;

namespace Custos.Cedar.Formatting;

/// <summary>
/// Prints expressions in Cedar syntax with the fewest parentheses that keep the tree: parsing the output gives
/// back the same tree.
/// </summary>
public static class ExpressionPrinter
{
    private const int IfLevel = 0;
    private const int OrLevel = 1;
    private const int AndLevel = 2;
    private const int RelationLevel = 3;
    private const int AddLevel = 4;
    private const int MultLevel = 5;
    private const int UnaryLevel = 6;
    private const int MemberLevel = 7;

    public static string Print(Expr expr)
    {
        var builder = new StringBuilder();
        Print(builder, expr);
        return builder.ToString();
    }

    public static void Print(StringBuilder builder, Expr expr)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(expr);
        Write(builder, expr, IfLevel);
    }

    /// <summary>An entity uid in Cedar syntax.</summary>
    public static string Print(EntityUid uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        return uid.Type + "::" + CedarStrings.Quote(uid.Id);
    }

    private static int Level(Expr expr) => expr switch
    {
        IfExpr => IfLevel,
        OrExpr => OrLevel,
        AndExpr => AndLevel,
        BinaryExpr { Op: BinaryOp.Eq or BinaryOp.NotEq or BinaryOp.Less or BinaryOp.LessEq or BinaryOp.Greater or BinaryOp.GreaterEq or BinaryOp.In } => RelationLevel,
        HasAttrExpr or LikeExpr or IsExpr => RelationLevel,
        BinaryExpr { Op: BinaryOp.Add or BinaryOp.Sub } => AddLevel,
        BinaryExpr { Op: BinaryOp.Mul } => MultLevel,
        UnaryExpr { Op: UnaryOp.Not or UnaryOp.Neg } => UnaryLevel,
        LiteralExpr { Value: LongValue { Value: < 0 } } => UnaryLevel,
        _ => MemberLevel,
    };

    private static void Write(StringBuilder b, Expr expr, int minimum)
    {
        var level = Level(expr);
        var parenthesize = level < minimum;
        if (parenthesize)
            b.Append('(');
        switch (expr)
        {
            case LiteralExpr literal:
                b.Append(literal.Value switch
                {
                    EntityValue entity => Print(entity.Uid),
                    var value => value.ToString(),
                });
                break;
            case VariableExpr variable:
                b.Append(variable.Variable switch
                {
                    Variable.Principal => "principal",
                    Variable.Action => "action",
                    Variable.Resource => "resource",
                    _ => "context",
                });
                break;
            case SlotExpr slot:
                b.Append(slot.Slot == SlotId.Principal ? "?principal" : "?resource");
                break;
            case IfExpr ifExpr:
                b.Append("if ");
                Write(b, ifExpr.Condition, IfLevel);
                b.Append(" then ");
                Write(b, ifExpr.Then, IfLevel);
                b.Append(" else ");
                Write(b, ifExpr.Else, IfLevel);
                break;
            case OrExpr or:
                Write(b, or.Left, OrLevel);
                b.Append(" || ");
                Write(b, or.Right, AndLevel);
                break;
            case AndExpr and:
                Write(b, and.Left, AndLevel);
                b.Append(" && ");
                Write(b, and.Right, RelationLevel);
                break;
            case UnaryExpr { Op: UnaryOp.IsEmpty } isEmpty:
                Write(b, isEmpty.Operand, MemberLevel);
                b.Append(".isEmpty()");
                break;
            case UnaryExpr unary:
                b.Append(unary.Op == UnaryOp.Not ? '!' : '-');
                // -(5) is a negation of a literal, -5 is a literal: keep the tree as it was.
                if (unary.Op == UnaryOp.Neg && unary.Operand is LiteralExpr { Value: LongValue })
                {
                    b.Append('(');
                    Write(b, unary.Operand, IfLevel);
                    b.Append(')');
                }
                else
                {
                    Write(b, unary.Operand, MemberLevel);
                }
                break;
            case BinaryExpr binary:
                WriteBinary(b, binary);
                break;
            case GetAttrExpr get:
                Write(b, get.Target, MemberLevel);
                if (IsPlainIdentifier(get.Attribute))
                    b.Append('.').Append(get.Attribute);
                else
                    b.Append('[').Append(CedarStrings.Quote(get.Attribute)).Append(']');
                break;
            case HasAttrExpr has:
                Write(b, has.Target, AddLevel);
                b.Append(" has ");
                b.Append(IsPlainIdentifier(has.Attribute) ? has.Attribute : CedarStrings.Quote(has.Attribute));
                break;
            case LikeExpr like:
                Write(b, like.Target, AddLevel);
                b.Append(" like ").Append(QuotePattern(like.Pattern));
                break;
            case IsExpr isExpr:
                Write(b, isExpr.Target, AddLevel);
                b.Append(" is ").Append(isExpr.EntityType);
                break;
            case SetExpr set:
                b.Append('[');
                for (var i = 0; i < set.Elements.Length; i++)
                {
                    if (i > 0)
                        b.Append(", ");
                    Write(b, set.Elements[i], IfLevel);
                }
                b.Append(']');
                break;
            case RecordExpr record:
                b.Append('{');
                for (var i = 0; i < record.Fields.Length; i++)
                {
                    if (i > 0)
                        b.Append(", ");
                    var (key, value) = record.Fields[i];
                    b.Append(IsPlainIdentifier(key) ? key : CedarStrings.Quote(key)).Append(": ");
                    Write(b, value, IfLevel);
                }
                b.Append('}');
                break;
            case ExtensionCallExpr call when call.IsMethod && call.Arguments.Length > 0:
                Write(b, call.Arguments[0], MemberLevel);
                b.Append('.').Append(call.Function).Append('(');
                WriteArguments(b, call, 1);
                b.Append(')');
                break;
            case ExtensionCallExpr call:
                b.Append(call.Function).Append('(');
                WriteArguments(b, call, 0);
                b.Append(')');
                break;
            default:
                throw new ArgumentException($"unknown expression node {expr.GetType().Name}", nameof(expr));
        }
        if (parenthesize)
            b.Append(')');
    }

    private static void WriteArguments(StringBuilder b, ExtensionCallExpr call, int from)
    {
        for (var i = from; i < call.Arguments.Length; i++)
        {
            if (i > from)
                b.Append(", ");
            Write(b, call.Arguments[i], IfLevel);
        }
    }

    private static void WriteBinary(StringBuilder b, BinaryExpr binary)
    {
        string? method = binary.Op switch
        {
            BinaryOp.Contains => "contains",
            BinaryOp.ContainsAll => "containsAll",
            BinaryOp.ContainsAny => "containsAny",
            BinaryOp.GetTag => "getTag",
            BinaryOp.HasTag => "hasTag",
            _ => null,
        };
        if (method is not null)
        {
            Write(b, binary.Left, MemberLevel);
            b.Append('.').Append(method).Append('(');
            Write(b, binary.Right, IfLevel);
            b.Append(')');
            return;
        }
        var (symbol, left, right) = binary.Op switch
        {
            BinaryOp.Eq => ("==", AddLevel, AddLevel),
            BinaryOp.NotEq => ("!=", AddLevel, AddLevel),
            BinaryOp.Less => ("<", AddLevel, AddLevel),
            BinaryOp.LessEq => ("<=", AddLevel, AddLevel),
            BinaryOp.Greater => (">", AddLevel, AddLevel),
            BinaryOp.GreaterEq => (">=", AddLevel, AddLevel),
            BinaryOp.In => ("in", AddLevel, AddLevel),
            BinaryOp.Add => ("+", AddLevel, MultLevel),
            BinaryOp.Sub => ("-", AddLevel, MultLevel),
            _ => ("*", MultLevel, UnaryLevel),
        };
        Write(b, binary.Left, left);
        b.Append(' ').Append(symbol).Append(' ');
        Write(b, binary.Right, right);
    }

    /// <summary>Whether <paramref name="name"/> can be written bare (as <c>.name</c> or a record key).</summary>
    public static bool IsPlainIdentifier(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || !Lexer.IsIdentifierStart(name[0]))
            return false;
        foreach (var c in name)
        {
            if (!Lexer.IsIdentifierPart(c))
                return false;
        }
        return name is not ("true" or "false" or "if" or "then" or "else" or "in" or "is" or "has" or "like" or "__cedar");
    }

    private static string QuotePattern(Pattern pattern)
    {
        var b = new StringBuilder("\"");
        for (var i = 0; i < pattern.Segments.Length; i++)
        {
            if (i > 0)
                b.Append('*');
            var quoted = CedarStrings.Quote(pattern.Segments[i]);
            b.Append(quoted.AsSpan(1, quoted.Length - 2).ToString().Replace("*", "\\*", StringComparison.Ordinal));
        }
        return b.Append('"').ToString();
    }
}
