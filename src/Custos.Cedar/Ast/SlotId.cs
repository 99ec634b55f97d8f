namespace Custos.Cedar.Ast;

/// <summary>A template slot.</summary>
public enum SlotId
{
    Principal,
    Resource,
}
