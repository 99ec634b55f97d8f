namespace Custos.Cedar.Ast;

/// <summary>A range of characters [Start, End) in the policy source, for diagnostics.</summary>
public readonly record struct SourceSpan(int Start, int End)
{
    public static readonly SourceSpan None = new(0, 0);
}
