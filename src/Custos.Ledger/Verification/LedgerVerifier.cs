using System.Security.Cryptography;
using Custos.Ledger.Checkpoints;
using Custos.Ledger.Entries;
using Custos.Ledger.Notes;
using Custos.Ledger.Storage;
using Custos.Ledger.Tree;

namespace Custos.Ledger.Verification;

/// <summary>
/// Checks a ledger offline: decodes every entry, requires sequence numbers 0, 1, 2, … and non-decreasing
/// timestamps, rebuilds the Merkle tree, and requires every signed checkpoint to verify with a trusted key, name
/// this log, and match the recomputed root at its size. Over stored records it also requires every entry to hash
/// to its stored leaf hash and every payload to match its entry's digest, and takes a pruned entry's stored leaf
/// hash as it is (the checkpoints vouch for it). Reports the first problem and where it is.
/// </summary>
public sealed class LedgerVerifier
{
    private readonly string _origin;
    private readonly NoteVerifierKey[] _trusted;

    /// <summary>A verifier for the log named <paramref name="origin"/> whose checkpoints are signed by one of <paramref name="trusted"/>.</summary>
    public LedgerVerifier(string origin, IReadOnlyCollection<NoteVerifierKey> trusted)
    {
        ArgumentException.ThrowIfNullOrEmpty(origin);
        ArgumentNullException.ThrowIfNull(trusted);
        if (trusted.Count == 0)
        {
            throw new ArgumentException("At least one trusted key is needed to verify checkpoints.", nameof(trusted));
        }

        _origin = origin;
        _trusted = [.. trusted];
    }

