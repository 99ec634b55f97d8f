namespace Custos.Ledger.Bundles;

/// <summary>
/// <c>manifest.json</c> of an export bundle: what the exporter says the bundle holds. Nothing in it is trusted:
/// the verifier recomputes every file's digest, the size and the root, and only the signed checkpoints vouch for
/// the tree.
/// </summary>
public sealed record BundleManifest
{
    /// <summary>The value of <see cref="Format"/> in every bundle.</summary>
    public const string FormatName = "custos-ledger-bundle";

    /// <summary>The layout version this library writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Always <see cref="FormatName"/>, so a stray JSON file is not taken for a bundle.</summary>
    public required string Format { get; init; }

    /// <summary>The layout version; a reader refuses versions it does not know.</summary>
    public required int Version { get; init; }

    /// <summary>The log's origin, the first line of every checkpoint.</summary>
    public required string Origin { get; init; }

    /// <summary>The number of leaves in <c>entries.bin</c>.</summary>
    public required long Size { get; init; }

    /// <summary>The RFC 9162 root of those leaves, 64 lowercase hex digits.</summary>
    public required string Root { get; init; }

    /// <summary>When the bundle was written, UTC.</summary>
    public required DateTime Created { get; init; }

    /// <summary>The SHA-256 of every other file.</summary>
    public required BundleFileDigests Files { get; init; }
}
