using System.Collections.Immutable;
using Custos.Cedar.Values;

namespace Custos.Cedar.Ast;

// The expression node types are small and only meaningful together, so they share this file.
#pragma warning disable CA1050, SA1402

/// <summary>A literal: a boolean, long, string or entity reference.</summary>
public sealed record LiteralExpr(CedarValue Value) : Expr;

/// <summary><c>principal</c>, <c>action</c>, <c>resource</c> or <c>context</c>.</summary>
public sealed record VariableExpr(Variable Variable) : Expr;

/// <summary>A template slot, <c>?principal</c> or <c>?resource</c>.</summary>
public sealed record SlotExpr(SlotId Slot) : Expr;

/// <summary><c>if Condition then Then else Else</c>.</summary>
public sealed record IfExpr(Expr Condition, Expr Then, Expr Else) : Expr;

/// <summary><c>Left &amp;&amp; Right</c>, short-circuiting.</summary>
public sealed record AndExpr(Expr Left, Expr Right) : Expr;

/// <summary><c>Left || Right</c>, short-circuiting.</summary>
public sealed record OrExpr(Expr Left, Expr Right) : Expr;

/// <summary><c>!x</c>, <c>-x</c>, or <c>x.isEmpty()</c>.</summary>
public sealed record UnaryExpr(UnaryOp Op, Expr Operand) : Expr;

/// <summary>Binary operators and the built-in two-argument methods (<c>contains</c>, <c>getTag</c>, …).</summary>
public sealed record BinaryExpr(BinaryOp Op, Expr Left, Expr Right) : Expr;

/// <summary><c>Target.Attribute</c> or <c>Target["Attribute"]</c>.</summary>
public sealed record GetAttrExpr(Expr Target, string Attribute) : Expr;

/// <summary><c>Target has Attribute</c>. A nested <c>x has a.b</c> is parsed as <c>x has a &amp;&amp; x.a has b</c>.</summary>
public sealed record HasAttrExpr(Expr Target, string Attribute) : Expr;

/// <summary><c>Target like "pattern"</c>.</summary>
public sealed record LikeExpr(Expr Target, Pattern Pattern) : Expr;

/// <summary><c>Target is EntityType</c>. <c>x is T in y</c> is parsed as <c>x is T &amp;&amp; x in y</c>.</summary>
public sealed record IsExpr(Expr Target, string EntityType) : Expr;

/// <summary><c>[a, b, …]</c>.</summary>
public sealed record SetExpr(ImmutableArray<Expr> Elements) : Expr;

/// <summary><c>{ key: value, … }</c>; keys are distinct (the parser rejects duplicates).</summary>
public sealed record RecordExpr(ImmutableArray<KeyValuePair<string, Expr>> Fields) : Expr;

/// <summary>
/// A call of an extension function (<c>ip("…")</c>, <c>decimal("…")</c>, <c>datetime("…")</c>, <c>duration("…")</c>)
/// or extension method (<c>a.lessThan(b)</c>: <see cref="Arguments"/> is <c>[a, b]</c>, <see cref="IsMethod"/> true).
/// <see cref="Function"/> is the name as written (qualified functions keep their namespace).
/// </summary>
public sealed record ExtensionCallExpr(string Function, ImmutableArray<Expr> Arguments, bool IsMethod) : Expr;