    /// <summary>Verifies <paramref name="entries"/> (encoded, in log order) against <paramref name="signedCheckpoints"/>.</summary>
    public LedgerVerification Verify(IEnumerable<byte[]> entries, IEnumerable<string> signedCheckpoints)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Verify(entries.Select(e => (ReadOnlyMemory<byte>)e), signedCheckpoints);
    }

    /// <summary>Verifies <paramref name="entries"/> (encoded, in log order) against <paramref name="signedCheckpoints"/>.</summary>
    public LedgerVerification Verify(IEnumerable<ReadOnlyMemory<byte>> entries, IEnumerable<string> signedCheckpoints)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var run = Start(signedCheckpoints, out var failed);
        if (failed is not null)
        {
            return failed;
        }

        foreach (var entry in entries)
        {
            if (run.Add(entry.Span) is { } problem)
            {
                return run.Fail(problem);
            }
        }

        return run.Finish();
    }

    /// <summary>
    /// Verifies <paramref name="records"/> as a store or an export bundle keeps them (in index order, gapless from 0)
    /// against <paramref name="signedCheckpoints"/>.
    /// </summary>
    public LedgerVerification Verify(IEnumerable<LedgerRecord> records, IEnumerable<string> signedCheckpoints)
    {
        ArgumentNullException.ThrowIfNull(records);
        var run = Start(signedCheckpoints, out var failed);
        if (failed is not null)
        {
            return failed;
        }

        foreach (var record in records)
        {
            if (run.Add(record) is { } problem)
            {
                return run.Fail(problem);
            }
        }

        return run.Finish();
    }

    /// <summary>Verifies a stream of encoded entries, as a store reads them, against <paramref name="signedCheckpoints"/>.</summary>
    public async Task<LedgerVerification> VerifyAsync(
        IAsyncEnumerable<ReadOnlyMemory<byte>> entries, IEnumerable<string> signedCheckpoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var run = Start(signedCheckpoints, out var failed);
        if (failed is not null)
        {
            return failed;
        }

        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            if (run.Add(entry.Span) is { } problem)
            {
                return run.Fail(problem);
            }
        }

        return run.Finish();
    }

    internal VerificationRun Start(IEnumerable<string> signedCheckpoints, out LedgerVerification? failed)
    {
        ArgumentNullException.ThrowIfNull(signedCheckpoints);
        var checkpoints = new List<(Checkpoint Checkpoint, int Index)>();
        var index = 0;
        failed = null;
        foreach (var note in signedCheckpoints)
        {
            var verification = SignedNote.Open(note, _trusted);
            if (!verification.IsValid)
            {
                failed = Failed(new LedgerProblem(LedgerProblemKind.CheckpointSignature, null, index, $"checkpoint {index}: {verification.Failure}"));
                break;
            }

            var parsed = Checkpoint.Parse(verification.Note!.Text);
            if (!parsed.IsSuccess)
            {
                failed = Failed(new LedgerProblem(LedgerProblemKind.CheckpointSignature, null, index, $"checkpoint {index} is signed but malformed: {parsed.Error}"));
                break;
            }

            if (!string.Equals(parsed.Value!.Origin, _origin, StringComparison.Ordinal))
            {
                failed = Failed(new LedgerProblem(LedgerProblemKind.CheckpointOrigin, null, index,
                    $"checkpoint {index} is for the log '{parsed.Value.Origin}', not '{_origin}'"));
                break;
            }

            checkpoints.Add((parsed.Value, index));
            index++;
        }

        // Stable: checkpoints of equal size keep the order they were given in.
        return new VerificationRun([.. checkpoints.OrderBy(c => c.Checkpoint.Size)]);
    }

    private static LedgerVerification Failed(LedgerProblem problem) =>
        new(false, 0, Convert.ToHexStringLower(MerkleHash.EmptyRoot), 0, problem);

    /// <summary>The state of one verification: the tree so far, the previous timestamp, the next checkpoint to meet.</summary>
    internal sealed class VerificationRun((Checkpoint Checkpoint, int Index)[] checkpoints)
    {
        private readonly MerkleTree _tree = new();
        private readonly byte[] _root = new byte[MerkleHash.Size];
        private long _previousTicks = long.MinValue;
        private long _previousIndex;
        private int _nextCheckpoint;
        private long _lastGoodCheckpointSize;

        private long _pruned;
        private long _payloads;

        /// <summary>The number of leaves accepted so far.</summary>
        public long Size => _tree.Size;

        /// <summary>An encoded entry in log order, with no stored leaf hash or payload to check it against.</summary>
        public LedgerProblem? Add(ReadOnlySpan<byte> encoded) =>
            Add(_tree.Size, hasStoredLeaf: false, default, encoded, hasEntry: true, default, hasPayload: false);

        /// <summary>A stored leaf: its index, its leaf hash, and its entry and payload unless they were pruned.</summary>
        public LedgerProblem? Add(LedgerRecord record)
        {
            ArgumentNullException.ThrowIfNull(record);
            ArgumentNullException.ThrowIfNull(record.LeafHash);
            return Add(record.Index, hasStoredLeaf: true, record.LeafHash, record.Entry, record.Entry is not null, record.Payload, record.Payload is not null);
        }

        /// <param name="storedIndex">The leaf's index as stored; it must be the next one.</param>
        /// <param name="hasStoredLeaf">False when only the entry is known, and its leaf hash is computed from it.</param>
        private LedgerProblem? Add(
            long storedIndex, bool hasStoredLeaf, ReadOnlySpan<byte> storedLeafHash, ReadOnlySpan<byte> encoded, bool hasEntry, ReadOnlySpan<byte> payload, bool hasPayload)
        {
            // Checkpoints of size 0 commit to the empty tree.
            if (CheckReachedCheckpoints() is { } early)
            {
                return early;
            }

            var index = _tree.Size;
            if (storedIndex != index)
            {
                return new LedgerProblem(LedgerProblemKind.SequenceMismatch, index, null, storedIndex > index
                    ? $"entry {index} is missing: the next stored leaf is {storedIndex}, so entries {index} to {storedIndex - 1} were deleted"
                    : $"leaf {storedIndex} is stored where entry {index} belongs: a leaf was repeated or leaves were reordered");
            }

            if (hasStoredLeaf && storedLeafHash.Length != MerkleHash.Size)
            {
                return new LedgerProblem(LedgerProblemKind.LeafHashMismatch, index, null,
                    $"entry {index}'s stored leaf hash is {storedLeafHash.Length} bytes, not {MerkleHash.Size}: the leaf column was damaged or replaced");
            }

            Span<byte> leaf = stackalloc byte[MerkleHash.Size];
            if (!hasEntry)
            {
                // Pruned by retention: the stored leaf hash stands for the entry, and the checkpoints vouch for it.
                if (hasPayload)
                {
                    return new LedgerProblem(LedgerProblemKind.PayloadMismatch, index, null,
                        $"entry {index} was pruned but its payload was kept: without the entry nothing vouches for the payload; the payload was added or the entry removed");
                }

                storedLeafHash.CopyTo(leaf);
                _pruned++;
                _tree.Append(leaf);
                return CheckReachedCheckpoints();
            }

            MerkleHash.HashLeaf(encoded, leaf);
            if (hasStoredLeaf && !CryptographicOperations.FixedTimeEquals(leaf, storedLeafHash))
            {
                return new LedgerProblem(LedgerProblemKind.LeafHashMismatch, index, null,
                    $"entry {index} hashes to leaf {Convert.ToHexStringLower(leaf)} but its stored leaf hash is {Convert.ToHexStringLower(storedLeafHash)}: "
                    + "the entry was altered after it was recorded, or its leaf hash was replaced");
            }

            var decoded = LedgerEntry.Decode(encoded);
            if (!decoded.IsSuccess)
            {
                return new LedgerProblem(LedgerProblemKind.MalformedEntry, index, null, $"entry {index} is malformed: {decoded.Error}");
            }

            var entry = decoded.Value!;
            if (entry.Sequence != index)
            {
                var why = entry.Sequence > index
                    ? $"entries {index} to {entry.Sequence - 1} are missing"
                    : "an entry was repeated or entries were reordered";
                return new LedgerProblem(LedgerProblemKind.SequenceMismatch, index, null,
                    $"entry {index} carries sequence number {entry.Sequence}: {why}");
            }

            if (entry.Timestamp.UtcTicks < _previousTicks)
            {
                return new LedgerProblem(LedgerProblemKind.TimestampRegression, index, null,
                    $"entry {index} is timestamped {entry.Timestamp:O}, before entry {_previousIndex} at {new DateTimeOffset(_previousTicks, TimeSpan.Zero):O}");
            }

            if (hasPayload)
            {
                if (!entry.Matches(payload))
                {
                    return new LedgerProblem(LedgerProblemKind.PayloadMismatch, index, null,
                        $"entry {index}'s payload does not match the SHA-256 digest the entry commits to ({Convert.ToHexStringLower(entry.PayloadSha256)}): "
                        + "the payload was altered after it was recorded");
                }

                _payloads++;
            }

            _previousTicks = entry.Timestamp.UtcTicks;
            _previousIndex = index;
            _tree.Append(leaf);
            return CheckReachedCheckpoints();
        }

        public LedgerVerification Fail(LedgerProblem problem)
        {
            _tree.WriteRoot(_root);
            return new LedgerVerification(false, _tree.Size, Convert.ToHexStringLower(_root), _lastGoodCheckpointSize, problem)
            {
                EntriesPruned = _pruned,
                PayloadsPresent = _payloads,
            };
        }

        public LedgerVerification Finish()
        {
            if (CheckReachedCheckpoints() is { } problem)
            {
                return Fail(problem);
            }

            if (_nextCheckpoint < checkpoints.Length)
            {
                var (checkpoint, index) = checkpoints[^1];
                return Fail(new LedgerProblem(LedgerProblemKind.CheckpointBeyondLog, _tree.Size, index,
                    $"checkpoint {index} commits to {checkpoint.Size} entries but the log holds {_tree.Size}: entries {_tree.Size} to {checkpoint.Size - 1} were removed"));
            }

            _tree.WriteRoot(_root);
            return new LedgerVerification(true, _tree.Size, Convert.ToHexStringLower(_root), _lastGoodCheckpointSize, null)
            {
                EntriesPruned = _pruned,
                PayloadsPresent = _payloads,
            };
        }

        private LedgerProblem? CheckReachedCheckpoints()
        {
            while (_nextCheckpoint < checkpoints.Length && checkpoints[_nextCheckpoint].Checkpoint.Size == _tree.Size)
            {
                var (checkpoint, index) = checkpoints[_nextCheckpoint];
                _tree.WriteRoot(_root);
                if (!CryptographicOperations.FixedTimeEquals(_root, checkpoint.RootHash))
                {
                    var range = _lastGoodCheckpointSize == checkpoint.Size - 1
                        ? $"entry {checkpoint.Size - 1}"
                        : $"one of entries {_lastGoodCheckpointSize} to {checkpoint.Size - 1}";
                    return new LedgerProblem(LedgerProblemKind.CheckpointRootMismatch, _lastGoodCheckpointSize, index,
                        $"checkpoint {index} at size {checkpoint.Size} signed root {Convert.ToHexStringLower(checkpoint.RootHash)} but the entries hash to "
                        + $"{Convert.ToHexStringLower(_root)}: {range} was altered after signing, or the checkpoint was replaced");
                }

                _lastGoodCheckpointSize = checkpoint.Size;
                _nextCheckpoint++;
            }

            return null;
        }
    }
}
