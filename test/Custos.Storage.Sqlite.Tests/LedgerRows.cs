using System.Text;
using Custos.Ledger.Entries;
using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite.Tests;

/// <summary>
/// Ledger rows written straight into <c>ledger_entries</c> in the shape of the ledger migration (docs/ledger.md),
/// for tests that must not depend on the sequencer: real canonical entries, their leaf hashes and payloads.
/// </summary>
internal static class LedgerRows
{
    public const string CreateTable = """
        CREATE TABLE IF NOT EXISTS ledger_entries (
            seq         INTEGER NOT NULL PRIMARY KEY,
            at          INTEGER NOT NULL,
            agent       TEXT    NOT NULL,
            action      TEXT    NOT NULL,
            outcome     TEXT    NOT NULL,
            system      TEXT    NOT NULL,
            record_id   TEXT    NOT NULL,
            category    TEXT    NOT NULL,
            leaf        BLOB    NOT NULL,
            entry       BLOB,
            payload     BLOB
        );
        """;

    public static void Insert(string databasePath, IEnumerable<(DateTimeOffset At, string Category)> rows)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = CreateTable;
        create.ExecuteNonQuery();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM ledger_entries";
        var seq = (long)count.ExecuteScalar()!;
        using var transaction = connection.BeginTransaction();
        foreach (var (at, category) in rows)
        {
            var recordId = Guid.CreateVersion7(at).ToString();
            var payload = Encoding.UTF8.GetBytes($$"""{"v":1,"id":"{{recordId}}","detail":"row {{seq}}"}""");
            var entry = new LedgerEntry(seq, at, "dev-agent", "read", ["crm"], DecisionEffect.Allow, [], "Success", [], new LedgerCost(0, 0, "0"), recordId,
                category == "personal_data" ? ["ds_aaaaaaaaaaaaaaaaaaaaaaaaaa"] : [], LedgerEntry.DigestPayload(payload));
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO ledger_entries (seq, at, agent, action, outcome, system, record_id, category, leaf, entry, payload)
                VALUES ($seq, $at, 'dev-agent', 'read', 'Success', 'crm', $id, $category, $leaf, $entry, $payload)
                """;
            insert.Parameters.AddWithValue("$seq", seq);
            insert.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("$id", recordId);
            insert.Parameters.AddWithValue("$category", category);
            insert.Parameters.AddWithValue("$leaf", entry.LeafHash());
            insert.Parameters.AddWithValue("$entry", entry.Encode());
            insert.Parameters.AddWithValue("$payload", payload);
            insert.ExecuteNonQuery();
            seq++;
        }

        transaction.Commit();
    }
}
