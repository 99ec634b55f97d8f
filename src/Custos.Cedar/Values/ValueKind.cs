namespace Custos.Cedar.Values;

public enum ValueKind
{
    Bool,
    Long,
    String,
    Entity,
    Set,
    Record,
    Extension,
}
