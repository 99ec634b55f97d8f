namespace Custos.Cedar.Ast;

public enum UnaryOp
{
    /// <summary><c>!x</c></summary>
    Not,
    /// <summary><c>-x</c> (checked: <c>-(-9223372036854775808)</c> is an overflow error)</summary>
    Neg,
    /// <summary><c>x.isEmpty()</c></summary>
    IsEmpty,
}
