using System.Security.Cryptography;
using System.Text;
using Custos.Ledger.Checkpoints;
using Custos.Ledger.Entries;
using Custos.Ledger.Notes;
using Custos.Ledger.Tree;
using Microsoft.Data.Sqlite;

namespace Custos.Cli.Tests;

/// <summary>
/// A real custos.db holding a ledger, written the way the store lays it out (docs/ledger.md): entries with their
/// index columns, leaf hashes and payloads, and checkpoints signed with a test key whose verifier key is in
/// <c>ledger.vkey</c>. Tampering helpers edit the file as an attacker with write access to it would.
/// </summary>
internal sealed class LedgerDatabase
{
    public const string Origin = "custos.test/ledger";
    public const int Count = 30;
    public static readonly int[] CheckpointSizes = [10, 20, Count];
    public static readonly string[] Agents = ["finance-agent", "research-agent", "support-agent"];
    public static readonly string[] Outcomes = ["Success", "Denied", "Success", "Failure", "Success"];

    private const string Schema = """
        CREATE TABLE ledger_entries (
            seq         INTEGER NOT NULL PRIMARY KEY,
            at          INTEGER NOT NULL,
            agent       TEXT    NOT NULL,
            action      TEXT    NOT NULL,
            outcome     TEXT    NOT NULL,
            system      TEXT,
            record_id   TEXT,
            category    TEXT,
            leaf        BLOB    NOT NULL,
            entry       BLOB,
            payload     BLOB
        ) STRICT;
        CREATE INDEX ledger_entries_by_agent ON ledger_entries (agent, at);
        CREATE INDEX ledger_entries_by_time ON ledger_entries (at);
        CREATE TABLE ledger_checkpoints (
            size        INTEGER NOT NULL PRIMARY KEY,
            at          INTEGER NOT NULL,
            note        TEXT    NOT NULL
        ) STRICT;
        """;

    private LedgerDatabase(string dataDirectory, DateTimeOffset start)
    {
        DataDirectory = dataDirectory;
        Start = start;
    }

    public string DataDirectory { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "custos.db");

    public string KeyPath => Path.Combine(DataDirectory, "ledger.vkey");

    /// <summary>When entry 0 was recorded; entry i is two hours later per step, the last about half an hour ago.</summary>
    public DateTimeOffset Start { get; }

    public static NoteSigner Signer() => KeyFromPhrase("custos cli ledger test key, not a secret");

    public static NoteSigner Forger() => KeyFromPhrase("someone else's key under the same name");

    public static LedgerEntry Entry(long sequence, DateTimeOffset at) => new(
        sequence,
        at,
        Agents[sequence % Agents.Length],
        sequence % 4 == 0 ? "read" : "call",
        [sequence % 2 == 0 ? "github" : "erp", "tool:t" + sequence],
        sequence % 5 == 1 ? DecisionEffect.Deny : DecisionEffect.Allow,
        ["grant:g" + (sequence % 3)],
        Outcomes[sequence % Outcomes.Length],
        ["because " + sequence],
        new LedgerCost(sequence * 10, sequence, "0.001"),
        $"trace-{sequence:d4}",
        [],
        LedgerEntry.DigestPayload(Payload(sequence)));

    public static byte[] Payload(long sequence) => Encoding.UTF8.GetBytes($$"""{"v":1,"id":"action-{{sequence}}","channel":"Authorize"}""");

    /// <summary>Creates <c>custos.db</c> and <c>ledger.vkey</c> in <paramref name="dataDirectory"/>.</summary>
    public static LedgerDatabase Create(string dataDirectory, int count = Count, int[]? checkpointSizes = null)
    {
        Directory.CreateDirectory(dataDirectory);
        var now = DateTimeOffset.UtcNow;
        var start = now - TimeSpan.FromHours(2 * (count - 1)) - TimeSpan.FromMinutes(30);
        start = new DateTimeOffset(start.UtcTicks - (start.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        var database = new LedgerDatabase(dataDirectory, start);
        using var signer = Signer();
        File.WriteAllText(database.KeyPath, signer.Verifier + "\n");
        using var connection = database.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = Schema;
            create.ExecuteNonQuery();
        }

        var leaves = new List<byte[]>();
        using var transaction = connection.BeginTransaction();
        for (var i = 0; i < count; i++)
        {
            var entry = Entry(i, start + TimeSpan.FromHours(2 * i));
            var encoded = entry.Encode();
            leaves.Add(MerkleHash.HashLeaf(encoded));
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO ledger_entries (seq, at, agent, action, outcome, system, record_id, category, leaf, entry, payload)
                VALUES ($seq, $at, $agent, $action, $outcome, $system, $record, 'action', $leaf, $entry, $payload)
                """;
            insert.Parameters.AddWithValue("$seq", i);
            insert.Parameters.AddWithValue("$at", entry.Timestamp.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("$agent", entry.Agent);
            insert.Parameters.AddWithValue("$action", entry.Action);
            insert.Parameters.AddWithValue("$outcome", entry.Outcome);
            insert.Parameters.AddWithValue("$system", entry.Resources[0]);
            insert.Parameters.AddWithValue("$record", $"action-{i}");
            insert.Parameters.AddWithValue("$leaf", leaves[^1]);
            insert.Parameters.AddWithValue("$entry", encoded);
            insert.Parameters.AddWithValue("$payload", Payload(i));
            insert.ExecuteNonQuery();
        }

        foreach (var size in checkpointSizes ?? CheckpointSizes)
        {
            database.PutCheckpoint(transaction, size, Sign(signer, leaves, size));
        }

        transaction.Commit();
        return database;
    }

    public static string Sign(NoteSigner signer, IReadOnlyList<byte[]> leaves, long size) =>
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

    /// <summary>Flips one bit of one byte of an entry's or a payload's stored bytes.</summary>
    public void FlipByte(string column, long seq, int offset)
    {
        var bytes = Read(column, seq)!;
        bytes[offset] ^= 0x01;
        Execute($"UPDATE ledger_entries SET {column} = $bytes WHERE seq = $seq", ("$bytes", bytes), ("$seq", seq));
    }

    public void ReplaceCheckpoint(long size, string note) =>
        Execute("UPDATE ledger_checkpoints SET note = $note WHERE size = $size", ("$note", note), ("$size", size));

    private void PutCheckpoint(SqliteTransaction transaction, long size, string note)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO ledger_checkpoints (size, at, note) VALUES ($size, $at, $note)";
        command.Parameters.AddWithValue("$size", size);
        command.Parameters.AddWithValue("$at", (Start + TimeSpan.FromHours(2 * size)).ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$note", note);
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static NoteSigner KeyFromPhrase(string phrase) => NoteSigner.Create(Origin, SHA256.HashData(Encoding.UTF8.GetBytes(phrase)));
}
