using System.Globalization;
using Custos.Core.Secrets;
using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite;

/// <summary>
/// The built-in secrets in <c>secrets</c> and <c>secret_versions</c> (ciphertext and wrapped data keys only, every
/// version kept), and per-day counts of every secret's uses in <c>secret_uses</c>. Writes zero the bytes they
/// free (<c>secure_delete</c>).
/// </summary>
public sealed class SqliteSecretStore : ISecretStore, ISecretUseHours, IAsyncDisposable
{
    private readonly SensitiveConnections connections;

    public SqliteSecretStore(string databasePath)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        connections = new SensitiveConnections(Path.GetFullPath(databasePath));
    }

    public async Task<int> AddVersionAsync(string name, SecretKind kind, Func<int, SealedSecret> seal, DateTimeOffset at, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(seal);
        await using var connection = connections.Open(forWriting: true);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        int version;
        await using (var current = connection.CreateCommand())
        {
            current.Transaction = transaction;
            current.CommandText = "SELECT kind, current_version FROM secrets WHERE name = $name";
            current.Parameters.AddWithValue("$name", name);
            await using var reader = await current.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                var existing = KindOf(reader.GetString(0));
                if (existing != kind)
                {
                    throw new InvalidOperationException($"'{name}' is a {existing.ToString().ToLowerInvariant()}, not a {kind.ToString().ToLowerInvariant()}; choose another name");
                }

                version = reader.GetInt32(1) + 1;
            }
            else
            {
                version = 1;
            }
        }

        var sealedSecret = seal(version);
        await using (var write = connection.CreateCommand())
        {
            write.Transaction = transaction;
            write.CommandText = """
                INSERT INTO secrets (name, kind, current_version, created_at, rotated_at, rotated_by)
                VALUES ($name, $kind, $version, $at, $at, $by)
                ON CONFLICT (name) DO UPDATE SET current_version = excluded.current_version, rotated_at = excluded.rotated_at, rotated_by = excluded.rotated_by;
                INSERT INTO secret_versions (name, version, master_key_id, wrapped_key, ciphertext, created_at, created_by)
                VALUES ($name, $version, $key, $wrapped, $ciphertext, $at, $by);
                """;
            write.Parameters.AddWithValue("$name", name);
            write.Parameters.AddWithValue("$kind", kind == SecretKind.Honeytoken ? "honeytoken" : "secret");
            write.Parameters.AddWithValue("$version", version);
            write.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
            write.Parameters.AddWithValue("$by", by);
            write.Parameters.AddWithValue("$key", sealedSecret.MasterKeyId);
            write.Parameters.AddWithValue("$wrapped", sealedSecret.WrappedKey);
            write.Parameters.AddWithValue("$ciphertext", sealedSecret.Ciphertext);
            await write.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    public async Task<StoredSecretVersion?> GetAsync(string name, int? version, CancellationToken cancellationToken)
    {
        await using var connection = connections.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.name, s.kind, v.version, v.master_key_id, v.wrapped_key, v.ciphertext, v.created_at, v.created_by
            FROM secrets s JOIN secret_versions v ON v.name = s.name
            WHERE s.name = $name AND v.version = coalesce($version, s.current_version)
            """;
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$version", (object?)version ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new StoredSecretVersion(
            reader.GetString(0),
            KindOf(reader.GetString(1)),
            reader.GetInt32(2),
            new SealedSecret(reader.GetString(3), (byte[])reader.GetValue(4), (byte[])reader.GetValue(5)),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
            reader.GetString(7));
    }

    public async Task<IReadOnlyList<StoredSecretInfo>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = connections.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.name, s.kind, s.current_version, (SELECT count(*) FROM secret_versions v WHERE v.name = s.name), s.created_at, s.rotated_at, s.rotated_by
            FROM secrets s ORDER BY s.name
            """;
        var result = new List<StoredSecretInfo>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new StoredSecretInfo(
                reader.GetString(0),
                KindOf(reader.GetString(1)),
                reader.GetInt32(2),
                reader.GetInt32(3),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)),
                reader.GetString(6)));
        }

        return result;
    }

    /// <summary>
    /// Counts a use. Uses that went through are monitoring, not the audit trail (each action's ledger entry names
    /// the references it used), so they are summed in memory and written in one transaction about once a second,
    /// off the action's path; refused uses and honeytokens are written before this returns. Reads flush first.
    /// </summary>
    public Task RecordUseAsync(SecretUseRecord use, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(use);
        var key = (DateOnly.FromDateTime(use.At.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), use.Reference, use.Agent ?? "custos", use.System, OutcomeText(use.Outcome));
        var at = use.At.ToUnixTimeMilliseconds();
        lock (pendingGate)
        {
            pending[key] = pending.TryGetValue(key, out var p)
                ? (p.Count + 1, Math.Max(p.LastAt, at), use.ActionId?.ToString() ?? p.LastAction)
                : (1, at, use.ActionId?.ToString());
            if (!disposed)
            {
                flushTimer ??= new Timer(static state => _ = ((SqliteSecretStore)state!).FlushInBackgroundAsync(), this, UseFlushInterval, UseFlushInterval);
            }
        }

        return use.Outcome == SecretUseOutcome.Used ? Task.CompletedTask : FlushUsesAsync(cancellationToken);
    }

    private static readonly TimeSpan UseFlushInterval = TimeSpan.FromSeconds(1);
    private const int MaxPendingUses = 100_000;
    private readonly Lock pendingGate = new();
    private readonly SemaphoreSlim flushGate = new(1, 1);
    private Dictionary<(string Day, string Reference, string Agent, string System, string Outcome), (long Count, long LastAt, string? LastAction)> pending = [];
    private Timer? flushTimer;
    private bool disposed;

    /// <summary>Writes the use counts summed since the last flush, in one transaction.</summary>
    public async Task FlushUsesAsync(CancellationToken cancellationToken)
    {
        await flushGate.WaitAsync(cancellationToken);
        try
        {
            Dictionary<(string Day, string Reference, string Agent, string System, string Outcome), (long Count, long LastAt, string? LastAction)> batch;
            lock (pendingGate)
            {
                if (pending.Count == 0)
                {
                    return;
                }

                batch = pending;
                pending = [];
            }

            try
            {
                await WriteUsesAsync(batch, cancellationToken);
            }
            catch
            {
                // Put them back for the next flush (bounded: a store that stays broken loses counts, never memory).
                lock (pendingGate)
                {
                    foreach (var (key, value) in batch)
                    {
                        if (pending.Count >= MaxPendingUses)
                        {
                            break;
                        }

                        pending[key] = pending.TryGetValue(key, out var p) ? (p.Count + value.Count, Math.Max(p.LastAt, value.LastAt), p.LastAction ?? value.LastAction) : value;
                    }
                }

                throw;
            }
        }
        finally
        {
            flushGate.Release();
        }
    }

    private async Task FlushInBackgroundAsync()
    {
        try
        {
            await FlushUsesAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is SqliteException or IOException or InvalidOperationException or ObjectDisposedException)
        {
            // Kept in memory and tried again on the next tick; a read or the store's disposal flushes too.
        }
    }

    private async Task WriteUsesAsync(Dictionary<(string Day, string Reference, string Agent, string System, string Outcome), (long Count, long LastAt, string? LastAction)> batch, CancellationToken cancellationToken)
    {
        await using var connection = connections.Open(forWriting: true);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO secret_uses (day, reference, agent, system, outcome, count, last_at, last_action)
            VALUES ($day, $reference, $agent, $system, $outcome, $count, $at, $action)
            ON CONFLICT (day, reference, agent, system, outcome) DO UPDATE SET
                count = count + excluded.count, last_at = max(last_at, excluded.last_at), last_action = coalesce(excluded.last_action, last_action)
            """;
        var day = command.Parameters.Add("$day", SqliteType.Text);
        var reference = command.Parameters.Add("$reference", SqliteType.Text);
        var agent = command.Parameters.Add("$agent", SqliteType.Text);
        var system = command.Parameters.Add("$system", SqliteType.Text);
        var outcome = command.Parameters.Add("$outcome", SqliteType.Text);
        var count = command.Parameters.Add("$count", SqliteType.Integer);
        var at = command.Parameters.Add("$at", SqliteType.Integer);
        var action = command.Parameters.Add("$action", SqliteType.Text);
        foreach (var (key, value) in batch)
        {
            (day.Value, reference.Value, agent.Value, system.Value, outcome.Value) = (key.Day, key.Reference, key.Agent, key.System, key.Outcome);
            (count.Value, at.Value, action.Value) = (value.Count, value.LastAt, (object?)value.LastAction ?? DBNull.Value);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Stops the background flush and writes what is pending.</summary>
    public async ValueTask DisposeAsync()
    {
        Timer? timer;
        lock (pendingGate)
        {
            // A use counted after this is written by the caller's own flush or not at all; no timer outlives the store.
            disposed = true;
            timer = flushTimer;
            flushTimer = null;
        }

        if (timer is not null)
        {
            await timer.DisposeAsync();
        }

        try
        {
            await FlushUsesAsync(CancellationToken.None);
        }
        catch (SqliteException)
        {
            // The database is gone or closed: nothing more can be counted.
        }
    }

    public async Task<IReadOnlyList<SecretUsage>> UsageAsync(DateOnly since, CancellationToken cancellationToken)
    {
        await FlushUsesAsync(cancellationToken);
        await using var connection = connections.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT day, reference, agent, system, outcome, count, last_at, last_action FROM secret_uses
            WHERE day >= $since ORDER BY day, reference, agent, system, outcome
            """;
        command.Parameters.AddWithValue("$since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var result = new List<SecretUsage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new SecretUsage(
                DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4) switch { "denied" => SecretUseOutcome.Denied, "honeytoken" => SecretUseOutcome.Honeytoken, _ => SecretUseOutcome.Used },
                reader.GetInt64(5),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
                reader.IsDBNull(7) ? null : Guid.TryParse(reader.GetString(7), out var id) ? id : null));
        }

        return result;
    }

    public async Task<long> ChangeStampAsync(CancellationToken cancellationToken)
    {
        await using var connection = connections.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(sum(current_version), 0) * 1000003 + coalesce(max(rotated_at), 0) FROM secrets";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static SecretKind KindOf(string text) => text == "honeytoken" ? SecretKind.Honeytoken : SecretKind.Secret;

    private static string OutcomeText(SecretUseOutcome outcome) => outcome switch
    {
        SecretUseOutcome.Denied => "denied",
        SecretUseOutcome.Honeytoken => "honeytoken",
        _ => "used",
    };

    public async Task<long> AddAsync(string reference, string agent, DateTimeOffset hour, int uses, CancellationToken cancellationToken)
    {
        await using var connection = connections.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO secret_use_hours (reference, agent, hour, count) VALUES ($reference, $agent, $hour, $uses)
            ON CONFLICT (reference, agent, hour) DO UPDATE SET count = count + excluded.count
            RETURNING count
            """;
        command.Parameters.AddWithValue("$reference", reference);
        command.Parameters.AddWithValue("$agent", agent);
        command.Parameters.AddWithValue("$hour", hour.ToUnixTimeSeconds() / 3600);
        command.Parameters.AddWithValue("$uses", uses);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<SecretUseHour>> HoursAsync(string reference, string agent, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = connections.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT hour, count FROM secret_use_hours WHERE reference = $reference AND agent = $agent AND hour >= $from AND hour < $to ORDER BY hour";
        command.Parameters.AddWithValue("$reference", reference);
        command.Parameters.AddWithValue("$agent", agent);
        command.Parameters.AddWithValue("$from", from.ToUnixTimeSeconds() / 3600);
        command.Parameters.AddWithValue("$to", to.ToUnixTimeSeconds() / 3600);
        var result = new List<SecretUseHour>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new SecretUseHour(DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(0) * 3600), reader.GetInt64(1)));
        }

        return result;
    }

    public async Task PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = connections.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM secret_use_hours WHERE hour < $before";
        command.Parameters.AddWithValue("$before", before.ToUnixTimeSeconds() / 3600);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
