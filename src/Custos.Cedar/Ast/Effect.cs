namespace Custos.Cedar.Ast;

public enum Effect
{
    Permit,
    Forbid,
}
