using Custos.Core.Audit;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Ledger.Bundles;
using Custos.Ledger.Notes;
using Custos.Ledger.Verification;
using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite.Tests;

/// <summary>What an auditor does with a real store's file: verify its records (payloads included) and export it.</summary>
public sealed class LedgerAuditTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DatabasePath => Path.Combine(directory.Path, SqliteStore.FileName);

    private NoteVerifierKey Key => NoteVerifierKey.Parse(File.ReadAllText(Path.Combine(directory.Path, LedgerKeys.VerifierFileName)).Trim()).Value!;

    private async Task RecordAsync(int count)
    {
        await using var store = SqliteStore.Open(directory.Path);
        for (var i = 0; i < count; i++)
        {
            var when = DateTimeOffset.UtcNow;
            await store.RecordAsync(new ActionRecord(
                Guid.CreateVersion7(when), when, ActionChannel.AuthorizeApi, "dev-agent", "tok_0123456789ab", "call", "github.get_file_contents",
                Effect.Allow, ActionOutcome.Success, null, ["grant-1"], ["because"], new string('a', 64), 42), Ct);
        }
    }

    private LedgerVerification VerifyRecords()
    {
        using var connection = SqliteLedgerReader.OpenReadOnly(DatabasePath);
        var checkpoints = SqliteLedgerReader.ReadCheckpoints(connection).Select(c => c.Note).ToList();
        return new LedgerVerifier(Key.Name, [Key]).Verify(SqliteLedgerReader.ReadRecords(connection), checkpoints);
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task The_stored_records_verify_with_every_payload_matching_its_entry()
    {
        await RecordAsync(25);
        var result = VerifyRecords();
        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(25, result.Size);
        Assert.Equal(25, result.CheckpointedSize);
        Assert.Equal(25, result.PayloadsPresent);
        Assert.Equal(0, result.EntriesPruned);
    }

    [Fact]
    public async Task Pruned_entries_and_payloads_still_verify_and_are_counted()
    {
        await RecordAsync(25);
        var before = VerifyRecords();
        Execute("UPDATE ledger_entries SET entry = NULL, payload = NULL WHERE seq < 4");
        Execute("UPDATE ledger_entries SET payload = NULL WHERE seq BETWEEN 4 AND 9");
        var result = VerifyRecords();
        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(before.RootHex, result.RootHex);
        Assert.Equal(4, result.EntriesPruned);
        Assert.Equal(15, result.PayloadsPresent);
    }

    [Fact]
    public async Task An_edited_payload_in_the_file_is_caught_naming_the_entry()
    {
        await RecordAsync(10);
        Execute("UPDATE ledger_entries SET payload = CAST('{\"v\":1}' AS BLOB) WHERE seq = 6");
        var problem = VerifyRecords().Problem!;
        Assert.Equal(LedgerProblemKind.PayloadMismatch, problem.Kind);
        Assert.Equal(6, problem.EntryIndex);
    }

    [Fact]
    public async Task The_store_exports_a_bundle_that_verifies_with_its_published_key()
    {
        await RecordAsync(12);
        var bundleDirectory = Path.Combine(directory.Path, "bundle");
        using (var connection = SqliteLedgerReader.OpenReadOnly(DatabasePath))
        {
            LedgerBundle.Write(bundleDirectory, Key.Name, Key, SqliteLedgerReader.ReadRecords(connection), SqliteLedgerReader.ReadCheckpoints(connection));
        }

        var bundle = LedgerBundle.Open(bundleDirectory);
        Assert.True(bundle.IsSuccess, bundle.Error);
        var result = bundle.Value!.Verify(Key);
        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(VerifyRecords().RootHex, result.RootHex);
        Assert.Equal(12, result.PayloadsPresent);
    }
}
