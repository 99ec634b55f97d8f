using Custos.Core.Audit;
using Custos.Ledger.Notes;
using Custos.Ledger.Verification;
using Custos.Storage.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Custos.Server.Tests;

/// <summary>The running server applies retention on its own, records that it did, and the ledger still verifies.</summary>
public sealed class RetentionServiceTests
{
    [Fact]
    public async Task A_day_after_a_payload_expires_the_server_drops_it_records_the_run_and_the_ledger_still_verifies()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var yaml = Core.Configuration.StarterWorkspace.Yaml.Replace("payloads: 2y", "payloads: 1d", StringComparison.Ordinal);
        await using var server = await TestServer.StartAsync(clock, yaml);
        var support = await server.IssueAsync("support-agent");
        Assert.Equal("allow", await server.DecideAsync(support, "call", "crm.get_customer"));
        var action = Assert.Single(await server.RecordsAsync(), r => r.Resource == "crm.get_customer");
        Assert.NotNull(action.ContextSha256 ?? action.CredentialId);

        clock.Advance(TimeSpan.FromDays(2));
        for (var i = 0; i < 500 && !(await server.RecordsAsync()).Any(r => r.Action == SqliteRetention.Action); i++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        var records = await server.RecordsAsync();
        var run = Assert.Single(records, r => r.Action == SqliteRetention.Action);
        Assert.Equal("custos", run.Principal);
        Assert.True(run.IsEvent);
        var pruned = Assert.Single(records, r => r.Id == action.Id);
        Assert.Null(pruned.CredentialId); // the payload that held it is gone; the entry stays

        var store = server.Workspace.Store;
        await store.Ledger.CheckpointAsync(TestContext.Current.CancellationToken);
        var vkey = NoteVerifierKey.Parse(File.ReadAllText(Path.Combine(server.Workspace.Config.DataDirectory, LedgerKeys.VerifierFileName)).Trim()).Value!;
        using var connection = SqliteLedgerReader.OpenReadOnly(store.Path);
        var verification = new LedgerVerifier(vkey.Name, [vkey]).Verify(
            SqliteLedgerReader.ReadRecords(connection).ToList(),
            SqliteLedgerReader.ReadCheckpoints(connection).Select(c => c.Note).ToList());
        Assert.True(verification.IsValid, verification.Problem?.Message);
        Assert.True(verification.PayloadsPresent < verification.Size, "some payloads were dropped");
    }
}
