using BenchmarkDotNet.Attributes;
using Custos.Core.Audit;
using Custos.Core.Storage;
using Custos.Ledger.Sequencing;
using Custos.Ledger.Tree;
using Custos.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Custos.Benchmarks;

/// <summary>
/// A batch of 1,000 durable appends (WAL, <c>synchronous=FULL</c>): 1,000 concurrent <see cref="LedgerSequencer.AppendAsync"/>
/// calls with drafts built beforehand, the same through <see cref="SqliteStore.RecordAsync"/> (mapping and payload
/// JSON included), and 1,000 plain SQLite inserts of the same rows (entry, leaf and payload computed beforehand) in
/// one transaction, the baseline. Each store is a fresh file that grows over the run. Times are per append.
/// </summary>
[MemoryDiagnoser]
public class LedgerAppendBenchmarks
{
    private const int BatchSize = 1000;

    private DirectoryInfo custosDirectory = null!;
    private DirectoryInfo sqliteDirectory = null!;
    private SqliteStore store = null!;
    private ActionRecord[] records = null!;
    private LedgerEntryDraft[] drafts = null!;
    private byte[][] encoded = null!;
    private byte[][] leaves = null!;
    private SqliteConnection connection = null!;
    private SqliteCommand insert = null!;
    private SqliteParameter[] parameters = null!;
    private readonly Task[] pending = new Task[BatchSize];
    private readonly ValueTask<long>[] appends = new ValueTask<long>[BatchSize];
    private long plainSequence;

    [GlobalSetup]
    public void Setup()
    {
        var at = DateTimeOffset.UtcNow;
        records = Enumerable.Range(0, BatchSize).Select(i => LedgerLoadGenerator.Record(i, at)).ToArray();
        drafts = records.Select(r => AuditEntries.ToDraft(r, null)).ToArray();
        encoded = drafts.Select((d, i) => d.ToEntry(i, at).Encode()).ToArray();
        leaves = encoded.Select(e => MerkleHash.HashLeaf(e)).ToArray();

        custosDirectory = Directory.CreateTempSubdirectory("custos-ledger-bdn-");
        store = SqliteStore.Open(custosDirectory.FullName);

        sqliteDirectory = Directory.CreateTempSubdirectory("custos-sqlite-bdn-");
        SqliteStore.Open(sqliteDirectory.FullName).DisposeAsync().AsTask().GetAwaiter().GetResult();
        connection = new SqliteConnection($"Data Source={Path.Combine(sqliteDirectory.FullName, SqliteStore.FileName)};Pooling=False");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";
            pragma.ExecuteNonQuery();
        }

        insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO ledger_entries (seq, at, agent, action, outcome, system, record_id, category, leaf, entry, payload)
            VALUES ($seq, $at, $agent, $action, $outcome, $system, $record, $category, $leaf, $entry, $payload)
            """;
        parameters =
        [
            insert.Parameters.Add("$seq", SqliteType.Integer),
            insert.Parameters.Add("$at", SqliteType.Integer),
            insert.Parameters.Add("$agent", SqliteType.Text),
            insert.Parameters.Add("$action", SqliteType.Text),
            insert.Parameters.Add("$outcome", SqliteType.Text),
            insert.Parameters.Add("$system", SqliteType.Text),
            insert.Parameters.Add("$record", SqliteType.Text),
            insert.Parameters.Add("$category", SqliteType.Text),
            insert.Parameters.Add("$leaf", SqliteType.Blob),
            insert.Parameters.Add("$entry", SqliteType.Blob),
            insert.Parameters.Add("$payload", SqliteType.Blob),
        ];
        insert.Prepare();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        insert.Dispose();
        connection.Dispose();
        SqliteConnection.ClearAllPools();
        custosDirectory.Delete(recursive: true);
        sqliteDirectory.Delete(recursive: true);
    }

    [Benchmark(Baseline = true, Description = "plain SQLite: 1,000 prepared INSERTs in one transaction (per row)", OperationsPerInvoke = BatchSize)]
    public void PlainSqlite()
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        insert.Transaction = transaction;
        for (var i = 0; i < BatchSize; i++)
        {
            var draft = drafts[i];
            parameters[0].Value = plainSequence++;
            parameters[1].Value = draft.OccurredAt.ToUnixTimeMilliseconds();
            parameters[2].Value = draft.Agent;
            parameters[3].Value = draft.Action;
            parameters[4].Value = draft.Outcome;
            parameters[5].Value = AuditEntries.SystemOf(draft.Resources);
            parameters[6].Value = draft.TraceId;
            parameters[7].Value = draft.Category;
            parameters[8].Value = leaves[i];
            parameters[9].Value = encoded[i];
            parameters[10].Value = draft.Payload;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    [Benchmark(Description = "Custos: 1,000 concurrent LedgerSequencer.AppendAsync (per append)", OperationsPerInvoke = BatchSize)]
    public async Task Sequencer()
    {
        var ledger = store.Ledger;
        for (var i = 0; i < BatchSize; i++)
        {
#pragma warning disable CA2012 // each is awaited exactly once, below
            appends[i] = ledger.AppendAsync(drafts[i], CancellationToken.None);
#pragma warning restore CA2012
        }

        for (var i = 0; i < BatchSize; i++)
        {
            await appends[i];
        }
    }

    [Benchmark(Description = "Custos: 1,000 concurrent SqliteStore.RecordAsync (per append)", OperationsPerInvoke = BatchSize)]
    public async Task RecordPath()
    {
        for (var i = 0; i < BatchSize; i++)
        {
            pending[i] = store.RecordAsync(records[i], CancellationToken.None).AsTask();
        }

        await Task.WhenAll(pending);
    }
}
