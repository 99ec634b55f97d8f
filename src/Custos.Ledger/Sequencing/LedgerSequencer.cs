using System.Collections.Concurrent;
using Custos.Ledger.Checkpoints;
using Custos.Ledger.Entries;
using Custos.Ledger.Notes;
using Custos.Ledger.Proofs;
using Custos.Ledger.Storage;
using Custos.Ledger.Tree;

namespace Custos.Ledger.Sequencing;

/// <summary>
/// The ledger's one writer. Callers hand it drafts; it numbers them, time-stamps them (never backwards), encodes
/// and hashes them, and commits them to storage in batches (group commit): a caller's <see cref="AppendAsync"/>
/// completes only once its entry is durable, and throws <see cref="LedgerWriteException"/> when it could not be
/// written. The tree advances only after a commit succeeds, so a failed batch leaves no trace. Every
/// <see cref="LedgerSequencerOptions.CheckpointEvery"/> entries, or <see cref="LedgerSequencerOptions.CheckpointInterval"/>
/// after the last checkpoint when entries wait for one, and at shutdown, it signs and stores a checkpoint.
/// </summary>
/// <remarks>
/// "One writer" is a part, held by one thread at a time: a caller that finds no one writing commits on its own thread
/// (an idle ledger answers without a hand-off); callers arriving meanwhile queue, and a writer thread of the
/// sequencer's own commits them in batches.
/// </remarks>
public sealed class LedgerSequencer : IAsyncDisposable
{
    private readonly ILedgerStorage _storage;
    private readonly NoteSigner _signer;
    private readonly LedgerSequencerOptions _options;
    private readonly TimeProvider _clock;
    private readonly MerkleNodeCache _tree;
    private readonly Lock _treeLock = new();
    private readonly ConcurrentQueue<Work> _queue = new();
    private readonly ManualResetEventSlim _ready = new(false, spinCount: 0);
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ITimer _timer;

    // The batch being written and the checkpoint requests taken with it: used only by the holder of the writer's
    // part (a caller or the writer thread), so one pair serves both without a new list per append.
    private readonly List<Work> _batch;
    private readonly List<Work> _requests = [];
    private int _closed;
    private int _finished;
    private int _writing; // 1 while a caller or the writer thread holds the writer's part
    private long _size;
    private long _batches;
    private long _appended;
    private DateTimeOffset _lastTimestamp;
    private DateTimeOffset _checkpointedAt;
    private StoredCheckpoint? _latest;

    private LedgerSequencer(ILedgerStorage storage, NoteSigner signer, LedgerSequencerOptions options, TimeProvider clock, MerkleNodeCache tree, StoredCheckpoint? latest, DateTimeOffset lastTimestamp)
    {
        _storage = storage;
        _signer = signer;
        _options = options;
        _clock = clock;
        _tree = tree;
        _size = tree.Size;
        _latest = latest;
        _lastTimestamp = lastTimestamp;
        _checkpointedAt = latest?.At ?? clock.GetUtcNow();
        _batch = new List<Work>(Math.Min(options.MaxBatch, 1024));
        // Under load the writer is a thread of its own, woken directly by the callers: a writer queued on the thread
        // pool would wait behind the very callers whose entries it is to commit.
        new Thread(WriteLoop) { IsBackground = true, Name = "custos-ledger-writer" }.Start();
        _timer = clock.CreateTimer(_ => TryEnqueue(Work.Tick), null, options.CheckpointInterval, options.CheckpointInterval);
    }

    /// <summary>The log's origin, the checkpoints' first line: the signing key's name.</summary>
    public string Origin => _signer.Name;

    /// <summary>The public key that verifies this ledger's checkpoints.</summary>
    public NoteVerifierKey VerifierKey => _signer.Verifier;

    /// <summary>The number of durable entries.</summary>
    public long Size => Volatile.Read(ref _size);

