using Custos.Ledger.Storage;
using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite;

/// <summary>
/// Reads the ledger tables of a <c>custos.db</c> file without opening the store: no migration, no sequencer, no
/// signing key. What <c>custos audit verify</c> and <c>export</c> use, so a damaged or tampered file can still be
/// examined (the store itself refuses to append to a ledger that does not match its last checkpoint).
/// </summary>
public static class SqliteLedgerReader
{
    /// <summary>Opens <paramref name="databasePath"/> read-only; throws <see cref="FileNotFoundException"/> when it does not exist.</summary>
    public static SqliteConnection OpenReadOnly(string databasePath)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        if (!File.Exists(databasePath))
        {
            throw new FileNotFoundException($"{databasePath} does not exist; run 'custos serve' or 'custos demo' first, or pass --data-dir", databasePath);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.OpenWaiting();
        return connection;
    }

    /// <summary>Every stored leaf from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), in index order.</summary>
    public static IEnumerable<LedgerRecord> ReadRecords(SqliteConnection connection, long from = 0, long to = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, leaf, entry, payload FROM ledger_entries WHERE seq >= $from AND seq < $to ORDER BY seq";
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new LedgerRecord(
                reader.GetInt64(0),
                (byte[])reader.GetValue(1),
                reader.IsDBNull(2) ? null : (byte[])reader.GetValue(2),
                reader.IsDBNull(3) ? null : (byte[])reader.GetValue(3));
        }
    }

    /// <summary>Every stored checkpoint, smallest tree first.</summary>
    public static IReadOnlyList<StoredCheckpoint> ReadCheckpoints(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT size, at, note FROM ledger_checkpoints ORDER BY size";
        using var reader = command.ExecuteReader();
        var result = new List<StoredCheckpoint>();
        while (reader.Read())
        {
            result.Add(new StoredCheckpoint(reader.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)), reader.GetString(2)));
        }

        return result;
    }

    /// <summary>The number of stored leaves.</summary>
    public static long Count(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM ledger_entries";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
