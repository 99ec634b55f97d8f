using System.Text.Json;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Storage.Sqlite;

namespace Custos.Cli.Tests;

/// <summary><c>custos audit prune</c> with the starter workspace's retention (audit 7y, payloads 2y, personal data 2y).</summary>
public sealed class AuditPruneTests
{
    private static async Task RecordHistoryAsync(TempWorkspace workspace)
    {
        await using var store = SqliteStore.Open(workspace.DataDirectory);
        var now = DateTimeOffset.UtcNow;
        foreach (var age in new[] { 8 * 365, 3 * 365, 30 })
        {
            await store.RecordAsync(ActionRecord.ForEvent(now.AddDays(-age), ActionChannel.Cli, "cli:test", "policy.reload", "custos", $"{age} days ago"), TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task A_dry_run_counts_and_prune_then_drops_and_records()
    {
        using var workspace = await TempWorkspace.InitAsync();
        await RecordHistoryAsync(workspace);

        var dry = (await workspace.RunAsync("audit", "prune", "--dry-run")).Expect(0);
        Assert.Contains("Would drop 1 payload, 0 personal-data payloads and 1 entry", dry.StdOut, StringComparison.Ordinal);

        var json = (await workspace.RunAsync("audit", "prune", "--json")).Expect(0);
        using (var document = JsonDocument.Parse(json.StdOut))
        {
            Assert.Equal(1, document.RootElement.GetProperty("payloads").GetInt64());
            Assert.Equal(1, document.RootElement.GetProperty("entries").GetInt64());
            Assert.False(document.RootElement.GetProperty("dry_run").GetBoolean());
        }

        var again = (await workspace.RunAsync("audit", "prune")).Expect(0);
        Assert.Contains("Dropped 0 payloads, 0 personal-data payloads and 0 entries", again.StdOut, StringComparison.Ordinal);

        await using var store = SqliteStore.Open(workspace.DataDirectory);
        var events = await store.QueryAsync(new ActionQuery(Action: SqliteRetention.Action), TestContext.Current.CancellationToken);
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.StartsWith("cli:", e.Principal, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_retention_nothing_is_pruned()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var yaml = workspace.ReadConfig();
        var start = yaml.IndexOf("retention:", StringComparison.Ordinal);
        Assert.True(start >= 0, "the starter workspace should set retention");
        var lines = yaml[start..].Split('\n');
        var block = string.Join('\n', lines.TakeWhile((l, i) => i == 0 || l.StartsWith(' ') || l.Length == 0));
        workspace.WriteConfig(yaml.Replace(block, string.Empty, StringComparison.Ordinal));

        var result = (await workspace.RunAsync("audit", "prune")).Expect(0);
        Assert.Contains("sets no retention", result.StdOut, StringComparison.Ordinal);
    }
}
