using System.Text.Json;
using System.Threading.Channels;
using Custos.Core.Agents;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Reads use pooled connections; all audit writes go through
/// one writer that commits them in batches (group commit) with <c>synchronous=FULL</c>, and an action's
/// <see cref="RecordAsync"/> completes only after its batch is durable.
/// </summary>
public sealed class SqliteStore : ICredentialStore, IAgentStateStore, IActionRecorder, IAsyncDisposable
{
    public const string FileName = "custos.db";
    private const int MaxBatch = 256;

    private readonly string connectionString;
    private readonly Channel<PendingRecord> queue = Channel.CreateUnbounded<PendingRecord>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;

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
        writer = Task.Run(WriteLoopAsync);
        SubjectKeys = new SqliteSubjectKeys(path);
    }

    /// <summary>The database file's absolute path.</summary>
    public string Path { get; }

    /// <summary>Data subjects' keys: the sealer of personal data, and erasure.</summary>
    public SqliteSubjectKeys SubjectKeys { get; }

    /// <summary>
    /// Opens (creating if needed) the store in <paramref name="dataDirectory"/> and applies pending migrations.
    /// The directory is made readable by its owner only: it holds token hashes and the audit trail.
    /// </summary>
    public static SqliteStore Open(string dataDirectory)
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
            return !writer.IsCompleted;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    // ---- tokens ----

    public async ValueTask<TokenRecord?> FindByHashAsync(byte[] hash, CancellationToken cancellationToken)
    {
        await using var connection = OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, kind, subject, created_at, expires_at, revoked_at FROM tokens WHERE hash = $hash";
        command.Parameters.AddWithValue("$hash", hash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadToken(reader) : null;
    }

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

    public async ValueTask<AgentState?> GetAsync(string agent, CancellationToken cancellationToken)
    {
        await using var connection = OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT agent, status, reason, changed_at, changed_by FROM agent_states WHERE agent = $agent";
        command.Parameters.AddWithValue("$agent", agent);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadState(reader) : null;
    }

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

    // ---- decisions ----

    public async ValueTask RecordAsync(ActionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var pending = new PendingRecord(record, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("the store is closed; the action cannot be recorded");
        }

        await pending.Done.Task.WaitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ActionRecord>> QueryAsync(ActionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, at, channel, principal, credential_id, action, resource, effect, outcome, stopped_at,
                   policies, reasons, context_sha256, duration_us, origin
            FROM decisions
            WHERE ($principal IS NULL OR principal = $principal)
              AND ($outcome IS NULL OR outcome = $outcome)
              AND ($since IS NULL OR at >= $since)
              AND ($until IS NULL OR at < $until)
            ORDER BY seq DESC
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$principal", (object?)query.Principal ?? DBNull.Value);
        command.Parameters.AddWithValue("$outcome", (object?)query.Outcome?.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue("$since", (object?)query.Since?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("$until", (object?)query.Until?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", Math.Clamp(query.Limit, 1, 10_000));
        var result = new List<ActionRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new ActionRecord(
                Guid.Parse(reader.GetString(0)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                Enum.Parse<ActionChannel>(reader.GetString(2)),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                Enum.Parse<Effect>(reader.GetString(7)),
                Enum.Parse<ActionOutcome>(reader.GetString(8)),
                reader.IsDBNull(9) ? null : Enum.Parse<StageName>(reader.GetString(9)),
                JsonSerializer.Deserialize(reader.GetString(10), StoreJsonContext.Default.StringArray) ?? [],
                JsonSerializer.Deserialize(reader.GetString(11), StoreJsonContext.Default.StringArray) ?? [],
                reader.IsDBNull(12) ? null : reader.GetString(12),
                reader.GetInt64(13),
                reader.IsDBNull(14) ? null : reader.GetString(14)));
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writer;
        SqliteConnection.ClearAllPools();
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingRecord>(MaxBatch);
        SqliteConnection? connection = null;
        try
        {
            while (await queue.Reader.WaitToReadAsync())
            {
                batch.Clear();
                while (batch.Count < MaxBatch && queue.Reader.TryRead(out var item))
                {
                    batch.Add(item);
                }

                try
                {
                    connection ??= OpenConnection(forWriting: true);
                    WriteBatch(connection, batch);
                    foreach (var item in batch)
                    {
                        item.Done.TrySetResult();
                    }
                }
                catch (Exception ex)
                {
                    // The whole batch failed to commit: every action in it fails (fail closed).
                    foreach (var item in batch)
                    {
                        item.Done.TrySetException(new StoreWriteException("the audit record could not be written", ex));
                    }

                    connection?.Dispose();
                    connection = null;
                }
            }
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private static void WriteBatch(SqliteConnection connection, List<PendingRecord> batch)
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO decisions (id, at, channel, principal, credential_id, action, resource, effect, outcome,
                                   stopped_at, policies, reasons, context_sha256, duration_us, origin)
            VALUES ($id, $at, $channel, $principal, $credential, $action, $resource, $effect, $outcome,
                    $stopped, $policies, $reasons, $digest, $duration, $origin)
            """;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var at = command.Parameters.Add("$at", SqliteType.Integer);
        var channel = command.Parameters.Add("$channel", SqliteType.Text);
        var principal = command.Parameters.Add("$principal", SqliteType.Text);
        var credential = command.Parameters.Add("$credential", SqliteType.Text);
        var action = command.Parameters.Add("$action", SqliteType.Text);
        var resource = command.Parameters.Add("$resource", SqliteType.Text);
        var effect = command.Parameters.Add("$effect", SqliteType.Text);
        var outcome = command.Parameters.Add("$outcome", SqliteType.Text);
        var stopped = command.Parameters.Add("$stopped", SqliteType.Text);
        var policies = command.Parameters.Add("$policies", SqliteType.Text);
        var reasons = command.Parameters.Add("$reasons", SqliteType.Text);
        var digest = command.Parameters.Add("$digest", SqliteType.Text);
        var duration = command.Parameters.Add("$duration", SqliteType.Integer);
        var origin = command.Parameters.Add("$origin", SqliteType.Text);
        foreach (var item in batch)
        {
            var r = item.Record;
            id.Value = r.Id.ToString();
            at.Value = r.At.ToUnixTimeMilliseconds();
            channel.Value = r.Channel.ToString();
            principal.Value = r.Principal;
            credential.Value = (object?)r.CredentialId ?? DBNull.Value;
            action.Value = r.Action;
            resource.Value = r.Resource;
            effect.Value = r.Effect.ToString();
            outcome.Value = r.Outcome.ToString();
            stopped.Value = (object?)r.StoppedAt?.ToString() ?? DBNull.Value;
            policies.Value = JsonSerializer.Serialize([.. r.Policies], StoreJsonContext.Default.StringArray);
            reasons.Value = JsonSerializer.Serialize([.. r.Reasons], StoreJsonContext.Default.StringArray);
            digest.Value = (object?)r.ContextSha256 ?? DBNull.Value;
            duration.Value = r.DurationMicroseconds;
            origin.Value = (object?)r.Origin ?? DBNull.Value;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
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
        connection.Open();
        if (forWriting)
        {
            // FULL makes every commit durable in WAL mode before the caller is told it is written.
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous = FULL;";
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

    private sealed record PendingRecord(ActionRecord Record, TaskCompletionSource Done);
}
