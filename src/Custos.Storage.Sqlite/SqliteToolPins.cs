using Custos.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite;

/// <summary>Upstream MCP tools' pinned definitions (<c>mcp_tool_pins</c>).</summary>
public sealed partial class SqliteStore
{
    private const string PinColumns = "system, tool, approved_sha256, approved_definition, pending_sha256, pending_definition, first_seen, changed_at, approved_at, approved_by, poisoned_sha256, poisoned_findings, accepted_sha256";

    public async ValueTask<ToolPin?> FindPinAsync(string system, string tool, CancellationToken cancellationToken)
    {
        await using var connection = OpenConnection();
        return await FindPinAsync(connection, null, system, tool, cancellationToken);
    }

    public async Task<IReadOnlyList<ToolPin>> ListPinsAsync(string? system, CancellationToken cancellationToken)
    {
        await using var connection = OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {PinColumns} FROM mcp_tool_pins WHERE $system IS NULL OR system = $system ORDER BY system, tool";
        command.Parameters.AddWithValue("$system", (object?)system ?? DBNull.Value);
        var result = new List<ToolPin>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(ReadPin(reader));
        }

        return result;
    }

    public async Task<ToolPin> ObservePinAsync(string system, string tool, string sha256, string definition, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = OpenConnection(forWriting: true);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var pin = await FindPinAsync(connection, transaction, system, tool, cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$system", system);
        command.Parameters.AddWithValue("$tool", tool);
        command.Parameters.AddWithValue("$sha", sha256);
        command.Parameters.AddWithValue("$definition", definition);
        command.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
        if (pin is null)
        {
            command.CommandText = "INSERT INTO mcp_tool_pins (system, tool, approved_sha256, approved_definition, first_seen) VALUES ($system, $tool, $sha, $definition, $at)";
        }
        else if (pin.ApprovedSha256 == sha256)
        {
            if (pin.PendingSha256 is null)
            {
                return pin;
            }

            command.CommandText = "UPDATE mcp_tool_pins SET pending_sha256 = NULL, pending_definition = NULL, changed_at = $at WHERE system = $system AND tool = $tool";
        }
        else if (pin.PendingSha256 == sha256)
        {
            return pin;
        }
        else
        {
            command.CommandText = "UPDATE mcp_tool_pins SET pending_sha256 = $sha, pending_definition = $definition, changed_at = $at WHERE system = $system AND tool = $tool";
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
        var after = await FindPinAsync(connection, transaction, system, tool, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return after!;
    }

    public async Task<ToolPin?> ApprovePinAsync(string system, string tool, string approvedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = OpenConnection(forWriting: true);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE mcp_tool_pins SET approved_sha256 = pending_sha256, approved_definition = pending_definition,
                pending_sha256 = NULL, pending_definition = NULL, approved_at = $at, approved_by = $by
            WHERE system = $system AND tool = $tool AND pending_sha256 IS NOT NULL
            """;
        command.Parameters.AddWithValue("$system", system);
        command.Parameters.AddWithValue("$tool", tool);
        command.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$by", approvedBy);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 0 ? null : await FindPinAsync(connection, null, system, tool, cancellationToken);
    }

    public async Task<bool> MarkPoisonedAsync(string system, string tool, string sha256, string findings, CancellationToken cancellationToken)
    {
        await using var connection = OpenConnection(forWriting: true);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE mcp_tool_pins SET poisoned_sha256 = $sha, poisoned_findings = $findings
            WHERE system = $system AND tool = $tool AND poisoned_sha256 IS NOT $sha
            """;
        command.Parameters.AddWithValue("$system", system);
        command.Parameters.AddWithValue("$tool", tool);
        command.Parameters.AddWithValue("$sha", sha256);
        command.Parameters.AddWithValue("$findings", findings);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<ToolPin?> AcceptPoisonedAsync(string system, string tool, string sha256, string acceptedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = OpenConnection(forWriting: true);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE mcp_tool_pins SET accepted_sha256 = $sha, approved_at = $at, approved_by = $by
            WHERE system = $system AND tool = $tool AND approved_sha256 = $sha AND pending_sha256 IS NULL AND poisoned_sha256 = $sha
            """;
        command.Parameters.AddWithValue("$system", system);
        command.Parameters.AddWithValue("$tool", tool);
        command.Parameters.AddWithValue("$sha", sha256);
        command.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$by", acceptedBy);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 0 ? null : await FindPinAsync(connection, null, system, tool, cancellationToken);
    }

    private static async ValueTask<ToolPin?> FindPinAsync(SqliteConnection connection, SqliteTransaction? transaction, string system, string tool, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {PinColumns} FROM mcp_tool_pins WHERE system = $system AND tool = $tool";
        command.Parameters.AddWithValue("$system", system);
        command.Parameters.AddWithValue("$tool", tool);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadPin(reader) : null;
    }

    private static ToolPin ReadPin(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
        reader.IsDBNull(7) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
        reader.IsDBNull(8) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
        reader.IsDBNull(9) ? null : reader.GetString(9))
    {
        PoisonedSha256 = reader.IsDBNull(10) ? null : reader.GetString(10),
        PoisonedFindings = reader.IsDBNull(11) ? null : reader.GetString(11),
        AcceptedSha256 = reader.IsDBNull(12) ? null : reader.GetString(12),
    };
}
