namespace Custos.Ledger.Privacy;

/// <summary>What a key store knows of a subject reference.</summary>
public enum SubjectKeyStatus
{
    /// <summary>The key exists and was written to the buffer.</summary>
    Found,

    /// <summary>The key was erased (the subject exercised the right to erasure): the data is gone for good.</summary>
    Erased,

    /// <summary>The store has never held a key for this reference (another store, or a damaged row).</summary>
    Unknown,
}
