using System.Runtime.CompilerServices;
using System.Text;
using Custos.Cedar.Ast;

namespace Custos.Cedar.Validation;

/// <summary>
/// A structural key of an expression that ignores source spans, so that <c>principal.a</c> written twice is the
/// same expression for capability tracking (Cedar compares expressions by shape).
/// </summary>
internal sealed class ExprKeys
{
    private readonly ConditionalWeakTable<Expr, string> _keys = [];

    public string Of(Expr expr)
    {
        if (_keys.TryGetValue(expr, out var key))
            return key;
        var builder = new StringBuilder();
        Write(builder, expr);
        key = builder.ToString();
        _keys.AddOrUpdate(expr, key);
        return key;
    }

    private void Write(StringBuilder b, Expr expr)
    {
        switch (expr)
        {
            case LiteralExpr lit:
                b.Append("lit(").Append(lit.Value.Kind).Append(':').Append(lit.Value).Append(')');
                break;
            case VariableExpr v:
                b.Append("var(").Append(v.Variable).Append(')');
                break;
            case SlotExpr s:
                b.Append("slot(").Append(s.Slot).Append(')');
                break;
            case IfExpr i:
                b.Append("if(").Append(Of(i.Condition)).Append(',').Append(Of(i.Then)).Append(',').Append(Of(i.Else)).Append(')');
                break;
            case AndExpr a:
                b.Append("and(").Append(Of(a.Left)).Append(',').Append(Of(a.Right)).Append(')');
                break;
            case OrExpr o:
                b.Append("or(").Append(Of(o.Left)).Append(',').Append(Of(o.Right)).Append(')');
                break;
            case UnaryExpr u:
                b.Append(u.Op).Append('(').Append(Of(u.Operand)).Append(')');
                break;
            case BinaryExpr bin:
                b.Append(bin.Op).Append('(').Append(Of(bin.Left)).Append(',').Append(Of(bin.Right)).Append(')');
                break;
            case GetAttrExpr g:
                b.Append("get(").Append(Of(g.Target)).Append(',').Append(Quote(g.Attribute)).Append(')');
                break;
            case HasAttrExpr h:
                b.Append("has(").Append(Of(h.Target)).Append(',').Append(Quote(h.Attribute)).Append(')');
                break;
            case LikeExpr l:
                b.Append("like(").Append(Of(l.Target)).Append(',').Append(string.Join("*", l.Pattern.Segments.Select(Quote))).Append(')');
                break;
            case IsExpr i:
                b.Append("is(").Append(Of(i.Target)).Append(',').Append(i.EntityType).Append(')');
                break;
            case SetExpr s:
                b.Append("set(").AppendJoin(',', s.Elements.Select(Of)).Append(')');
                break;
            case RecordExpr r:
                b.Append("rec(").AppendJoin(',', r.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => Quote(f.Key) + ":" + Of(f.Value))).Append(')');
                break;
            case ExtensionCallExpr c:
                b.Append("call(").Append(c.Function).Append(',').AppendJoin(',', c.Arguments.Select(Of)).Append(')');
                break;
            default:
                b.Append(expr.GetType().Name);
                break;
        }
    }

    private static string Quote(string text) => Values.CedarStrings.Quote(text);
}
