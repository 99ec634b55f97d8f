namespace Custos.Ledger.Bundles;

/// <summary>One signed checkpoint of a bundle's <c>checkpoints.txt</c> and the line it starts on, for messages.</summary>
public sealed record BundleCheckpoint(int Line, string Note);
