using System.Globalization;
using Custos.Core.Observation;

namespace Custos.Storage.Sqlite;

/// <summary>The anomaly rules' counted windows (<c>anomaly_windows</c>).</summary>
public sealed partial class SqliteStore : IAnomalyWindows
{
    public async Task<IReadOnlyList<AnomalyWindow>> LoadAsync(long windowTicks, long fromWindow, CancellationToken cancellationToken)
    {
        await using var connection = OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT agent, window, calls, spend, fired_calls, fired_spend FROM anomaly_windows WHERE window_ticks = $ticks AND window >= $from ORDER BY agent, window";
        command.Parameters.AddWithValue("$ticks", windowTicks);
        command.Parameters.AddWithValue("$from", fromWindow);
        var result = new List<AnomalyWindow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new AnomalyWindow(
                reader.GetString(0),
                reader.GetInt64(1),
                reader.GetInt32(2),
                decimal.Parse(reader.GetString(3), NumberStyles.Number, CultureInfo.InvariantCulture),
                reader.GetInt64(4) != 0,
                reader.GetInt64(5) != 0));
        }

        return result;
    }

    public async Task SaveAsync(long windowTicks, IReadOnlyCollection<AnomalyWindow> windows, long keepFrom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(windows);
        await using var connection = OpenConnection(forWriting: true);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO anomaly_windows (agent, window_ticks, window, calls, spend, fired_calls, fired_spend)
                VALUES ($agent, $ticks, $window, $calls, $spend, $firedCalls, $firedSpend)
                ON CONFLICT (agent, window_ticks, window) DO UPDATE SET calls = excluded.calls, spend = excluded.spend,
                    fired_calls = excluded.fired_calls, fired_spend = excluded.fired_spend
                """;
            var agent = command.Parameters.Add("$agent", Microsoft.Data.Sqlite.SqliteType.Text);
            command.Parameters.AddWithValue("$ticks", windowTicks);
            var window = command.Parameters.Add("$window", Microsoft.Data.Sqlite.SqliteType.Integer);
            var calls = command.Parameters.Add("$calls", Microsoft.Data.Sqlite.SqliteType.Integer);
            var spend = command.Parameters.Add("$spend", Microsoft.Data.Sqlite.SqliteType.Text);
            var firedCalls = command.Parameters.Add("$firedCalls", Microsoft.Data.Sqlite.SqliteType.Integer);
            var firedSpend = command.Parameters.Add("$firedSpend", Microsoft.Data.Sqlite.SqliteType.Integer);
            foreach (var w in windows)
            {
                agent.Value = w.Agent;
                window.Value = w.Window;
                calls.Value = w.Calls;
                spend.Value = w.Spend.ToString(CultureInfo.InvariantCulture);
                firedCalls.Value = w.FiredCalls ? 1 : 0;
                firedSpend.Value = w.FiredSpend ? 1 : 0;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var prune = connection.CreateCommand())
        {
            prune.Transaction = transaction;
            prune.CommandText = "DELETE FROM anomaly_windows WHERE (window_ticks = $ticks AND window < $keep) OR window_ticks <> $ticks";
            prune.Parameters.AddWithValue("$ticks", windowTicks);
            prune.Parameters.AddWithValue("$keep", keepFrom);
            await prune.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
