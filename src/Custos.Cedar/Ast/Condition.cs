namespace Custos.Cedar.Ast;

/// <summary>A <c>when { … }</c> or <c>unless { … }</c> clause.</summary>
public sealed record Condition(ConditionKind Kind, Expr Body)
{
    public SourceSpan Span { get; init; }
}
