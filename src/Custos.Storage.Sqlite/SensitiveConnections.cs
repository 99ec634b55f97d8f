using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite;

/// <summary>
/// Connections to <c>custos.db</c> for the stores that hold sealed values (secrets, data subjects' keys, redaction
/// tokens): every connection zeroes the bytes a write frees (<c>secure_delete</c>: a split page, a destroyed value,
/// an erased key leaves no stale copy in free pages), and a writing one syncs each commit (<c>synchronous=FULL</c>).
/// </summary>
internal sealed class SensitiveConnections(string databasePath)
{
    private readonly string connectionString = ConnectionString(databasePath);

    private static string ConnectionString(string databasePath) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(databasePath),
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = true,
        DefaultTimeout = 10,
    }.ToString();

    /// <summary>Closes the idle pooled connections to <paramref name="databasePath"/> of this kind (the store does, when it closes).</summary>
    public static void ClearPool(string databasePath)
    {
        using var connection = new SqliteConnection(ConnectionString(databasePath));
        SqliteConnection.ClearPool(connection);
    }

    public SqliteConnection Open(bool forWriting = false)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.OpenWaiting();
            using var command = connection.CreateCommand();
            command.CommandText = forWriting ? "PRAGMA secure_delete = ON; PRAGMA synchronous = FULL;" : "PRAGMA secure_delete = ON;";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
