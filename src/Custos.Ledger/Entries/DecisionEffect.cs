namespace Custos.Ledger.Entries;

/// <summary>What the authorizer decided for the recorded action. The numeric values are part of the entry encoding.</summary>
public enum DecisionEffect : byte
{
    /// <summary>No authorization decision applies (a configuration reload, a halt, a key rotation).</summary>
    None = 0,

    /// <summary>The action was permitted.</summary>
    Allow = 1,

    /// <summary>The action was denied.</summary>
    Deny = 2,
}
