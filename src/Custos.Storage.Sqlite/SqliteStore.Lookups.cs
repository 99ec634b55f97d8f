using System.Collections.Concurrent;
using Custos.Core.Agents;
using Custos.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite;

public sealed partial class SqliteStore
{
    // How many idle lookup connections are kept; more are opened under load and closed after use.
    private const int IdleLookups = 8;

    private readonly ConcurrentBag<Lookups> lookups = [];

    public ValueTask<TokenRecord?> FindByHashAsync(byte[] hash, CancellationToken cancellationToken) =>
        LookUp(lookup =>
        {
            lookup.TokenHash.Value = hash;
            return lookup.TokenByHash;
        }, ReadToken, cancellationToken);

    public ValueTask<AgentState?> GetAsync(string agent, CancellationToken cancellationToken) =>
        LookUp(lookup =>
        {
            lookup.StateAgent.Value = agent;
            return lookup.StateByAgent;
        }, ReadState, cancellationToken);

    /// <summary>Runs one prepared lookup (bound by <paramref name="bind"/>) and reads its first row, if any.</summary>
    private ValueTask<T?> LookUp<T>(Func<Lookups, SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        cancellationToken.ThrowIfCancellationRequested();
        var lookup = RentLookups();
        try
        {
            T? found;
            using (var reader = bind(lookup).ExecuteReader())
            {
                found = reader.Read() ? read(reader) : null;
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
    /// The two reads every action makes (its token, its agent's state), prepared once on a connection kept open:
    /// each read is still a fresh autocommit read of the file, so a revocation or a halt by another process counts
    /// on the next action, without opening a connection and compiling the statement every time.
    /// </summary>
    private sealed class Lookups : IDisposable
    {
        public Lookups(SqliteConnection connection)
        {
            Connection = connection;
            TokenByHash = connection.CreateCommand();
            TokenByHash.CommandText = "SELECT id, kind, subject, created_at, expires_at, revoked_at FROM tokens WHERE hash = $hash";
            TokenHash = TokenByHash.Parameters.Add("$hash", SqliteType.Blob);
            StateByAgent = connection.CreateCommand();
            StateByAgent.CommandText = "SELECT agent, status, reason, changed_at, changed_by FROM agent_states WHERE agent = $agent";
            StateAgent = StateByAgent.Parameters.Add("$agent", SqliteType.Text);
        }

        public SqliteConnection Connection { get; }

        public SqliteCommand TokenByHash { get; }

        public SqliteParameter TokenHash { get; }

        public SqliteCommand StateByAgent { get; }

        public SqliteParameter StateAgent { get; }

        public void Dispose()
        {
            TokenByHash.Dispose();
            StateByAgent.Dispose();
            Connection.Dispose();
        }
    }
}
