namespace Custos.Cedar.Ast;

/// <summary>
/// A Cedar expression. The tree is immutable data: the evaluator compiles it once per policy set,
/// the validator type-checks it, the formatter prints it. <see cref="Span"/> points into the source.
/// </summary>
public abstract record Expr
{
    public SourceSpan Span { get; init; }
}
