namespace Custos.Ledger.Storage;

/// <summary>A signed checkpoint as a store keeps it: the tree size it covers, when it was signed, and the signed note.</summary>
public sealed record StoredCheckpoint(long Size, DateTimeOffset At, string Note);
