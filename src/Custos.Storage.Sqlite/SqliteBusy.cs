using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite;

/// <summary>
/// Lets SQLite itself wait for a busy database, in steps of a few milliseconds, for up to ten seconds. Without it
/// Microsoft.Data.Sqlite retries a busy command by sleeping 150 ms at a time, so a writer that met another writer
/// (the ledger's batch meeting a flush of secret use counts) stalled an action for 150 ms.
/// </summary>
internal static class SqliteBusy
{
    public const string Pragma = "PRAGMA busy_timeout = 10000;";

    /// <summary>Opens <paramref name="connection"/> and sets the busy timeout on it.</summary>
    public static SqliteConnection OpenWaiting(this SqliteConnection connection)
    {
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
        return connection;
    }
}
