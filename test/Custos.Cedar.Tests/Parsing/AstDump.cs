using System.Text;
using Custos.Cedar.Ast;

namespace Custos.Cedar.Tests.Parsing;

/// <summary>A span-free, structural rendering of a policy tree, to compare trees in tests.</summary>
internal static class AstDump
{
    public static string Of(Policy policy)
    {
        var b = new StringBuilder();
        b.Append(policy.Effect).Append('(');
        b.Append(Scope(policy.Principal)).Append(';');
        b.Append(policy.Action.Op).Append('[').Append(string.Join(",", policy.Action.Entities)).Append("];");
        b.Append(Scope(policy.Resource)).Append(')');
        foreach (var a in policy.Annotations)
            b.Append('@').Append(a.Key).Append('=').Append(a.Value);
        foreach (var c in policy.Conditions)
        {
            b.Append(c.Kind).Append('{');
            Write(b, c.Body);
            b.Append('}');
        }
        return b.ToString();
    }

    public static string Of(Expr expr)
    {
        var b = new StringBuilder();
        Write(b, expr);
        return b.ToString();
    }

    private static string Scope(ScopeConstraint s) => $"{s.Op}:{s.Entity}:{s.Slot}:{s.EntityType}";

    private static void Write(StringBuilder b, Expr e)
    {
        switch (e)
        {
            case LiteralExpr l: b.Append("lit(").Append(l.Value.Kind).Append(' ').Append(l.Value).Append(')'); break;
            case VariableExpr v: b.Append(v.Variable); break;
            case SlotExpr s: b.Append('?').Append(s.Slot); break;
            case IfExpr i: b.Append("if("); Write(b, i.Condition); b.Append(','); Write(b, i.Then); b.Append(','); Write(b, i.Else); b.Append(')'); break;
            case AndExpr a: b.Append("and("); Write(b, a.Left); b.Append(','); Write(b, a.Right); b.Append(')'); break;
            case OrExpr o: b.Append("or("); Write(b, o.Left); b.Append(','); Write(b, o.Right); b.Append(')'); break;
            case UnaryExpr u: b.Append(u.Op).Append('('); Write(b, u.Operand); b.Append(')'); break;
            case BinaryExpr x: b.Append(x.Op).Append('('); Write(b, x.Left); b.Append(','); Write(b, x.Right); b.Append(')'); break;
            case GetAttrExpr g: b.Append("get("); Write(b, g.Target); b.Append(',').Append(g.Attribute).Append(')'); break;
            case HasAttrExpr h: b.Append("has("); Write(b, h.Target); b.Append(',').Append(h.Attribute).Append(')'); break;
            case LikeExpr k: b.Append("like("); Write(b, k.Target); b.Append(",[").Append(string.Join("|", k.Pattern.Segments)).Append("])"); break;
            case IsExpr s: b.Append("is("); Write(b, s.Target); b.Append(',').Append(s.EntityType).Append(')'); break;
            case SetExpr s:
                b.Append("set(");
                foreach (var x in s.Elements) { Write(b, x); b.Append(','); }
                b.Append(')');
                break;
            case RecordExpr r:
                b.Append("rec(");
                foreach (var (k, v) in r.Fields) { b.Append(k).Append(':'); Write(b, v); b.Append(','); }
                b.Append(')');
                break;
            case ExtensionCallExpr c:
                b.Append("call ").Append(c.Function).Append(c.IsMethod ? "m(" : "(");
                foreach (var x in c.Arguments) { Write(b, x); b.Append(','); }
                b.Append(')');
                break;
            default: throw new InvalidOperationException(e.GetType().Name);
        }
    }
}
