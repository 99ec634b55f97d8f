using System.Collections.Concurrent;
using Custos.Core.Agents;
using Custos.Core.Storage;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Custos.Storage.Sqlite;

public sealed partial class SqliteStore
{
    // How many idle lookup connections are kept; more are opened under load and closed after use.
    private const int IdleLookups = 8;

    private readonly ConcurrentBag<Lookups> lookups = [];

    public ValueTask<TokenRecord?> FindByHashAsync(byte[] hash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hash);
        return LookUp(static (lookup, hash) =>
        {
            RawStatements.Check(raw.sqlite3_bind_blob(lookup.TokenByHash, 1, hash), lookup.Db);
            return lookup.TokenByHash;
        }, hash, ReadToken, cancellationToken);
    }

    public ValueTask<AgentState?> GetAsync(string agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return LookUp(static (lookup, agent) =>
        {
            RawStatements.Check(raw.sqlite3_bind_text16(lookup.StateByAgent, 1, agent), lookup.Db);
            return lookup.StateByAgent;
        }, agent, ReadState, cancellationToken);
    }

    /// <summary>Runs one prepared lookup (bound by <paramref name="bind"/>) and reads its first row, if any.</summary>
    private ValueTask<T?> LookUp<T, TKey>(Func<Lookups, TKey, sqlite3_stmt> bind, TKey key, Func<sqlite3_stmt, T> read, CancellationToken cancellationToken)
        where T : class
    {
        cancellationToken.ThrowIfCancellationRequested();
        var lookup = RentLookups();
        try
        {
            T? found;
            var statement = bind(lookup, key);
            try
            {
                // The reset ends the read transaction: the next lookup reads the file afresh.
                found = RawStatements.Step(statement, lookup.Db) == raw.SQLITE_ROW ? read(statement) : null;
            }
            finally
            {
                raw.sqlite3_reset(statement);
                raw.sqlite3_clear_bindings(statement);
            }

            ReturnLookups(lookup);
            return ValueTask.FromResult(found);
        }
        catch
        {
            lookup.Dispose();
            throw;
        }
    }

    private static TokenRecord ReadToken(sqlite3_stmt row) => new(
        Text(row, 0),
        raw.sqlite3_column_blob(row, 1).SequenceEqual("agent"u8) ? TokenKind.Agent : TokenKind.Admin,
        Text(row, 2),
        DateTimeOffset.FromUnixTimeMilliseconds(raw.sqlite3_column_int64(row, 3)),
        DateTimeOffset.FromUnixTimeMilliseconds(raw.sqlite3_column_int64(row, 4)),
        raw.sqlite3_column_type(row, 5) == raw.SQLITE_NULL ? null : DateTimeOffset.FromUnixTimeMilliseconds(raw.sqlite3_column_int64(row, 5)));

    private static AgentState ReadState(sqlite3_stmt row)
    {
        var status = raw.sqlite3_column_blob(row, 1);
        return new(
            Text(row, 0),
            status.SequenceEqual("halted"u8) ? AgentStatus.Halted : status.SequenceEqual("quarantined"u8) ? AgentStatus.Quarantined : AgentStatus.Active,
            raw.sqlite3_column_type(row, 2) == raw.SQLITE_NULL ? null : Text(row, 2),
            DateTimeOffset.FromUnixTimeMilliseconds(raw.sqlite3_column_int64(row, 3)),
            Text(row, 4));
    }

    /// <summary>A text column (the file is UTF-8) as a string.</summary>
    private static string Text(sqlite3_stmt row, int column) => Encoding.UTF8.GetString(raw.sqlite3_column_blob(row, column));

    private Lookups RentLookups() => lookups.TryTake(out var lookup) ? lookup : new Lookups(OpenConnection());

    private void ReturnLookups(Lookups lookup)
    {
        if (closed || lookups.Count >= IdleLookups)
        {
            lookup.Dispose();
            return;
        }

        lookups.Add(lookup);
        if (closed)
        {
            DisposeLookups(); // the store closed while this one was out
        }
    }

    private void DisposeLookups()
    {
        while (lookups.TryTake(out var lookup))
        {
            lookup.Dispose();
        }
    }

    /// <summary>
    /// The two reads every action makes (its token, its agent's state), prepared once on a connection kept open and
    /// stepped through SQLite's API (<see cref="RawStatements"/>): each read is still a fresh autocommit read of the
    /// file, so a revocation or a halt by another process counts on the next action, without opening a connection,
    /// compiling the statement or building a command and reader every time.
    /// </summary>
    private sealed class Lookups : IDisposable
    {
        public Lookups(SqliteConnection connection)
        {
            Connection = connection;
            Db = connection.Handle!;
            try
            {
                TokenByHash = RawStatements.Prepare(connection, "SELECT id, kind, subject, created_at, expires_at, revoked_at FROM tokens WHERE hash = ?1");
                StateByAgent = RawStatements.Prepare(connection, "SELECT agent, status, reason, changed_at, changed_by FROM agent_states WHERE agent = ?1");
            }
            catch
            {
                Dispose();
                throw;
            }
        }

        public SqliteConnection Connection { get; }

        public sqlite3 Db { get; }

        public sqlite3_stmt TokenByHash { get; } = null!;

        public sqlite3_stmt StateByAgent { get; } = null!;

        public void Dispose()
        {
            TokenByHash?.Dispose();
            StateByAgent?.Dispose();
            Connection.Dispose();
        }
    }
}
