namespace Custos.Ledger.Verification;

/// <summary>What kind of tampering or damage the verifier found.</summary>
public enum LedgerProblemKind
{
    /// <summary>An entry's bytes are not a canonical entry encoding.</summary>
    MalformedEntry,

    /// <summary>An entry's sequence number is not its position: entries were deleted, inserted or reordered.</summary>
    SequenceMismatch,

    /// <summary>An entry is timestamped earlier than the entry before it.</summary>
    TimestampRegression,

    /// <summary>A checkpoint is malformed, not signed by a trusted key, or its signature does not verify.</summary>
    CheckpointSignature,

    /// <summary>A checkpoint names another log.</summary>
    CheckpointOrigin,

    /// <summary>The entries up to a checkpoint's size do not hash to its root: an entry was altered, or the checkpoint replaced.</summary>
    CheckpointRootMismatch,

    /// <summary>A checkpoint covers more entries than the log holds: the log was truncated.</summary>
    CheckpointBeyondLog,

    /// <summary>A stored entry does not hash to its stored leaf hash, or the stored leaf hash is not 32 bytes.</summary>
    LeafHashMismatch,

    /// <summary>A stored payload does not match the digest its entry commits to, or is kept for an entry that was pruned.</summary>
    PayloadMismatch,

    /// <summary>A file of an export bundle is malformed: truncated, trailing bytes, an unknown flag, a length over its limit.</summary>
    BundleMalformed,

    /// <summary>An export bundle's files or recomputed tree differ from what its manifest says.</summary>
    BundleManifestMismatch,

    /// <summary>An export bundle carries a verifier key other than the one the auditor trusts.</summary>
    UntrustedKey,
}
