using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Custos.Core.Audit;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Ledger.Sequencing;
using Custos.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Custos.Benchmarks;

/// <summary>
/// Durable appends to the audit ledger, side by side with plain SQLite inserts of the same rows, in one run. Each
/// row runs on a fresh temporary data directory, warms up, then measures for a fixed time:
/// <list type="bullet">
/// <item>Custos, the record path: N concurrent callers each looping <c>await store.RecordAsync(record)</c> through
/// <see cref="SqliteStore"/> (mapping, payload JSON, encoding, hashing, group commit, checkpoints).</item>
/// <item>Custos, the sequencer alone: the same through <see cref="LedgerSequencer.AppendAsync"/> with drafts built
/// beforehand, which separates the cost of mapping a record.</item>
/// <item>Plain SQLite: the same table (created by the store's migrations), the same column values (encoded entry,
/// leaf and payload computed beforehand), the same durability (WAL, <c>synchronous=FULL</c>), one writer with a
/// prepared INSERT: one row per transaction (what a naive logger does), and K rows per transaction for each
/// average batch size K that Custos reached.</item>
/// </list>
/// Latency is from the call to its completion; for plain SQLite it is the time of one transaction (the least a
/// row waits for its commit).
/// </summary>
internal static class LedgerLoadGenerator
{
    private const int PoolSize = 1 << 16;

    public static async Task RunAsync(int[] concurrencies, TimeSpan duration, TimeSpan warmup)
    {
        var records = Enumerable.Range(0, PoolSize).Select(i => Record(i, DateTimeOffset.UtcNow)).ToArray();
        var drafts = records.Select(r => AuditEntries.ToDraft(r, null)).ToArray();
        var rows = PlainRows(drafts);

        Console.WriteLine(Header());
        Console.WriteLine($"{duration.TotalSeconds:N0} s per row after {warmup.TotalSeconds:N0} s warm-up, a fresh data directory per row; WAL, synchronous=FULL throughout");
        Console.WriteLine($"payload {drafts[0].Payload.Length} B, encoded entry {rows[0].Entry.Length} B, 3 indexes besides the primary key");
        Console.WriteLine();
        Console.WriteLine($"| {"writer",-52} | {"callers",7} | {"appends/s",10} | {"p50 (ms)",9} | {"p99 (ms)",9} | {"avg batch",9} | {"CPU µs/append",13} |");
        Console.WriteLine($"| {new string('-', 52)} | {"------:",7} | {"---------:",10} | {"--------:",9} | {"--------:",9} | {"--------:",9} | {"------------:",13} |");

        var batchSizes = new SortedSet<int>();
        foreach (var concurrency in concurrencies)
        {
            var result = await RunCustosAsync(concurrency, duration, warmup, (store, worker, n) => store.RecordAsync(Record(n, DateTimeOffset.UtcNow), CancellationToken.None));
            Print("Custos SqliteStore.RecordAsync (full record path)", concurrency, result);
            batchSizes.Add((int)Math.Max(1, Math.Round(result.AverageBatch)));
        }

        foreach (var concurrency in concurrencies)
        {
            var result = await RunCustosAsync(concurrency, duration, warmup, async (store, worker, n) => await store.Ledger.AppendAsync(drafts[n % PoolSize], CancellationToken.None));
            Print("Custos LedgerSequencer.AppendAsync (prebuilt drafts)", concurrency, result);
            batchSizes.Add((int)Math.Max(1, Math.Round(result.AverageBatch)));
        }

        Print("plain SQLite, 1 row per transaction", 1, RunPlain(rows, 1, duration, warmup));
        foreach (var size in batchSizes.Where(k => k > 1))
        {
            Print($"plain SQLite, {size} rows per transaction", 1, RunPlain(rows, size, duration, warmup));
        }
    }

    /// <summary>An action as the pipeline records it: an allowed tool call with a credential, origin and context digest.</summary>
    internal static ActionRecord Record(long n, DateTimeOffset at) => new(
        Guid.CreateVersion7(at),
        at,
        ActionChannel.AuthorizeApi,
        (n % 4) switch { 0 => "finance-agent", 1 => "support-agent", 2 => "research-agent", _ => "ops-agent" },
        "tok_01JD8Q6W4X3M9V2B7K5N0P",
        "call",
        (n % 3) switch { 0 => "erp.create_invoice", 1 => "crm.lookup_customer", _ => "mail.send" },
        Effect.Allow,
        ActionOutcome.Success,
        null,
        ["grant:finance-invoices"],
        ["permitted by grant finance-invoices"],
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        412 + (n % 100),
        "10.0.0.7");

