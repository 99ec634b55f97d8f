namespace Custos.Cedar.Ast;

/// <summary>The form of a principal or resource scope constraint.</summary>
public enum ScopeOp
{
    /// <summary><c>principal</c></summary>
    Any,
    /// <summary><c>principal == E</c></summary>
    Eq,
    /// <summary><c>principal in E</c></summary>
    In,
    /// <summary><c>principal is T</c></summary>
    Is,
    /// <summary><c>principal is T in E</c></summary>
    IsIn,
}
