using System.Text.Json.Serialization;

namespace Custos.Ledger.Bundles;

/// <summary>The SHA-256 of each file of an export bundle, 64 lowercase hex digits, keyed by file name in <c>manifest.json</c>.</summary>
public sealed record BundleFileDigests
{
    /// <summary>SHA-256 of <c>ledger.vkey</c>.</summary>
    [JsonPropertyName(LedgerBundle.KeyFile)]
    public required string LedgerVkey { get; init; }

    /// <summary>SHA-256 of <c>entries.bin</c>.</summary>
    [JsonPropertyName(LedgerBundle.EntriesFile)]
    public required string EntriesBin { get; init; }

    /// <summary>SHA-256 of <c>checkpoints.txt</c>.</summary>
    [JsonPropertyName(LedgerBundle.CheckpointsFile)]
    public required string CheckpointsTxt { get; init; }
}