    private static string Header()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return string.Create(CultureInfo.InvariantCulture,
            $"ledger appends, {DateTime.UtcNow:yyyy-MM-dd}; {Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, SQLite {SqliteVersion()}");
    }

    private static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection.ServerVersion;
    }

    private static void Print(string writer, int callers, Result result) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {writer,-52} | {callers,7} | {result.PerSecond,10:N0} | {result.P50,9:N2} | {result.P99,9:N2} | {result.AverageBatch,9:N1} | {result.CpuMicroseconds,13:N1} |"));

    private static async Task<Result> RunCustosAsync(int concurrency, TimeSpan duration, TimeSpan warmup, Func<SqliteStore, int, int, ValueTask> append)
    {
        var directory = Directory.CreateTempSubdirectory("custos-ledger-bench-");
        try
        {
            var store = SqliteStore.Open(directory.FullName);
            await using (store)
            {
                await DriveAsync(concurrency, warmup, append, store);
                var batches = store.Ledger.Batches;
                var appended = store.Ledger.Appended;
                var cpu = Cpu();
                var (latencies, elapsed) = await DriveAsync(concurrency, duration, append, store);
                cpu = Cpu() - cpu;
                var average = (double)(store.Ledger.Appended - appended) / Math.Max(1, store.Ledger.Batches - batches);
                return Summarize(latencies, elapsed, average) with { CpuMicroseconds = cpu.TotalMicroseconds / Math.Max(1, latencies.Count) };
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    private static async Task<(List<long> Latencies, TimeSpan Elapsed)> DriveAsync(int concurrency, TimeSpan duration, Func<SqliteStore, int, int, ValueTask> append, SqliteStore store)
    {
        var perWorker = new List<long>[concurrency];
        var workers = new Task[concurrency];
        var next = 0;
        var stop = Stopwatch.StartNew();
        for (var w = 0; w < concurrency; w++)
        {
            var mine = perWorker[w] = new List<long>(4096);
            var worker = w;
            workers[w] = Task.Run(async () =>
            {
                while (stop.Elapsed < duration)
                {
                    var n = Interlocked.Increment(ref next);
                    var started = Stopwatch.GetTimestamp();
                    await append(store, worker, n);
                    mine.Add(Stopwatch.GetTimestamp() - started);
                }
            });
        }

        await Task.WhenAll(workers);
        var elapsed = stop.Elapsed;
        return (perWorker.SelectMany(l => l).ToList(), elapsed);
    }

    private sealed record Row(long At, string Agent, string Action, string Outcome, string System, string RecordId, string Category, byte[] Leaf, byte[] Entry, byte[] Payload);

    private static Row[] PlainRows(LedgerEntryDraft[] drafts)
    {
        var at = DateTimeOffset.UtcNow;
        return drafts.Select((draft, i) =>
        {
            var entry = draft.ToEntry(i, at);
            var encoded = entry.Encode();
            return new Row(
                draft.OccurredAt.ToUnixTimeMilliseconds(), entry.Agent, entry.Action, entry.Outcome, AuditEntries.SystemOf(entry.Resources),
                entry.TraceId, draft.Category, Custos.Ledger.Tree.MerkleHash.HashLeaf(encoded), encoded, draft.Payload);
        }).ToArray();
    }

    private static Result RunPlain(Row[] rows, int perTransaction, TimeSpan duration, TimeSpan warmup)
    {
        var directory = Directory.CreateTempSubdirectory("custos-sqlite-bench-");
        try
        {
            // The store's migrations create the very same ledger_entries table (columns, checks, indexes).
            SqliteStore.Open(directory.FullName).DisposeAsync().AsTask().GetAwaiter().GetResult();
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(directory.FullName, SqliteStore.FileName),
                Mode = SqliteOpenMode.ReadWrite,
                Pooling = false,
            }.ToString());
            connection.Open();
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";
                pragma.ExecuteNonQuery();
            }

            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO ledger_entries (seq, at, agent, action, outcome, system, record_id, category, leaf, entry, payload)
                VALUES ($seq, $at, $agent, $action, $outcome, $system, $record, $category, $leaf, $entry, $payload)
                """;
            var p = new[]
            {
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
            };
            insert.Prepare();
            long seq = 0;
            void Insert()
            {
                var row = rows[seq % rows.Length];
                p[0].Value = seq++;
                p[1].Value = row.At;
                p[2].Value = row.Agent;
                p[3].Value = row.Action;
                p[4].Value = row.Outcome;
                p[5].Value = row.System;
                p[6].Value = row.RecordId;
                p[7].Value = row.Category;
                p[8].Value = row.Leaf;
                p[9].Value = row.Entry;
                p[10].Value = row.Payload;
                insert.ExecuteNonQuery();
            }

            (List<long>, TimeSpan) Drive(TimeSpan time)
            {
                var latencies = new List<long>(1 << 16);
                var stop = Stopwatch.StartNew();
                while (stop.Elapsed < time)
                {
                    var started = Stopwatch.GetTimestamp();
                    if (perTransaction == 1)
                    {
                        Insert();
                    }
                    else
                    {
                        using var transaction = connection.BeginTransaction(deferred: false);
                        insert.Transaction = transaction;
                        for (var i = 0; i < perTransaction; i++)
                        {
                            Insert();
                        }

                        transaction.Commit();
                        insert.Transaction = null;
                    }

                    latencies.Add(Stopwatch.GetTimestamp() - started);
                }

                return (latencies, stop.Elapsed);
            }

            Drive(warmup);
            var cpu = Cpu();
            var (latencies, elapsed) = Drive(duration);
            cpu = Cpu() - cpu;
            var result = Summarize(latencies, elapsed, perTransaction);
            var appended = latencies.Count * (double)perTransaction;
            return result with { PerSecond = appended / elapsed.TotalSeconds, CpuMicroseconds = cpu.TotalMicroseconds / Math.Max(1, appended) };
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    private static Result Summarize(List<long> latencies, TimeSpan elapsed, double averageBatch)
    {
        latencies.Sort();
        return new Result(latencies.Count / elapsed.TotalSeconds, Milliseconds(Percentile(latencies, 50)), Milliseconds(Percentile(latencies, 99)), averageBatch);
    }

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private static long Percentile(List<long> sorted, int percentile) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];

    /// <param name="CpuMicroseconds">The process's CPU time (all threads, user and kernel) per append: less sensitive than throughput to other work on a shared machine.</param>
    private sealed record Result(double PerSecond, double P50, double P99, double AverageBatch, double CpuMicroseconds = 0);

    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;
}
