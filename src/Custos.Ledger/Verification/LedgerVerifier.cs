using System.Security.Cryptography;
using Custos.Ledger.Checkpoints;
using Custos.Ledger.Entries;
using Custos.Ledger.Notes;
using Custos.Ledger.Tree;

namespace Custos.Ledger.Verification;

/// <summary>
/// Checks a ledger offline: decodes every entry, requires sequence numbers 0, 1, 2, … and non-decreasing
/// timestamps, rebuilds the Merkle tree, and requires every signed checkpoint to verify with a trusted key, name
/// this log, and match the recomputed root at its size. Reports the first problem and where it is.
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

    private VerificationRun Start(IEnumerable<string> signedCheckpoints, out LedgerVerification? failed)
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
    private sealed class VerificationRun((Checkpoint Checkpoint, int Index)[] checkpoints)
    {
        private readonly MerkleTree _tree = new();
        private readonly byte[] _root = new byte[MerkleHash.Size];
        private long _previousTicks = long.MinValue;
        private int _nextCheckpoint;
        private long _lastGoodCheckpointSize;

        public LedgerProblem? Add(ReadOnlySpan<byte> encoded)
        {
            // Checkpoints of size 0 commit to the empty tree.
            if (CheckReachedCheckpoints() is { } early)
            {
                return early;
            }

            var index = _tree.Size;
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
                    $"entry {index} is timestamped {entry.Timestamp:O}, before entry {index - 1} at {new DateTimeOffset(_previousTicks, TimeSpan.Zero):O}");
            }

            _previousTicks = entry.Timestamp.UtcTicks;
            _tree.AppendData(encoded);
            return CheckReachedCheckpoints();
        }

        public LedgerVerification Fail(LedgerProblem problem)
        {
            _tree.WriteRoot(_root);
            return new LedgerVerification(false, _tree.Size, Convert.ToHexStringLower(_root), _lastGoodCheckpointSize, problem);
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
            return new LedgerVerification(true, _tree.Size, Convert.ToHexStringLower(_root), _lastGoodCheckpointSize, null);
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
