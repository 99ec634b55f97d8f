using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Custos.Storage.Sqlite;

/// <summary>
/// Statements of the per-action paths (the token and halt lookups, the ledger's transaction), prepared once per
/// connection and stepped through SQLite's own API: no command, reader, parameter or statement-list objects per
/// action, and no re-compiling of <c>BEGIN</c> and <c>COMMIT</c>. Errors surface as <see cref="SqliteException"/>,
/// as they do through ADO.NET.
/// </summary>
internal static class RawStatements
{
    /// <summary>How long a step waits for a lock held by another connection: the connection string's DefaultTimeout.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Prepares <paramref name="sql"/> (one statement) to be kept for the connection's life.</summary>
    public static sqlite3_stmt Prepare(SqliteConnection connection, string sql)
    {
        var rc = raw.sqlite3_prepare_v3(connection.Handle, sql, raw.SQLITE_PREPARE_PERSISTENT, out var statement);
        if (rc != raw.SQLITE_OK)
        {
            statement?.Dispose();
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }

        return statement!;
    }

    /// <summary>
    /// Steps <paramref name="statement"/> once, waiting out another connection's lock (SQLITE_BUSY, SQLITE_LOCKED)
    /// for up to <see cref="BusyTimeout"/> as ADO.NET's commands do; returns SQLITE_ROW or SQLITE_DONE, else throws.
    /// </summary>
    public static int Step(sqlite3_stmt statement, sqlite3 db)
    {
        long started = 0;
        var pause = 1;
        while (true)
        {
            var rc = raw.sqlite3_step(statement);
            if (rc is raw.SQLITE_ROW or raw.SQLITE_DONE)
            {
                return rc;
            }

            if (started == 0)
            {
                started = Stopwatch.GetTimestamp();
            }

            if ((rc & 0xFF) is not (raw.SQLITE_BUSY or raw.SQLITE_LOCKED) || Stopwatch.GetElapsedTime(started) >= BusyTimeout)
            {
                try
                {
                    SqliteException.ThrowExceptionForRC(rc, db);
                }
                finally
                {
                    raw.sqlite3_reset(statement);
                }
            }

            raw.sqlite3_reset(statement);
            Thread.Sleep(pause);
            pause = Math.Min(pause * 2, 100);
        }
    }

    /// <summary>Runs a statement that returns no rows and resets it.</summary>
    public static void Execute(sqlite3_stmt statement, sqlite3 db)
    {
        try
        {
            Step(statement, db);
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>Checks the result of a bind call.</summary>
    public static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }
}
