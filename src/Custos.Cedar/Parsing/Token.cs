namespace Custos.Cedar.Parsing;

/// <summary>A token: its kind and where it is; the text is sliced from the source only when needed.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End)
{
    public int Length => End - Start;
}
