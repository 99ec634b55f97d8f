using Custos.Core.Audit;
using Custos.Ledger.Sequencing;
using Custos.Ledger.Storage;
using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite;

/// <summary>
/// The ledger tables of <c>custos.db</c> as the sequencer's storage. Each batch is one <c>BEGIN IMMEDIATE</c>
/// transaction with <c>synchronous=FULL</c>: durable when <see cref="Append"/> returns, and serialized with any
/// other process writing the same file (a CLI command beside the server), which the index check turns into a
/// <see cref="LedgerConflictException"/> rather than a gap or a duplicate.
/// </summary>
internal sealed class SqliteLedgerStorage(Func<bool, SqliteConnection> openConnection) : IDisposable
    , ILedgerStorage
{
    private SqliteConnection? _writer;
    private Action<SqliteConnection>? _configureWriter;
    private volatile bool _reopen;

    /// <summary>Runs on each new writer connection (the next write opens one); tests use it to make the store full or read-only.</summary>
    internal Action<SqliteConnection>? ConfigureWriter
    {
        get => _configureWriter;
        set
        {
            _configureWriter = value;
            _reopen = true;
        }
    }

    public void Append(IReadOnlyList<SequencedEntry> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            AppendCore(batch);
        }
        catch (SqliteException)
        {
            // The connection may be left mid-transaction or broken; the next batch starts afresh.
            _writer?.Dispose();
            _writer = null;
            throw;
        }
    }

    private void AppendCore(IReadOnlyList<SequencedEntry> batch)
    {
        var connection = Writer();
        using var transaction = connection.BeginTransaction(deferred: false);
        using (var next = connection.CreateCommand())
        {
            next.Transaction = transaction;
            next.CommandText = "SELECT coalesce(max(seq) + 1, 0) FROM ledger_entries";
            var stored = (long)next.ExecuteScalar()!;
            if (stored != batch[0].Entry.Sequence)
            {
                throw new LedgerConflictException(batch[0].Entry.Sequence, stored);
            }
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO ledger_entries (seq, at, agent, action, outcome, system, record_id, category, leaf, entry, payload)
            VALUES ($seq, $at, $agent, $action, $outcome, $system, $record, $category, $leaf, $entry, $payload)
            """;
        var seq = command.Parameters.Add("$seq", SqliteType.Integer);
        var at = command.Parameters.Add("$at", SqliteType.Integer);
        var agent = command.Parameters.Add("$agent", SqliteType.Text);
        var action = command.Parameters.Add("$action", SqliteType.Text);
        var outcome = command.Parameters.Add("$outcome", SqliteType.Text);
        var system = command.Parameters.Add("$system", SqliteType.Text);
        var record = command.Parameters.Add("$record", SqliteType.Text);
        var category = command.Parameters.Add("$category", SqliteType.Text);
        var leaf = command.Parameters.Add("$leaf", SqliteType.Blob);
        var entry = command.Parameters.Add("$entry", SqliteType.Blob);
        var payload = command.Parameters.Add("$payload", SqliteType.Blob);
        command.Prepare();
        foreach (var item in batch)
        {
            var e = item.Entry;
            seq.Value = e.Sequence;
            at.Value = item.Draft.OccurredAt.ToUnixTimeMilliseconds();
            agent.Value = e.Agent;
            action.Value = e.Action;
            outcome.Value = e.Outcome;
            system.Value = AuditEntries.SystemOf(e.Resources);
            record.Value = e.TraceId;
            category.Value = item.Draft.Category;
            leaf.Value = item.LeafHash;
            entry.Value = item.Encoded;
            payload.Value = item.Payload;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void AppendCheckpoint(StoredCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        try
        {
            var connection = Writer();
            using var command = connection.CreateCommand();
            // Ed25519 signatures are deterministic: another process's checkpoint of the same size is the same note.
            command.CommandText = "INSERT OR IGNORE INTO ledger_checkpoints (size, at, note) VALUES ($size, $at, $note)";
            command.Parameters.AddWithValue("$size", checkpoint.Size);
            command.Parameters.AddWithValue("$at", checkpoint.At.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$note", checkpoint.Note);
            command.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            _writer?.Dispose();
            _writer = null;
            throw;
        }
    }

    public IEnumerable<byte[]> ReadLeafHashes(long from)
    {
        using var connection = openConnection(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, leaf FROM ledger_entries WHERE seq >= $from ORDER BY seq";
        command.Parameters.AddWithValue("$from", from);
        using var reader = command.ExecuteReader();
        var expected = from;
        while (reader.Read())
        {
            var index = reader.GetInt64(0);
            if (index != expected)
            {
                throw new LedgerIntegrityException(
                    $"the ledger has no entry {expected} (the next stored one is {index}): entries were removed; run 'custos audit verify'");
            }

            expected++;
            yield return (byte[])reader.GetValue(1);
        }
    }

    public StoredCheckpoint? LatestCheckpoint()
    {
        using var connection = openConnection(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT size, at, note FROM ledger_checkpoints ORDER BY size DESC LIMIT 1";
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new StoredCheckpoint(reader.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)), reader.GetString(2))
            : null;
    }

    public DateTimeOffset? LatestTimestamp()
    {
        using var connection = openConnection(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT entry FROM ledger_entries WHERE entry IS NOT NULL ORDER BY seq DESC LIMIT 1";
        if (command.ExecuteScalar() is not byte[] bytes)
        {
            return null;
        }

        var decoded = Custos.Ledger.Entries.LedgerEntry.Decode(bytes);
        return decoded.IsSuccess ? decoded.Value!.Timestamp : null;
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _writer = null;
    }

    private SqliteConnection Writer()
    {
        if (_reopen)
        {
            _reopen = false;
            _writer?.Dispose();
            _writer = null;
        }

        if (_writer is null)
        {
            _writer = openConnection(true);
            _configureWriter?.Invoke(_writer);
        }

        return _writer;
    }
}
