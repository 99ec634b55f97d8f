using System.Text;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Ledger.Entries;
using Custos.Ledger.Tree;
using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite.Tests;

public sealed class SqliteRetentionTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2030, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, TimeSpan> Retention = new(StringComparer.Ordinal)
    {
        ["audit"] = TimeSpan.FromDays(7 * 365),
        ["payloads"] = TimeSpan.FromDays(2 * 365),
        ["personal_data"] = TimeSpan.FromDays(365),
        ["costs"] = TimeSpan.FromDays(7 * 365),
    };

    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    // Oldest first, as the sequencer writes them: 8 years, 3 years, 18 months, 6 months old, in both categories.
    private static IEnumerable<(DateTimeOffset, string)> Rows() =>
        from age in new[] { 8 * 365, 3 * 365, 548, 180 }
        from category in new[] { "payloads", "personal_data" }
        select (Now.AddDays(-age), category);

    [Fact]
    public async Task Pruning_drops_payloads_and_entries_past_their_retention_and_keeps_every_leaf()
    {
        await using var store = SqliteStore.Open(directory.Path);
        LedgerRows.Insert(store.Path, Rows());
        var rootBefore = Root(store.Path);

        var result = await SqliteRetention.PruneAsync(store, Retention, Now, "cli:test", ActionChannel.Cli, dryRun: false, TestContext.Current.CancellationToken);

        // 8 years: both entries gone (with their payloads). 3 years: both payloads gone. 18 months: personal data only.
        Assert.Equal(new RetentionPrune(Payloads: 1, PersonalData: 2, Entries: 2, DryRun: false), result);
        var rows = Read(store.Path);
        Assert.Equal(8, rows.Count);
        Assert.Equal([false, false, true, true, true, true, true, true], rows.Select(r => r.Entry is not null));
        Assert.Equal([false, false, false, false, true, false, true, true], rows.Select(r => r.Payload is not null));
        Assert.Equal(rootBefore, Root(store.Path));
        foreach (var (leaf, entry, payload) in rows)
        {
            if (entry is not null)
            {
                Assert.Equal(leaf, MerkleHash.HashLeaf(entry));
                if (payload is not null)
                {
                    Assert.True(LedgerEntry.Decode(entry).Value!.Matches(payload));
                }
            }
        }
    }

    [Fact]
    public async Task Pruning_is_recorded_as_an_event()
    {
        await using var store = SqliteStore.Open(directory.Path);
        LedgerRows.Insert(store.Path, Rows());
        await SqliteRetention.PruneAsync(store, Retention, Now, "cli:test", ActionChannel.Cli, dryRun: false, TestContext.Current.CancellationToken);
        var recorded = Assert.Single(await store.QueryAsync(new ActionQuery(), TestContext.Current.CancellationToken));
        Assert.Equal(("retention.prune", "cli:test"), (recorded.Action, recorded.Principal));
        Assert.Contains("1 payload, 2 personal-data payloads and 2 entries", recorded.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_counts_and_changes_nothing()
    {
        await using var store = SqliteStore.Open(directory.Path);
        LedgerRows.Insert(store.Path, Rows());
        var before = Read(store.Path);

        var result = await SqliteRetention.PruneAsync(store, Retention, Now, "cli:test", ActionChannel.Cli, dryRun: true, TestContext.Current.CancellationToken);

        Assert.Equal(new RetentionPrune(1, 2, 2, DryRun: true), result);
        Assert.Equal(before.Select(r => (r.Entry is null, r.Payload is null)), Read(store.Path).Select(r => (r.Entry is null, r.Payload is null)));
        Assert.Empty(await store.QueryAsync(new ActionQuery(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Pruning_twice_drops_nothing_the_second_time()
    {
        await using var store = SqliteStore.Open(directory.Path);
        LedgerRows.Insert(store.Path, Rows());
        await SqliteRetention.PruneAsync(store, Retention, Now, "cli:test", ActionChannel.Cli, dryRun: false, TestContext.Current.CancellationToken);
        var again = await SqliteRetention.PruneAsync(store, Retention, Now, "cli:test", ActionChannel.Cli, dryRun: false, TestContext.Current.CancellationToken);
        Assert.True(again.IsEmpty);
    }

    [Fact]
    public async Task A_category_missing_from_retention_is_kept()
    {
        await using var store = SqliteStore.Open(directory.Path);
        LedgerRows.Insert(store.Path, Rows());
        var result = await SqliteRetention.PruneAsync(store, new Dictionary<string, TimeSpan> { ["personal_data"] = TimeSpan.FromDays(365) }, Now, "cli:test", ActionChannel.Cli, dryRun: false, TestContext.Current.CancellationToken);
        Assert.Equal(new RetentionPrune(0, 3, 0, false), result);
        Assert.All(Read(store.Path), r => Assert.NotNull(r.Entry));
    }

    [Fact]
    public async Task Pruned_payloads_leave_the_disk()
    {
        await using var store = SqliteStore.Open(directory.Path);
        LedgerRows.Insert(store.Path, Rows());
        var marker = Encoding.UTF8.GetBytes("\"detail\":\"row 1\"");
        Assert.True(RawContains(store.Path, marker), "the payload should be on disk before pruning");

        await SqliteRetention.PruneAsync(store, Retention, Now, "cli:test", ActionChannel.Cli, dryRun: false, TestContext.Current.CancellationToken);

        Assert.False(RawContains(store.Path, marker), "a pruned payload is still in custos.db or its write-ahead log");
    }

    [Fact]
    public async Task A_database_without_a_ledger_has_nothing_to_prune()
    {
        await using var store = SqliteStore.Open(directory.Path);
        await using var connection = new SqliteConnection($"Data Source={store.Path};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        if (HasLedger(connection))
        {
            return;
        }

        Assert.True((await SqliteRetention.PruneAsync(connection, Retention, Now, false, TestContext.Current.CancellationToken)).IsEmpty);
    }

    private static bool HasLedger(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'ledger_entries'";
        return (long)command.ExecuteScalar()! > 0;
    }

    private static List<(byte[] Leaf, byte[]? Entry, byte[]? Payload)> Read(string path)
    {
        using var connection = SqliteLedgerReader.OpenReadOnly(path);
        return [.. SqliteLedgerReader.ReadRecords(connection).Select(r => (r.LeafHash, r.Entry, r.Payload))];
    }

    private static byte[] Root(string path) => MerkleTree.FromLeafHashes(Read(path).Select(r => r.Leaf)).Root();

    private static bool RawContains(string databasePath, byte[] needle)
    {
        foreach (var path in new[] { databasePath, databasePath + "-wal" })
        {
            if (File.Exists(path))
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                if (buffer.ToArray().AsSpan().IndexOf(needle) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
