using System.Text;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Ledger.Checkpoints;
using Custos.Ledger.Entries;
using Custos.Ledger.Tree;
using Custos.Ledger.Verification;
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

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Eight actions through the real record path, oldest first: 8 years, 3 years, 18 months and 6 months old, each
    /// once without and once with a data subject (category personal_data, payload sealed).
    /// </summary>
    private async Task<SqliteStore> OpenWithHistoryAsync()
    {
        var store = SqliteStore.Open(directory.Path);
        store.PersonalDataSealer = store.SubjectKeys;
        var n = 0;
        foreach (var age in new[] { 8 * 365, 3 * 365, 548, 180 })
        {
            foreach (var subjects in new[] { null, new[] { "customer:42" } })
            {
                var at = Now.AddDays(-age);
                await store.RecordAsync(
                    new ActionRecord(Guid.CreateVersion7(at), at, ActionChannel.AuthorizeApi, "dev-agent", null, "read", "crm.get_customer", Effect.Allow, ActionOutcome.Success, null, [], [$"row {n++}"], null, 1)
                    with { DataSubjects = subjects, PersonalData = subjects is null ? null : "{\"email\":\"ada@example.com\"}" },
                    Ct);
            }
        }

        return store;
    }

    [Fact]
    public async Task Pruning_drops_payloads_and_entries_past_their_retention_and_keeps_every_leaf()
    {
        await using var store = await OpenWithHistoryAsync();
        var before = Read(store.Path);
        Assert.Equal(["payloads", "personal_data"], Categories(store.Path).Take(2));

        var result = await SqliteRetention.PruneAsync(store, Retention, Now, "cli:test", ActionChannel.Cli, dryRun: false, Ct);

        // 8 years: both entries gone (with their payloads). 3 years: both payloads gone. 18 months: personal data only.
        Assert.Equal(new RetentionPrune(Payloads: 1, PersonalData: 2, Entries: 2, DryRun: false), result);
        var after = Read(store.Path);
        Assert.Equal(9, after.Count);
        Assert.Equal([false, false, true, true, true, true, true, true, true], after.Select(r => r.Entry is not null));
        Assert.Equal([false, false, false, false, true, false, true, true, true], after.Select(r => r.Payload is not null));
        Assert.Equal(before.Select(r => Convert.ToHexString(r.Leaf)), after.Take(8).Select(r => Convert.ToHexString(r.Leaf)));
        foreach (var (leaf, entry, payload) in after)
        {
            if (entry is not null)
            {
                Assert.Equal(leaf, MerkleHash.HashLeaf(entry));
                Assert.True(payload is null || LedgerEntry.Decode(entry).Value!.Matches(payload));
            }
        }

        // The newest signed checkpoint still matches the root of the leaves that remain, and the verifier accepts the pruned ledger.
        var checkpoint = Checkpoint.Open((await store.Ledger.CheckpointAsync(Ct))!.Note, [store.Ledger.VerifierKey], store.Ledger.Origin).Value!;
        Assert.Equal(checkpoint.RootHash.ToArray(), MerkleTree.FromLeafHashes(after.Take((int)checkpoint.Size).Select(r => r.Leaf)).Root());
        using var connection = SqliteLedgerReader.OpenReadOnly(store.Path);
        var verification = new LedgerVerifier(store.Ledger.Origin, [store.Ledger.VerifierKey])
            .Verify(SqliteLedgerReader.ReadRecords(connection).ToList(), SqliteLedgerReader.ReadCheckpoints(connection).Select(c => c.Note));
        Assert.True(verification.IsValid, verification.ToString());
        Assert.Equal(2, verification.EntriesPruned);
    }

    [Fact]
    public async Task A_pruned_ledger_opens_again()
    {
        await using (var store = await OpenWithHistoryAsync())
        {
            await SqliteRetention.PruneAsync(store, Retention, Now, "cli:test", ActionChannel.Cli, dryRun: false, Ct);
        }

        await using var reopened = SqliteStore.Open(directory.Path);
        Assert.Equal(9, reopened.Ledger.Size);
        await reopened.RecordAsync(ActionRecord.ForEvent(Now, ActionChannel.Cli, "cli:test", "policy.reload", "custos", "after pruning"), Ct);
        Assert.Equal(10, reopened.Ledger.Size);
    }

    [Fact]
    public async Task Pruning_is_recorded_as_an_event()
    {
        await using var store = await OpenWithHistoryAsync();
        await SqliteRetention.PruneAsync(store, Retention, Now, "cli:test", ActionChannel.Cli, dryRun: false, Ct);
        var recorded = Assert.Single(await store.QueryAsync(new ActionQuery(Action: "retention.prune"), Ct));
        Assert.Equal("cli:test", recorded.Principal);
        Assert.Contains("1 payload, 2 personal-data payloads and 2 entries", recorded.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_counts_and_changes_nothing()
    {
        await using var store = await OpenWithHistoryAsync();
        var before = Read(store.Path);

        var result = await SqliteRetention.PruneAsync(store, Retention, Now, "cli:test", ActionChannel.Cli, dryRun: true, Ct);

        Assert.Equal(new RetentionPrune(1, 2, 2, DryRun: true), result);
        Assert.Equal(before.Select(r => (r.Entry is null, r.Payload is null)), Read(store.Path).Select(r => (r.Entry is null, r.Payload is null)));
        Assert.Equal(8, store.Ledger.Size);
    }

    [Fact]
    public async Task Pruning_twice_drops_nothing_the_second_time()
    {
        await using var store = await OpenWithHistoryAsync();
        await SqliteRetention.PruneAsync(store, Retention, Now, "cli:test", ActionChannel.Cli, dryRun: false, Ct);
        var again = await SqliteRetention.PruneAsync(store, Retention, Now, "cli:test", ActionChannel.Cli, dryRun: false, Ct);
        Assert.True(again.IsEmpty);
    }

    [Fact]
    public async Task A_category_missing_from_retention_is_kept()
    {
        await using var store = await OpenWithHistoryAsync();
        var result = await SqliteRetention.PruneAsync(store, new Dictionary<string, TimeSpan> { ["personal_data"] = TimeSpan.FromDays(365) }, Now, "cli:test", ActionChannel.Cli, dryRun: false, Ct);
        Assert.Equal(new RetentionPrune(0, 3, 0, false), result);
        Assert.All(Read(store.Path), r => Assert.NotNull(r.Entry));
    }

    [Fact]
    public async Task Pruned_payloads_leave_the_disk()
    {
        await using var store = await OpenWithHistoryAsync();
        using (var connection = SqliteLedgerReader.OpenReadOnly(store.Path))
        {
            var oldest = SqliteLedgerReader.ReadRecords(connection).First().Payload!;
            var marker = oldest.AsSpan(0, Math.Min(60, oldest.Length)).ToArray();
            Assert.True(RawContains(store.Path, marker), "the payload should be on disk before pruning");

            await SqliteRetention.PruneAsync(store, Retention, Now, "cli:test", ActionChannel.Cli, dryRun: false, Ct);
            Assert.False(RawContains(store.Path, marker), "a pruned payload is still in custos.db or its write-ahead log");
        }
    }

    private static List<(byte[] Leaf, byte[]? Entry, byte[]? Payload)> Read(string path)
    {
        using var connection = SqliteLedgerReader.OpenReadOnly(path);
        return [.. SqliteLedgerReader.ReadRecords(connection).Select(r => (r.LeafHash, r.Entry, r.Payload))];
    }

    private static List<string> Categories(string path)
    {
        using var connection = SqliteLedgerReader.OpenReadOnly(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT category FROM ledger_entries ORDER BY seq";
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

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
