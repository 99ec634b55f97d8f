using System.Text.Json;
using Custos.Core.Approvals;
using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite;

/// <summary>
/// The approval queue in <c>approvals</c>. The server and the CLI open the same file, so an operator's answer
/// from the command line reaches the waiting call on the server's next poll. A decision is one conditional
/// UPDATE, so of two answers exactly one wins.
/// </summary>
public sealed class SqliteApprovals(string connectionString, Func<SqliteConnection> openForWriting, TimeProvider clock) : IApprovalStore
{
    private const string Columns = "id, action_id, agent, action, resource, why, requested_at, expires_at, status, decided_by, decided_at, reason";

    public async Task AddAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = openForWriting();
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO approvals ({Columns}) VALUES ($id, $action_id, $agent, $action, $resource, $why, $requested, $expires, 'pending', NULL, NULL, NULL)";
        command.Parameters.AddWithValue("$id", request.Id);
        command.Parameters.AddWithValue("$action_id", request.ActionId.ToString());
        command.Parameters.AddWithValue("$agent", request.Agent);
        command.Parameters.AddWithValue("$action", Core.Audit.AuditEntries.WellFormed(request.Action));
        command.Parameters.AddWithValue("$resource", Core.Audit.AuditEntries.WellFormed(request.Resource));
        command.Parameters.AddWithValue("$why", JsonSerializer.Serialize(request.Why.Select(Core.Audit.AuditEntries.WellFormed).ToList(), StoreJsonContext.Default.ListString));
        command.Parameters.AddWithValue("$requested", request.RequestedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$expires", request.ExpiresAt.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ApprovalRequest?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM approvals WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader, null) : null;
    }

    public async Task<IReadOnlyList<ApprovalRequest>> ListAsync(ApprovalStatus? status, int limit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        // A pending request past its time has no call waiting any more (it was denied): it lists as expired.
        command.CommandText = status switch
        {
            null => $"SELECT {Columns} FROM approvals ORDER BY requested_at DESC, id LIMIT $limit",
            ApprovalStatus.Pending => $"SELECT {Columns} FROM approvals WHERE status = 'pending' AND expires_at > $now ORDER BY requested_at DESC, id LIMIT $limit",
            ApprovalStatus.Expired => $"SELECT {Columns} FROM approvals WHERE status = 'expired' OR (status = 'pending' AND expires_at <= $now) ORDER BY requested_at DESC, id LIMIT $limit",
            _ => $"SELECT {Columns} FROM approvals WHERE status = $status ORDER BY requested_at DESC, id LIMIT $limit",
        };
        command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 10_000));
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$status", status?.ToString().ToLowerInvariant() ?? string.Empty);
        var result = new List<ApprovalRequest>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(Read(reader, now));
        }

        return result;
    }

    public async Task<bool> TryDecideAsync(string id, ApprovalStatus status, string decidedBy, string? reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(decidedBy);
        if (status == ApprovalStatus.Pending)
        {
            throw new ArgumentException("a decision moves a request out of pending", nameof(status));
        }

        await using var connection = openForWriting();
        await using var command = connection.CreateCommand();
        // An answer counts only while the call still waits: not after the request expired.
        command.CommandText = status is ApprovalStatus.Approved or ApprovalStatus.Denied
            ? "UPDATE approvals SET status = $status, decided_by = $by, decided_at = $at, reason = $reason WHERE id = $id AND status = 'pending' AND expires_at > $at"
            : "UPDATE approvals SET status = $status, decided_by = $by, decided_at = $at, reason = $reason WHERE id = $id AND status = 'pending'";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$status", status.ToString().ToLowerInvariant());
        command.Parameters.AddWithValue("$by", decidedBy);
        command.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$reason", reason is null ? DBNull.Value : Core.Audit.AuditEntries.WellFormed(reason));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.OpenWaiting();
        return connection;
    }

    private static ApprovalRequest Read(SqliteDataReader reader, DateTimeOffset? now)
    {
        var status = reader.GetString(8) switch
        {
            "approved" => ApprovalStatus.Approved,
            "denied" => ApprovalStatus.Denied,
            "expired" => ApprovalStatus.Expired,
            "cancelled" => ApprovalStatus.Cancelled,
            _ => ApprovalStatus.Pending,
        };
        var expires = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7));
        if (status == ApprovalStatus.Pending && now is { } listedAt && expires <= listedAt)
        {
            status = ApprovalStatus.Expired;
        }

        return new ApprovalRequest(
            reader.GetString(0),
            Guid.TryParse(reader.GetString(1), out var actionId) ? actionId : Guid.Empty,
            reader.GetString(2),
            reader.GetString(3),
            reader.GetString(4),
            JsonSerializer.Deserialize(reader.GetString(5), StoreJsonContext.Default.ListString) ?? [],
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
            expires,
            status,
            reader.IsDBNull(9) ? null : reader.GetString(9),
            reader.IsDBNull(10) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(10)),
            reader.IsDBNull(11) ? null : reader.GetString(11));
    }
}