    /// <summary>The number of batches (transactions) committed since this sequencer was opened; with <see cref="Appended"/>, the average batch size (group commit) for monitoring and benchmarks.</summary>
    public long Batches => Volatile.Read(ref _batches);

    /// <summary>The number of entries committed since this sequencer was opened (not counting those already stored).</summary>
    public long Appended => Volatile.Read(ref _appended);

    /// <summary>The newest signed checkpoint, or null before the first.</summary>
    public StoredCheckpoint? LatestCheckpoint => Volatile.Read(ref _latest);

    /// <summary>Why the last attempt to sign or store a checkpoint failed, or null when it succeeded.</summary>
    public Exception? CheckpointError { get; private set; }

    /// <summary>
    /// Rebuilds the tree from storage and checks it against the newest signed checkpoint. Throws
    /// <see cref="LedgerIntegrityException"/> when the stored leaves do not match it: the ledger was changed
    /// outside Custos, and nothing more may be appended until someone has looked.
    /// </summary>
    public static LedgerSequencer Open(ILedgerStorage storage, NoteSigner signer, LedgerSequencerOptions? options = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(signer);
        options ??= new LedgerSequencerOptions();
        if (options.CheckpointEvery < 1 || options.MaxBatch < 1 || options.CheckpointInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException("CheckpointEvery, MaxBatch and CheckpointInterval must be positive.", nameof(options));
        }

        var tree = new MerkleNodeCache();
        foreach (var leaf in storage.ReadLeafHashes(0))
        {
            tree.Append(leaf);
        }

        var latest = storage.LatestCheckpoint();
        if (latest is not null)
        {
            var opened = Checkpoint.Open(latest.Note, [signer.Verifier], signer.Name);
            if (!opened.IsSuccess)
            {
                throw new LedgerIntegrityException(
                    $"the newest ledger checkpoint (size {latest.Size}) does not verify with this ledger's key {signer.Verifier}: {opened.Error}; run 'custos audit verify' to find what changed");
            }

            var checkpoint = opened.Value!;
            if (checkpoint.Size != latest.Size || checkpoint.Size > tree.Size)
            {
                throw new LedgerIntegrityException(
                    $"the newest ledger checkpoint covers {checkpoint.Size} entries but {tree.Size} are stored: entries were removed; run 'custos audit verify'");
            }

            if (!checkpoint.RootHash.SequenceEqual(tree.RootAt(checkpoint.Size)))
            {
                throw new LedgerIntegrityException(
                    $"the stored ledger does not match its newest signed checkpoint (size {checkpoint.Size}): an entry was changed, removed or reordered; run 'custos audit verify' to find the first one");
            }
        }

        return new LedgerSequencer(storage, signer, options, clock ?? TimeProvider.System, tree, latest, storage.LatestTimestamp() ?? DateTimeOffset.MinValue);
    }

    /// <summary>Appends an entry and returns its index once it is durable.</summary>
    /// <exception cref="LedgerWriteException">It could not be written; the action it records must not take effect.</exception>
    /// <remarks>
    /// The caller's thread validates and encodes the draft and digests its payload, so the one writer only numbers,
    /// time-stamps and hashes it; a draft that cannot be encoded fails alone instead of failing its batch.
    /// </remarks>
    public ValueTask<long> AppendAsync(LedgerEntryDraft draft, CancellationToken cancellationToken)
    {
        Work work;
        try
        {
            ArgumentNullException.ThrowIfNull(draft);
            work = Work.Prepare(draft);
        }
        catch (ArgumentException ex)
        {
            return ValueTask.FromException<long>(new LedgerWriteException("the audit ledger could not be written, so the action was refused", ex));
        }

        // Queued without waking the writer thread: the caller tries the writer's part next, and whoever holds it
        // looks at the queue again after letting go (the writer thread by looping, a caller by waking it), so the
        // entry is taken either way. Waking the thread here cost every append a context switch on an idle ledger.
        if (!TryEnqueue(work, wake: false))
        {
            return ValueTask.FromException<long>(new LedgerWriteException("the audit ledger is closed; the action cannot be recorded"));
        }

        // When no one is writing, the caller writes: its entry is committed on its own thread, without waking the
        // writer thread and then being woken by it (two hand-offs that are most of an idle ledger's latency).
        TryWriteHere();
        return new ValueTask<long>(cancellationToken.CanBeCanceled && !work.Task.IsCompleted ? work.Task.WaitAsync(cancellationToken) : work.Task);
    }

