namespace Custos.Cedar.Parsing;

/// <summary>Bounds that keep hostile input from exhausting the stack or memory.</summary>
public static class ParseLimits
{
    /// <summary>Deepest nesting of expressions accepted (parentheses, sets, records, operators).</summary>
    public const int MaxDepth = 1000;

    /// <summary>Largest source text accepted, in characters (16 Mi).</summary>
    public const int MaxSourceLength = 16 * 1024 * 1024;
}
