namespace Custos.Cedar.Ast;

public enum ConditionKind
{
    When,
    Unless,
}
