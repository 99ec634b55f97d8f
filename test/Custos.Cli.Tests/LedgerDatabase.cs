using System.Security.Cryptography;
using System.Text;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Ledger.Checkpoints;
using Custos.Ledger.Notes;
using Custos.Ledger.Tree;
using Custos.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Custos.Cli.Tests;

/// <summary>
/// A real custos.db written by the real store: actions recorded through <see cref="SqliteStore"/>, sequenced and
/// checkpointed every ten entries with the data directory's own signing key (<c>ledger.key</c>, <c>ledger.vkey</c>).
/// Tampering helpers then edit the file as someone with write access to it would.
/// </summary>
internal sealed class LedgerDatabase
{
    public const int Count = 30;
    public const int CheckpointEvery = 10;
    public static readonly int[] CheckpointSizes = [10, 20, Count];
    public static readonly string[] Agents = ["finance-agent", "research-agent", "support-agent"];
    public static readonly ActionOutcome[] Outcomes = [ActionOutcome.Success, ActionOutcome.Denied, ActionOutcome.Success, ActionOutcome.Failure, ActionOutcome.Success];

    private LedgerDatabase(string dataDirectory, DateTimeOffset start, string origin, IReadOnlyList<string> traceIds)
    {
        DataDirectory = dataDirectory;
        Start = start;
        Origin = origin;
        TraceIds = traceIds;
    }

    public string DataDirectory { get; }

    public string DatabasePath => Path.Combine(DataDirectory, SqliteStore.FileName);

    public string KeyPath => Path.Combine(DataDirectory, "ledger.vkey");

    /// <summary>When action 0 happened; action i two hours per step later, the last about half an hour ago.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The log's origin: the name of the signing key the store created.</summary>
    public string Origin { get; }

    /// <summary>The trace id (the action's id) of each entry.</summary>
    public IReadOnlyList<string> TraceIds { get; }

    /// <summary>A key other than the log's, under the log's name, for forged checkpoints.</summary>
    public NoteSigner Forger() => NoteSigner.Create(Origin, SHA256.HashData(Encoding.UTF8.GetBytes("someone else's key under the same name")));

    public static ActionRecord Record(int i, DateTimeOffset at)
    {
        var outcome = Outcomes[i % Outcomes.Length];
        return new ActionRecord(
            Guid.CreateVersion7(at), at, ActionChannel.AuthorizeApi, Agents[i % Agents.Length], "tok_0123456789ab",
            i % 4 == 0 ? "read" : "call", (i % 2 == 0 ? "github" : "erp") + ".tool" + i,
            outcome == ActionOutcome.Success ? Effect.Allow : Effect.Deny, outcome, outcome == ActionOutcome.Denied ? StageName.Authorize : null,
            ["grant:g" + (i % 3)], ["because " + i], new string('a', 64), 42);
    }

    /// <summary>Records <paramref name="count"/> actions through the store into <paramref name="dataDirectory"/>.</summary>
    public static async Task<LedgerDatabase> CreateAsync(string dataDirectory, int count = Count)
    {
        var now = DateTimeOffset.UtcNow;
        var start = now - TimeSpan.FromHours(2 * (count - 1)) - TimeSpan.FromMinutes(30);
        start = new DateTimeOffset(start.UtcTicks - (start.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        var traceIds = new List<string>();
        var settings = LedgerSettings.Default with { CheckpointEvery = CheckpointEvery, CheckpointInterval = TimeSpan.FromHours(1) };
        await using (var store = SqliteStore.Open(dataDirectory, settings))
        {
            for (var i = 0; i < count; i++)
            {
                var record = Record(i, start + TimeSpan.FromHours(2 * i));
                traceIds.Add(record.Id.ToString());
                await store.RecordAsync(record, TestContext.Current.CancellationToken);
            }
        }

        var key = NoteVerifierKey.Parse(File.ReadAllText(Path.Combine(dataDirectory, "ledger.vkey")).Trim());
        Assert.True(key.IsSuccess, key.Error);
        return new LedgerDatabase(dataDirectory, start, key.Value!.Name, traceIds);
    }

    public string Sign(NoteSigner signer, IReadOnlyList<byte[]> leaves, long size) =>
        new Checkpoint(Origin, size, MerkleTree.FromLeafHashes(leaves.Take((int)size)).Root()).Sign(signer);

    /// <summary>The root of the first <paramref name="size"/> stored leaves, as hex.</summary>
    public string RootHex(long size = Count) => Convert.ToHexStringLower(MerkleTree.FromLeafHashes(Leaves().Take((int)size)).Root());

    public List<byte[]> Leaves()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT leaf FROM ledger_entries ORDER BY seq";
        using var reader = command.ExecuteReader();
        var leaves = new List<byte[]>();
        while (reader.Read())
        {
            leaves.Add((byte[])reader.GetValue(0));
        }

        return leaves;
    }

    public List<long> CheckpointSizesStored()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT size FROM ledger_checkpoints ORDER BY size";
        using var reader = command.ExecuteReader();
        var sizes = new List<long>();
        while (reader.Read())
        {
            sizes.Add(reader.GetInt64(0));
        }

        return sizes;
    }

    public byte[]? Read(string column, long seq)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {column} FROM ledger_entries WHERE seq = $seq";
        command.Parameters.AddWithValue("$seq", seq);
        return command.ExecuteScalar() as byte[];
    }

    public void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }

    /// <summary>Flips one bit of one byte of an entry's, a payload's or a leaf's stored bytes.</summary>
    public void FlipByte(string column, long seq, int offset)
    {
        var bytes = Read(column, seq)!;
        bytes[offset] ^= 0x01;
        Execute($"UPDATE ledger_entries SET {column} = $bytes WHERE seq = $seq", ("$bytes", bytes), ("$seq", seq));
    }

    public void ReplaceCheckpoint(long size, string note) =>
        Execute("UPDATE ledger_checkpoints SET note = $note WHERE size = $size", ("$note", note), ("$size", size));

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
