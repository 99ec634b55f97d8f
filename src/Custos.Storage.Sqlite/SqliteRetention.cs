using System.Globalization;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite;

/// <summary>
/// Applies <c>retention:</c> to the ledger. Past <c>retention.payloads</c> (or <c>retention.personal_data</c> for
/// entries with data subjects) an entry's payload is dropped; past <c>retention.audit</c> the canonical entry is
/// dropped too. The leaf hash always stays, so the tree, its roots and every signed checkpoint still verify: the
/// entry committed to its payload by digest, and the leaf commits to the entry. A category missing from
/// <c>retention:</c> is kept for ever.
/// </summary>
/// <remarks>
/// One transaction with <c>secure_delete</c> on, then the write-ahead log is checkpointed and truncated, so the
/// dropped bytes leave the disk. Timestamps in <c>ledger_entries.at</c> are Unix milliseconds.
/// </remarks>
public static class SqliteRetention
{
    public const string Action = "retention.prune";
    public const string AuditCategory = "audit";
    public const string PayloadsCategory = "payloads";
    public const string PersonalDataCategory = "personal_data";

    /// <summary>Prunes the store's ledger and records a <c>retention.prune</c> event (not on a dry run).</summary>
    public static async Task<RetentionPrune> PruneAsync(
        SqliteStore store, IReadOnlyDictionary<string, TimeSpan> retention, DateTimeOffset now, string principal, ActionChannel channel, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(retention);
        RetentionPrune result;
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store.Path, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 10 }.ToString()))
        {
            await connection.OpenAsync(cancellationToken);
            result = await PruneAsync(connection, retention, now, dryRun, cancellationToken);
        }

        if (!dryRun)
        {
            var description = $"dropped {Describe(result)} ({string.Join(", ", retention.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {(int)r.Value.TotalDays}d"))})";
            await store.RecordAsync(ActionRecord.ForEvent(now, channel, principal, Action, "custos.audit", description), cancellationToken);
        }

        return result;
    }

    /// <summary>Prunes the ledger of an open database; on a dry run only counts.</summary>
    public static async Task<RetentionPrune> PruneAsync(
        SqliteConnection connection, IReadOnlyDictionary<string, TimeSpan> retention, DateTimeOffset now, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(retention);
        if (!await HasLedgerAsync(connection, cancellationToken))
        {
            return new RetentionPrune(0, 0, 0, dryRun);
        }

        await ExecuteAsync(connection, null, "PRAGMA secure_delete = ON; PRAGMA synchronous = FULL; " + SqliteBusy.Pragma, cancellationToken);
        long payloads = 0, personal = 0, entries = 0;
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            // Entries first: an entry past retention.audit takes its payload with it, and is counted once.
            // A dry run changes nothing, so its payload counts leave out what the entry pass would already take.
            var payloadWhere = "payload IS NOT NULL AND category = $category AND at < $cutoff";
            long? dryRunAuditCutoff = null;
            if (Cutoff(retention, AuditCategory, now) is { } auditCutoff)
            {
                entries = await ChangeAsync(connection, transaction, dryRun, "entry = NULL, payload = NULL", "entry IS NOT NULL AND at < $cutoff", auditCutoff, null, null, cancellationToken);
                if (dryRun)
                {
                    payloadWhere += " AND NOT (entry IS NOT NULL AND at < $audit)";
                    dryRunAuditCutoff = auditCutoff;
                }
            }

            if (Cutoff(retention, PayloadsCategory, now) is { } payloadCutoff)
            {
                payloads = await ChangeAsync(connection, transaction, dryRun, "payload = NULL", payloadWhere, payloadCutoff, PayloadsCategory, dryRunAuditCutoff, cancellationToken);
            }

            if (Cutoff(retention, PersonalDataCategory, now) is { } personalCutoff)
            {
                personal = await ChangeAsync(connection, transaction, dryRun, "payload = NULL", payloadWhere, personalCutoff, PersonalDataCategory, dryRunAuditCutoff, cancellationToken);
            }

            if (dryRun)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
            else
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        if (!dryRun && (payloads | personal | entries) != 0)
        {
            await ExecuteAsync(connection, null, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }

        return new RetentionPrune(payloads, personal, entries, dryRun);
    }

    /// <summary>The counts in words, for messages and the audit trail.</summary>
    public static string Describe(RetentionPrune result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"{Count(result.Payloads, "payload")}, {Count(result.PersonalData, "personal-data payload")} and {Count(result.Entries, "entry", "entries")}";
    }

    private static string Count(long n, string one, string? many = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");

    private static long? Cutoff(IReadOnlyDictionary<string, TimeSpan> retention, string category, DateTimeOffset now) =>
        retention.TryGetValue(category, out var keep) ? (now - keep).ToUnixTimeMilliseconds() : null;

    private static async Task<long> ChangeAsync(
        SqliteConnection connection, SqliteTransaction transaction, bool dryRun, string set, string where, long cutoff, string? category, long? auditCutoff, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = dryRun ? $"SELECT count(*) FROM ledger_entries WHERE {where}" : $"UPDATE ledger_entries SET {set} WHERE {where}";
        command.Parameters.AddWithValue("$cutoff", cutoff);
        if (category is not null)
        {
            command.Parameters.AddWithValue("$category", category);
        }

        if (auditCutoff is not null)
        {
            command.Parameters.AddWithValue("$audit", auditCutoff.Value);
        }

        return dryRun
            ? Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture)
            : await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<bool> HasLedgerAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'ledger_entries'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
