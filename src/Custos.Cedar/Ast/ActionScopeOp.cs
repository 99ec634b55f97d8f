namespace Custos.Cedar.Ast;

public enum ActionScopeOp
{
    /// <summary><c>action</c></summary>
    Any,
    /// <summary><c>action == A</c></summary>
    Eq,
    /// <summary><c>action in A</c></summary>
    In,
    /// <summary><c>action in [A, B]</c></summary>
    InSet,
}
