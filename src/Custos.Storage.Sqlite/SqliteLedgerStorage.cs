using Custos.Ledger.Sequencing;
using Custos.Ledger.Storage;
using Microsoft.Data.Sqlite;
using SQLitePCL;

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
    private const string InsertSql = """
        INSERT INTO ledger_entries (seq, at, agent, action, outcome, system, record_id, category, leaf, entry, payload)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
        """;

    private WriterConnection? _writer;
    private Action<SqliteConnection>? _configureWriter;
    private volatile bool _reopen;

    /// <summary>
    /// True (the default): every commit is synced to the disk before <see cref="Append"/> returns
    /// (<c>synchronous=FULL</c>). False: handed to the operating system (<c>synchronous=NORMAL</c> in WAL mode), synced
    /// at the next checkpoint (<see cref="Custos.Core.Configuration.LedgerDurability.Os"/>).
    /// </summary>
    public bool SyncEachCommit { get; init; } = true;

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

    public void Append(IReadOnlyList<SequencedEntry> batch, StoredCheckpoint? checkpoint)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            AppendCore(batch, checkpoint);
        }
        catch (SqliteException)
        {
            // The connection may be left mid-transaction or broken; the next batch starts afresh.
            _writer?.Dispose();
            _writer = null;
            throw;
        }
    }

    private void AppendCore(IReadOnlyList<SequencedEntry> batch, StoredCheckpoint? checkpoint)
    {
        var writer = Writer();
        var db = writer.Connection.Handle!;
        // BEGIN IMMEDIATE, the next sequence number, the rows and COMMIT run as statements prepared once per
        // connection (RawStatements): the transaction is the same as SqliteTransaction's, without its commands.
        RawStatements.Execute(writer.Begin, db);
        var committed = false;
        try
        {
            long stored;
            try
            {
                RawStatements.Step(writer.Next, db);
                stored = raw.sqlite3_column_int64(writer.Next, 0);
            }
            finally
            {
                raw.sqlite3_reset(writer.Next);
            }

            if (stored != batch[0].Entry.Sequence)
            {
                throw new LedgerConflictException(batch[0].Entry.Sequence, stored);
            }

            // The INSERT is bound through SQLite's own API: no parameter objects, boxing or UTF-8 copies per row
            // (strings bind as UTF-16, which SQLite converts), the same values and table.
            var insert = writer.Insert;
            foreach (var item in batch)
            {
                var e = item.Entry;
                var resource = e.Resources.Count > 0 ? e.Resources[0] : string.Empty;
                var dot = resource.IndexOf('.', StringComparison.Ordinal);
                RawStatements.Check(raw.sqlite3_bind_int64(insert, 1, e.Sequence), db);
                RawStatements.Check(raw.sqlite3_bind_int64(insert, 2, item.Draft.OccurredAt.ToUnixTimeMilliseconds()), db);
                RawStatements.Check(raw.sqlite3_bind_text16(insert, 3, e.Agent), db);
                RawStatements.Check(raw.sqlite3_bind_text16(insert, 4, e.Action), db);
                RawStatements.Check(raw.sqlite3_bind_text16(insert, 5, e.Outcome), db);
                RawStatements.Check(raw.sqlite3_bind_text16(insert, 6, dot < 0 ? resource : resource.AsSpan(0, dot)), db); // AuditEntries.SystemOf
                RawStatements.Check(raw.sqlite3_bind_text16(insert, 7, e.TraceId), db);
                RawStatements.Check(raw.sqlite3_bind_text16(insert, 8, item.Draft.Category), db);
                RawStatements.Check(raw.sqlite3_bind_blob(insert, 9, item.LeafHash), db);
                RawStatements.Check(raw.sqlite3_bind_blob(insert, 10, item.Encoded), db);
                RawStatements.Check(raw.sqlite3_bind_blob(insert, 11, item.Payload), db);
                RawStatements.Execute(insert, db);
            }

            if (checkpoint is not null)
            {
                InsertCheckpoint(writer.Connection, checkpoint);
            }

            RawStatements.Execute(writer.Commit, db);
            committed = true;
        }
        finally
        {
            // A failed batch leaves nothing behind (a COMMIT refused with SQLITE_BUSY or FULL may leave it open).
            if (!committed && raw.sqlite3_get_autocommit(db) == 0)
            {
                raw.sqlite3_reset(writer.Rollback);
                raw.sqlite3_step(writer.Rollback);
                raw.sqlite3_reset(writer.Rollback);
            }
        }
    }

    public void AppendCheckpoint(StoredCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        try
        {
            InsertCheckpoint(Writer().Connection, checkpoint);
        }
        catch (SqliteException)
        {
            _writer?.Dispose();
            _writer = null;
            throw;
        }
    }

    private static void InsertCheckpoint(SqliteConnection connection, StoredCheckpoint checkpoint)
    {
        using var command = connection.CreateCommand();
        // Ed25519 signatures are deterministic: another process's checkpoint of the same size is the same note.
        command.CommandText = "INSERT OR IGNORE INTO ledger_checkpoints (size, at, note) VALUES ($size, $at, $note)";
        command.Parameters.AddWithValue("$size", checkpoint.Size);
        command.Parameters.AddWithValue("$at", checkpoint.At.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$note", checkpoint.Note);
        command.ExecuteNonQuery();
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

    private WriterConnection Writer()
    {
        if (_reopen)
        {
            _reopen = false;
            _writer?.Dispose();
            _writer = null;
        }

        if (_writer is null)
        {
            var connection = openConnection(true);
            try
            {
                _configureWriter?.Invoke(connection);
                _writer = new WriterConnection(connection, SyncEachCommit);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        return _writer;
    }

    /// <summary>The writer connection with its statements, prepared once; they are finalized before the connection goes back to the pool.</summary>
    private sealed class WriterConnection : IDisposable
    {
        /// <summary>
        /// The WAL size, in pages, past which the writer checkpoints by itself: far above SQLite's default of 1000,
        /// as the store checkpoints in the background (<see cref="SqliteStore"/>); this is only the backstop.
        /// </summary>
        public const int AutoCheckpointPages = 16_384;

        public WriterConnection(SqliteConnection connection, bool syncEachCommit)
        {
            Connection = connection;
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = $"PRAGMA wal_autocheckpoint = {AutoCheckpointPages}; PRAGMA synchronous = {(syncEachCommit ? "FULL" : "NORMAL")};";
                pragma.ExecuteNonQuery();
            }

            var prepared = new List<sqlite3_stmt>(5);
            try
            {
                foreach (var sql in (ReadOnlySpan<string>)["BEGIN IMMEDIATE", "SELECT coalesce(max(seq) + 1, 0) FROM ledger_entries", InsertSql, "COMMIT", "ROLLBACK"])
                {
                    prepared.Add(RawStatements.Prepare(connection, sql));
                }
            }
            catch
            {
                prepared.ForEach(s => s.Dispose());
                throw;
            }

            (Begin, Next, Insert, Commit, Rollback) = (prepared[0], prepared[1], prepared[2], prepared[3], prepared[4]);
        }

        public SqliteConnection Connection { get; }

        public sqlite3_stmt Begin { get; }

        public sqlite3_stmt Next { get; }

        public sqlite3_stmt Insert { get; }

        public sqlite3_stmt Commit { get; }

        public sqlite3_stmt Rollback { get; }

        public void Dispose()
        {
            Begin.Dispose();
            Next.Dispose();
            Insert.Dispose();
            Commit.Dispose();
            Rollback.Dispose();
            try
            {
                // The connection goes back to the pool: the next user gets SQLite's usual threshold.
                using var pragma = Connection.CreateCommand();
                pragma.CommandText = "PRAGMA wal_autocheckpoint = 1000; PRAGMA synchronous = FULL;";
                pragma.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
            }

            Connection.Dispose();
        }
    }
}
