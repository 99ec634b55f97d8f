namespace Custos.Ledger.Sequencing;

/// <summary>
/// The stored ledger does not match its own signed checkpoints: something changed it outside Custos. The
/// sequencer refuses to append to it (and so every action fails) until an operator has looked.
/// </summary>
public sealed class LedgerIntegrityException(string message) : Exception(message);