    /// <summary>Signs a checkpoint for everything appended so far (unless the newest already covers it) and returns the newest.</summary>
    public async Task<StoredCheckpoint?> CheckpointAsync(CancellationToken cancellationToken)
    {
        var work = new Work(null);
        if (!TryEnqueue(work))
        {
            return LatestCheckpoint;
        }

        await work.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return LatestCheckpoint;
    }

    /// <summary>An inclusion proof for entry <paramref name="index"/> in the tree of the first <paramref name="treeSize"/> entries.</summary>
    public InclusionProof ProveInclusion(long index, long treeSize)
    {
        lock (_treeLock)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(treeSize, _tree.Size);
            return InclusionProof.Create(_tree, index, treeSize);
        }
    }

    /// <summary>A consistency proof between the trees of the first <paramref name="first"/> and <paramref name="second"/> entries.</summary>
    public ConsistencyProof ProveConsistency(long first, long second)
    {
        lock (_treeLock)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(second, _tree.Size);
            return ConsistencyProof.Create(_tree, first, second);
        }
    }

    /// <summary>The root of the first <paramref name="size"/> entries.</summary>
    public byte[] RootAt(long size)
    {
        lock (_treeLock)
        {
            return _tree.RootAt(size);
        }
    }

    /// <summary>Stops taking entries, commits those waiting, signs a last checkpoint, and stops.</summary>
    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync().ConfigureAwait(false);
        Volatile.Write(ref _closed, 1);
        _ready.Set();
        await _stopped.Task.ConfigureAwait(false);
    }

    // Takes the writer's part if it is free and writes one batch, then hands what is left to the writer thread. The
    // part is held by whoever commits (a caller here, or the writer thread), so the tree and the storage connection
    // have one user at a time; the thread keeps the part for good once it has finished.
    private void TryWriteHere()
    {
        if (Interlocked.CompareExchange(ref _writing, 1, 0) != 0)
        {
            return; // someone is writing: it (or the thread it wakes) takes this entry
        }

        try
        {
            if (Volatile.Read(ref _closed) == 0)
            {
                WriteBatch();
            }
        }
        finally
        {
            Interlocked.Exchange(ref _writing, 0);
        }

        // Work that arrived while this caller wrote (its callers found the part taken) goes to the thread.
        if (!_queue.IsEmpty)
        {
            _ready.Set();
        }
    }

    // Queues work for the writer; false once the sequencer is closed. Work queued as the writer stops is failed by
    // whichever of the two sees it last, so nothing waits forever. Without wake, the caller must try the writer's
    // part itself right after (TryWriteHere), which hands the work on if it cannot write it.
    private bool TryEnqueue(Work work, bool wake = true)
    {
        if (Volatile.Read(ref _closed) != 0)
        {
            return false;
        }

        _queue.Enqueue(work);
        if (Volatile.Read(ref _finished) != 0)
        {
            FailLeftovers();
            return true;
        }

        if (wake)
        {
            _ready.Set();
        }

        return true;
    }

    private void FailLeftovers()
    {
        while (_queue.TryDequeue(out var work))
        {
            if (work.Draft is null)
            {
                work.TrySetResult(LatestCheckpoint?.Size ?? 0);
            }
            else
            {
                work.TrySetException(new LedgerWriteException("the audit ledger is closed; the action cannot be recorded"));
            }
        }
    }

    private void WriteLoop()
    {
        try
        {
            WriteLoopCore();
        }
        finally
        {
            Interlocked.Exchange(ref _finished, 1);
            FailLeftovers();

            // _ready is not disposed: a caller that passed the closed check may still Set it (it holds no handle).
            _stopped.TrySetResult();
        }
    }

    private void WriteLoopCore()
    {
        while (true)
        {
            if (_queue.IsEmpty)
            {
                if (Volatile.Read(ref _closed) != 0)
                {
                    break;
                }

                _ready.Wait();
                _ready.Reset();
                continue;
            }

            if (Interlocked.CompareExchange(ref _writing, 1, 0) != 0)
            {
                // A caller is writing; it wakes this thread when it leaves work behind.
                _ready.Wait();
                _ready.Reset();
                continue;
            }

            try
            {
                WriteBatch();
            }
            finally
            {
                Interlocked.Exchange(ref _writing, 0);
            }
        }

        // Closed: take the writer's part for good (a caller may be finishing its batch) and sign what is left.
        var spin = default(SpinWait);
        while (Interlocked.CompareExchange(ref _writing, 1, 0) != 0)
        {
            spin.SpinOnce();
        }

        while (!_queue.IsEmpty)
        {
            WriteBatch();
        }

        if (_tree.Size > (LatestCheckpoint?.Size ?? 0))
        {
            SignCheckpoint();
        }
    }

    // One batch from the queue: commits its entries, signs a checkpoint when one is due, answers checkpoint requests.
    // Only the holder of the writer's part calls it.
    private void WriteBatch()
    {
        var batch = _batch;
        var requests = _requests;
        batch.Clear();
        requests.Clear();
        var tick = false;
        while (batch.Count < _options.MaxBatch && _queue.TryDequeue(out var work))
        {
            if (ReferenceEquals(work, Work.Tick))
            {
                tick = true;
            }
            else if (work.Draft is null)
            {
                requests.Add(work);
            }
            else
            {
                batch.Add(work);
            }
        }

        if (batch.Count > 0)
        {
            Commit(batch);
        }

        var since = _tree.Size - (LatestCheckpoint?.Size ?? 0);
        var due = since >= _options.CheckpointEvery
            || (since > 0 && (requests.Count > 0 || (tick && _clock.GetUtcNow() - _checkpointedAt >= _options.CheckpointInterval)))
            || (requests.Count > 0 && LatestCheckpoint is null);
        if (due)
        {
            SignCheckpoint();
        }

        foreach (var request in requests)
        {
            request.TrySetResult(LatestCheckpoint?.Size ?? 0);
        }

        // Keep no finished work alive until the next batch.
        batch.Clear();
        requests.Clear();
    }

    private void Commit(List<Work> batch)
    {
        const int MaxAttempts = 3;
        var sequenced = new SequencedEntry[batch.Count];
        StoredCheckpoint? checkpoint = null;
        DateTimeOffset timestamp = default;
        long first = 0;
        for (var attempt = 1; ; attempt++)
        {
            first = _tree.Size;
            timestamp = _clock.GetUtcNow();
            if (timestamp < _lastTimestamp)
            {
                timestamp = _lastTimestamp;
            }

            try
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    var work = batch[i];
                    var draft = work.Draft!;
                    var entry = draft.ToEntry(first + i, timestamp, work.PayloadSha256!);
                    LedgerEntry.WriteSequenceAndTimestamp(work.Encoded!, entry.Sequence, entry.Timestamp);
                    sequenced[i] = new SequencedEntry(draft, entry, work.Encoded!, MerkleHash.HashLeaf(work.Encoded), draft.Payload);
                }

                _storage.Append(sequenced, CheckpointFor(sequenced, timestamp, out checkpoint));
                break;
            }
            catch (LedgerConflictException) when (attempt < MaxAttempts)
            {
                // Another writer (a CLI command beside the server) appended first: catch up and number again.
                Resynchronize();
            }
            catch (Exception ex)
            {
                foreach (var work in batch)
                {
                    work.TrySetException(new LedgerWriteException("the audit ledger could not be written, so the action was refused", ex));
                }

                Resynchronize();
                return;
            }
        }

        lock (_treeLock)
        {
            foreach (var entry in sequenced)
            {
                _tree.Append(entry.LeafHash);
            }
        }

        _lastTimestamp = timestamp;
        Volatile.Write(ref _size, _tree.Size);
        if (checkpoint is not null)
        {
            Volatile.Write(ref _latest, checkpoint);
            _checkpointedAt = checkpoint.At;
            CheckpointError = null;
        }

        Volatile.Write(ref _batches, _batches + 1);
        Volatile.Write(ref _appended, _appended + batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].TrySetResult(first + i);
        }
    }

    // When the batch completes a checkpoint's worth of entries, sign the root the tree will have after it and store
    // the checkpoint in the batch's own transaction: one fsync for both.
    private StoredCheckpoint? CheckpointFor(SequencedEntry[] sequenced, DateTimeOffset timestamp, out StoredCheckpoint? checkpoint)
    {
        checkpoint = null;
        var size = _tree.Size + sequenced.Length;
        if (size - (LatestCheckpoint?.Size ?? 0) < _options.CheckpointEvery)
        {
            return null;
        }

        var after = _tree.CloneTree();
        foreach (var entry in sequenced)
        {
            after.Append(entry.LeafHash);
        }

        var note = new Checkpoint(_signer.Name, size, after.Root()).Sign(_signer);
        checkpoint = new StoredCheckpoint(size, timestamp, note);
        return checkpoint;
    }

    // A commit that failed after it reached the disk would leave storage ahead of the tree: catch up from it.
    private void Resynchronize()
    {
        try
        {
            lock (_treeLock)
            {
                foreach (var leaf in _storage.ReadLeafHashes(_tree.Size))
                {
                    _tree.Append(leaf);
                }
            }

            Volatile.Write(ref _size, _tree.Size);
            _lastTimestamp = Max(_lastTimestamp, _storage.LatestTimestamp() ?? _lastTimestamp);
        }
        catch (Exception)
        {
            // Storage is unreadable as well; the next append fails the same way and is refused.
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;

    private void SignCheckpoint()
    {
        try
        {
            var size = _tree.Size;
            var now = _clock.GetUtcNow();
            var note = new Checkpoint(_signer.Name, size, _tree.Root()).Sign(_signer);
            var stored = new StoredCheckpoint(size, now, note);
            _storage.AppendCheckpoint(stored);
            Volatile.Write(ref _latest, stored);
            _checkpointedAt = now;
            CheckpointError = null;
        }
        catch (Exception ex)
        {
            // Entries stay durable; the next checkpoint covers them.
            CheckpointError = ex;
        }
    }

    /// <summary>A draft waiting to be written (or a checkpoint request or timer tick, without one), and its completion.</summary>
    private sealed class Work(LedgerEntryDraft? draft) : TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public static readonly Work Tick = new(null);

        public LedgerEntryDraft? Draft { get; } = draft;

        /// <summary>The SHA-256 digest of the draft's payload.</summary>
        public byte[]? PayloadSha256 { get; private init; }

        /// <summary>The entry's canonical bytes with sequence and timestamp zero, which the writer fills in.</summary>
        public byte[]? Encoded { get; private init; }

        /// <summary>Digests the payload and encodes the entry; throws <see cref="ArgumentException"/> when the draft cannot be encoded.</summary>
        public static Work Prepare(LedgerEntryDraft draft)
        {
            var digest = LedgerEntry.DigestPayload(draft.Payload);
            return new Work(draft) { PayloadSha256 = digest, Encoded = draft.ToEntry(0, DateTimeOffset.MinValue, digest).Encode() };
        }
    }
}
