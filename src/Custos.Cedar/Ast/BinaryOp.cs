namespace Custos.Cedar.Ast;

public enum BinaryOp
{
    Eq,
    NotEq,
    Less,
    LessEq,
    Greater,
    GreaterEq,
    Add,
    Sub,
    Mul,
    /// <summary><c>a in b</c>: hierarchy membership (b an entity or a set of entities).</summary>
    In,
    /// <summary><c>a.contains(b)</c></summary>
    Contains,
    /// <summary><c>a.containsAll(b)</c></summary>
    ContainsAll,
    /// <summary><c>a.containsAny(b)</c></summary>
    ContainsAny,
    /// <summary><c>a.getTag(b)</c></summary>
    GetTag,
    /// <summary><c>a.hasTag(b)</c></summary>
    HasTag,
}
