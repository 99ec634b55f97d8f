namespace Custos.Cedar.Ast;

public enum Variable
{
    Principal,
    Action,
    Resource,
    Context,
}
