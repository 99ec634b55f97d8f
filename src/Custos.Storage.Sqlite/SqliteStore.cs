using System.Text;
using Custos.Core.Agents;
using Custos.Core.Audit;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Ledger.Entries;
using Custos.Ledger.Sequencing;
using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Reads use pooled connections; the audit trail is the
/// Merkle ledger (<see cref="Ledger"/>), whose one sequencer commits entries in batches (group commit) with
/// <c>synchronous=FULL</c>, so an action's <see cref="RecordAsync"/> completes only after its entry is durable.
/// </summary>
public sealed partial class SqliteStore : ICredentialStore, IAgentStateStore, IActionRecorder, IToolPinStore, IAsyncDisposable
{
    public const string FileName = "custos.db";

    private readonly string connectionString;
    private SqliteLedgerStorage? ledgerStorage;
    private LedgerSequencer? ledger;

    private SqliteStore(string path)
    {
        Path = path;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 10,
        }.ToString();
        SubjectKeys = new SqliteSubjectKeys(path);
        Secrets = new SqliteSecretStore(path);
    }

    /// <summary>The database file's absolute path.</summary>
    public string Path { get; }

    /// <summary>Data subjects' keys: the sealer of personal data, and erasure.</summary>
    public SqliteSubjectKeys SubjectKeys { get; }

    /// <summary>The built-in secrets (sealed) and the counts of secrets' uses.</summary>
    public SqliteSecretStore Secrets { get; }

    /// <summary>The approval queue, shared by the server and the CLI through the file.</summary>
    public SqliteApprovals Approvals => approvals ?? throw new InvalidOperationException("the store is not open");

    private SqliteApprovals? approvals;

    /// <summary>The audit ledger's sequencer: appends, checkpoints and proofs.</summary>
    public LedgerSequencer Ledger => ledger ?? throw new InvalidOperationException("the store is not open");

    /// <summary>
    /// Seals the personal data of actions that name data subjects. Without one, such an action cannot be
    /// recorded and fails (its personal data would otherwise be kept in the clear).
    /// </summary>
    public IPersonalDataSealer? PersonalDataSealer { get; set; }

    /// <summary>Runs on each new ledger writer connection; tests use it to make the store full or read-only.</summary>
    internal Action<SqliteConnection>? ConfigureLedgerWriter
    {
        set => ledgerStorage!.ConfigureWriter = value;
    }

    /// <summary>
    /// Opens (creating if needed) the store in <paramref name="dataDirectory"/> and applies pending migrations.
    /// The directory is made readable by its owner only: it holds token hashes, keys and the audit trail.
    /// A relative <c>secret://file/…</c> signing key is taken from <paramref name="configDirectory"/> (custos.yaml's), else the working directory.
    /// The ledger is rebuilt from its leaves and checked against its newest signed checkpoint; a ledger changed
    /// outside Custos is refused with <see cref="LedgerIntegrityException"/>.
    /// </summary>
    public static SqliteStore Open(string dataDirectory, LedgerSettings? ledgerSettings = null, TimeProvider? clock = null, string? configDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        if (!Directory.Exists(dataDirectory))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(dataDirectory);
            }
            else
            {
                Directory.CreateDirectory(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var store = new SqliteStore(System.IO.Path.GetFullPath(System.IO.Path.Combine(dataDirectory, FileName)));
        try
        {
            store.Migrate();
            store.approvals = new SqliteApprovals(store.connectionString, () => store.OpenConnection(forWriting: true), clock ?? TimeProvider.System);
            var settings = ledgerSettings ?? LedgerSettings.Default;
            var signer = LedgerKeys.LoadOrCreate(dataDirectory, settings.SigningKey, configDirectory);
            store.ledgerStorage = new SqliteLedgerStorage(store.OpenConnection) { SyncEachCommit = settings.Durability == LedgerDurability.Disk };
            store.walCheckpointer = new Timer(_ => store.CheckpointWal(), null, WalCheckpointEvery, WalCheckpointEvery);
            store.ledger = LedgerSequencer.Open(
                store.ledgerStorage,
                signer,
                new LedgerSequencerOptions { CheckpointEvery = settings.CheckpointEvery, CheckpointInterval = settings.CheckpointInterval },
                clock);
        }
        catch
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }

        return store;
    }

    /// <summary>The highest migration applied to the file.</summary>
    public int SchemaVersion
    {
        get
        {
            using var connection = OpenConnection();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public static int LatestSchemaVersion => Migrations.All[^1].Version;

    /// <summary>True when the file can be read and written; the server's readiness check.</summary>
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = OpenConnection();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM schema_migrations";
            await command.ExecuteScalarAsync(cancellationToken);
            return ledger is not null && !closed;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    // ---- tokens ----

    public async Task AddAsync(TokenRecord record, byte[] hash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = OpenConnection(forWriting: true);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO tokens (id, hash, kind, subject, created_at, expires_at, revoked_at)
            VALUES ($id, $hash, $kind, $subject, $created, $expires, NULL)
            """;
        command.Parameters.AddWithValue("$id", record.Id);
        command.Parameters.AddWithValue("$hash", hash);
        command.Parameters.AddWithValue("$kind", record.Kind == TokenKind.Agent ? "agent" : "admin");
        command.Parameters.AddWithValue("$subject", record.Subject);
        command.Parameters.AddWithValue("$created", record.CreatedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$expires", record.ExpiresAt.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = OpenConnection(forWriting: true);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE tokens SET revoked_at = $at WHERE id = $id AND revoked_at IS NULL";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<TokenRecord>> ListAsync(string? subject, CancellationToken cancellationToken)
    {
        await using var connection = OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = subject is null
            ? "SELECT id, kind, subject, created_at, expires_at, revoked_at FROM tokens ORDER BY created_at, id"
            : "SELECT id, kind, subject, created_at, expires_at, revoked_at FROM tokens WHERE subject = $subject ORDER BY created_at, id";
        if (subject is not null)
        {
            command.Parameters.AddWithValue("$subject", subject);
        }

        var result = new List<TokenRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(ReadToken(reader));
        }

        return result;
    }

    // ---- agent states ----

    public async Task SetAsync(AgentState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var connection = OpenConnection(forWriting: true);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO agent_states (agent, status, reason, changed_at, changed_by)
            VALUES ($agent, $status, $reason, $at, $by)
            ON CONFLICT (agent) DO UPDATE SET status = excluded.status, reason = excluded.reason,
                changed_at = excluded.changed_at, changed_by = excluded.changed_by
            """;
        command.Parameters.AddWithValue("$agent", state.Agent);
        command.Parameters.AddWithValue("$status", state.Status.ToString().ToLowerInvariant());
        command.Parameters.AddWithValue("$reason", (object?)state.Reason ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", state.ChangedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$by", state.ChangedBy);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    async Task<IReadOnlyList<AgentState>> IAgentStateStore.ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT agent, status, reason, changed_at, changed_by FROM agent_states ORDER BY agent";
        var result = new List<AgentState>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(ReadState(reader));
        }

        return result;
    }

    // ---- the audit ledger ----

    public async ValueTask RecordAsync(ActionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (closed || ledger is null)
        {
            throw new InvalidOperationException("the store is closed; the action cannot be recorded");
        }

        SealedPersonalData? sealedData = null;
        if (record.DataSubjects is { Count: > 0 } subjects)
        {
            var sealer = PersonalDataSealer
                ?? throw new StoreWriteException("the action names data subjects but no personal data sealer is configured, so it cannot be recorded");
            sealedData = await sealer.SealAsync(subjects, Encoding.UTF8.GetBytes(record.PersonalData ?? "{}"), cancellationToken);
        }

        try
        {
            await ledger.AppendAsync(AuditEntries.ToDraft(record, sealedData), cancellationToken);
        }
        catch (LedgerWriteException ex)
        {
            throw new StoreWriteException("the audit record could not be written", ex.InnerException ?? ex);
        }
    }

    public async Task<IReadOnlyList<ActionRecord>> QueryAsync(ActionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT seq, at, agent, action, outcome, system, record_id, entry, payload
            FROM ledger_entries
            WHERE ($agent IS NULL OR agent = $agent)
              AND ($outcome IS NULL OR outcome = $outcome)
              AND ($action IS NULL OR action = $action)
              AND ($system IS NULL OR system = $system)
              AND ($since IS NULL OR at >= $since)
              AND ($until IS NULL OR at < $until)
            ORDER BY seq DESC
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$agent", (object?)query.Principal ?? DBNull.Value);
        command.Parameters.AddWithValue("$outcome", (object?)query.Outcome?.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue("$action", (object?)query.Action ?? DBNull.Value);
        command.Parameters.AddWithValue("$system", (object?)query.System ?? DBNull.Value);
        command.Parameters.AddWithValue("$since", (object?)query.Since?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("$until", (object?)query.Until?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", Math.Clamp(query.Limit, 1, 10_000));
        var result = new List<ActionRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var indexed = new IndexedEntry(
                reader.GetInt64(0),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6));
            var entry = reader.IsDBNull(7) ? null : LedgerEntry.Decode((byte[])reader.GetValue(7)) is { IsSuccess: true } decoded ? decoded.Value : null;
            var payload = reader.IsDBNull(8) ? null : (byte[])reader.GetValue(8);
            result.Add(AuditEntries.ToRecord(entry, payload, indexed));
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        if (closed)
        {
            return;
        }

        closed = true;
        if (walCheckpointer is not null)
        {
            await walCheckpointer.DisposeAsync();
        }

        await Secrets.DisposeAsync();
        if (ledger is not null)
        {
            await ledger.DisposeAsync();
        }

        ledgerStorage?.Dispose();
        DisposeLookups();

        // This database's pools only: clearing every pool in the process (ClearAllPools) raced another store's
        // connection being opened at that moment (ObjectDisposedException on its handle).
        using (var own = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(own);
        }

        SensitiveConnections.ClearPool(Path);
    }

    private volatile bool closed;

    /// <summary>How often the write-ahead log is copied into the database file, off the ledger writer's path.</summary>
    internal static readonly TimeSpan WalCheckpointEvery = TimeSpan.FromMilliseconds(250);

    private Timer? walCheckpointer;
    private int checkpointing;

    // The ledger writer leaves WAL checkpoints to this timer (a checkpoint copies pages into the database file and
    // syncs it: several milliseconds that would otherwise fall on whichever commit crossed the WAL's threshold). A
    // PASSIVE checkpoint never waits for the writer and the writer never waits for it. A failure is tried again on
    // the next tick; the writer still checkpoints by itself if the log grows far past its usual size.
    private void CheckpointWal()
    {
        if (closed || Interlocked.Exchange(ref checkpointing, 1) != 0)
        {
            return;
        }

        try
        {
            using var connection = OpenConnection();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            command.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        finally
        {
            Volatile.Write(ref checkpointing, 0);
        }
    }

    private void Migrate()
    {
        using var connection = OpenConnection(forWriting: true);
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL;";
            pragma.ExecuteNonQuery();
            pragma.CommandText = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT;";
            pragma.ExecuteNonQuery();
        }

        foreach (var (version, description, sql) in Migrations.All)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using var check = connection.CreateCommand();
            check.Transaction = transaction;
            check.CommandText = "SELECT count(*) FROM schema_migrations WHERE version = $v";
            check.Parameters.AddWithValue("$v", version);
            if (Convert.ToInt64(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                continue;
            }

            using var apply = connection.CreateCommand();
            apply.Transaction = transaction;
            apply.CommandText = sql;
            apply.ExecuteNonQuery();
            apply.CommandText = "INSERT INTO schema_migrations (version, description, applied_at) VALUES ($v, $d, $at)";
            apply.Parameters.AddWithValue("$v", version);
            apply.Parameters.AddWithValue("$d", description);
            apply.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            apply.ExecuteNonQuery();
            transaction.Commit();
        }

        using var newest = connection.CreateCommand();
        newest.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
        var applied = Convert.ToInt32(newest.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (applied > LatestSchemaVersion)
        {
            throw new InvalidOperationException(
                $"{Path} has schema version {applied}, newer than this Custos understands ({LatestSchemaVersion}); upgrade Custos");
        }
    }

    private SqliteConnection OpenConnection(bool forWriting = false)
    {
        var connection = new SqliteConnection(connectionString);
        connection.OpenWaiting();
        if (forWriting)
        {
            // FULL makes every commit durable in WAL mode before the caller is told it is written. secure_delete
            // zeroes the bytes a write frees (a split page, a moved cell), so a payload dropped by retention or a
            // key erased leaves no stale copy behind on disk.
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;";
            command.ExecuteNonQuery();
        }

        return connection;
    }

    private static TokenRecord ReadToken(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1) == "agent" ? TokenKind.Agent : TokenKind.Admin,
        reader.GetString(2),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
        reader.IsDBNull(5) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)));

    private static AgentState ReadState(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1) switch
        {
            "halted" => AgentStatus.Halted,
            "quarantined" => AgentStatus.Quarantined,
            _ => AgentStatus.Active,
        },
        reader.IsDBNull(2) ? null : reader.GetString(2),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
        reader.GetString(4));
}
