namespace Custos.Ledger.Sequencing;

/// <summary>An entry could not be made durable; the action it records must not take effect.</summary>
public sealed class LedgerWriteException(string message, Exception? inner = null) : Exception(message, inner);
