using Custos.Core.Audit;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Ledger.Checkpoints;
using Custos.Ledger.Entries;
using Custos.Ledger.Notes;
using Custos.Ledger.Sequencing;
using Custos.Ledger.Verification;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Custos.Storage.Sqlite.Tests;

/// <summary>The store's audit trail is the Merkle ledger: on the real SQLite file, with the real signing key.</summary>
public sealed class LedgerStoreTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Recorded_actions_become_gapless_entries_under_a_checkpoint_that_verifies_with_the_published_key()
    {
        var records = Enumerable.Range(0, 300).Select(i => Record($"agent-{i % 3}", i % 4 == 0 ? ActionOutcome.Denied : ActionOutcome.Success)).ToList();
        await using (var store = SqliteStore.Open(directory.Path))
        {
            await Task.WhenAll(records.Select(r => store.RecordAsync(r, Ct).AsTask()));
            Assert.Equal(300, store.Ledger.Size);
        }

        var verification = VerifyFile();
        Assert.True(verification.IsValid, verification.Problem?.Message);
        Assert.Equal(300, verification.Size);
        Assert.Equal(300, verification.CheckpointedSize);

        using var connection = SqliteLedgerReader.OpenReadOnly(Path.Combine(directory.Path, SqliteStore.FileName));
        var stored = SqliteLedgerReader.ReadRecords(connection).ToList();
        Assert.Equal(Enumerable.Range(0, 300).Select(i => (long)i), stored.Select(r => r.Index));
        var entries = stored.Select(r => LedgerEntry.Decode(r.Entry).Value!).ToList();
        Assert.Equal(records.Select(r => r.Id.ToString()).Order(), entries.Select(e => e.TraceId).Order());
        Assert.All(stored.Zip(entries), pair => Assert.True(pair.Second.Matches(pair.First.Payload)));
        Assert.True(entries.Zip(entries.Skip(1)).All(p => p.First.Timestamp <= p.Second.Timestamp), "timestamps never go backwards");
    }

    [Fact]
    public async Task Callers_writing_on_their_own_threads_and_the_writer_thread_never_write_at_once()
    {
        // An idle ledger lets the caller commit on its own thread; eight threads appending in loops, with checkpoint
        // requests among them, keep handing the writer's part between callers and the writer thread.
        var records = new System.Collections.Concurrent.ConcurrentBag<ActionRecord>();
        await using (var store = SqliteStore.Open(directory.Path))
        {
            var workers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
            {
                for (var i = 0; i < 150; i++)
                {
                    var record = Record($"agent-{w}", ActionOutcome.Success);
                    await store.RecordAsync(record, Ct);
                    records.Add(record);
                    if (i % 50 == 49)
                    {
                        await store.Ledger.CheckpointAsync(Ct);
                    }
                }
            }, Ct)).ToArray();
            await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(60), Ct);
            Assert.Equal(1200, store.Ledger.Size);
        }

        var verification = VerifyFile();
        Assert.True(verification.IsValid, verification.Problem?.Message);
        Assert.Equal(1200, verification.CheckpointedSize);
        using var connection = SqliteLedgerReader.OpenReadOnly(Path.Combine(directory.Path, SqliteStore.FileName));
        var stored = SqliteLedgerReader.ReadRecords(connection).ToList();
        Assert.Equal(Enumerable.Range(0, 1200).Select(i => (long)i), stored.Select(r => r.Index));
        Assert.Equal(records.Select(r => r.Id.ToString()).Order(), stored.Select(r => LedgerEntry.Decode(r.Entry).Value!.TraceId).Order());
    }

    [Fact]
    public async Task Appends_racing_the_stores_disposal_each_land_or_fail_and_none_waits_forever()
    {
        var store = SqliteStore.Open(directory.Path);
        using var go = new ManualResetEventSlim(false);

        // Each appender loops until one of its appends is refused; one that hung would keep its task from ending.
        var appenders = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            go.Wait(Ct);
            for (var landed = 0; ; landed++)
            {
                try
                {
                    await store.RecordAsync(Record($"agent-{w}", ActionOutcome.Success), Ct);
                }
                catch (Exception ex) when (ex is StoreWriteException { InnerException: LedgerWriteException } || (ex is InvalidOperationException && ex.Message.Contains("closed", StringComparison.Ordinal)))
                {
                    return landed;
                }
            }
        })).ToArray();

        go.Set();
        await Task.Delay(30, Ct);
        await store.DisposeAsync();
        var landed = await Task.WhenAll(appenders).WaitAsync(TimeSpan.FromSeconds(30), Ct);

        // Everything that was reported durable is in the file under a checkpoint, and nothing else.
        var verification = VerifyFile();
        Assert.True(verification.IsValid, verification.Problem?.Message);
        Assert.Equal(landed.Sum(), verification.Size);
        Assert.Equal(landed.Sum(), verification.CheckpointedSize);
    }

    [Fact]
    public async Task Entries_reach_the_database_file_itself_by_a_background_checkpoint_not_the_writer()
    {
        await using var store = SqliteStore.Open(directory.Path);
        for (var i = 0; i < 40; i++)
        {
            await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => store.RecordAsync(Record("dev-agent", ActionOutcome.Success), Ct).AsTask()));
        }

        // 2,000 entries are far below the writer's own threshold (16,384 pages), so only the store's background
        // checkpoint can have copied them from the write-ahead log into custos.db: read a copy of custos.db alone.
        var copy = Path.Combine(directory.Path, "main-file-only.db");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        long inFile;
        do
        {
            await Task.Delay(100, Ct);
            File.Copy(store.Path, copy, overwrite: true);
            try
            {
                using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
                connection.Open();
                using var count = connection.CreateCommand();
                count.CommandText = "SELECT count(*) FROM ledger_entries";
                inFile = (long)count.ExecuteScalar()!;
            }
            catch (SqliteException)
            {
                // Copied while a checkpoint was writing pages: a torn copy; look again.
                inFile = -1;
            }

            File.Delete(copy + "-wal");
        }
        while (inFile < 2000 && DateTime.UtcNow < deadline);
        Assert.Equal(2000, inFile);
    }

    [Fact]
    public async Task The_payload_keeps_the_details_and_the_query_reads_them_back()
    {
        var record = Record("dev-agent", ActionOutcome.Denied) with { Origin = "10.0.0.7" };
        await using var store = SqliteStore.Open(directory.Path);
        await store.RecordAsync(record, Ct);
        var read = Assert.Single(await store.QueryAsync(new ActionQuery(Action: "call", System: "github"), Ct));
        Assert.Equal(record with { At = read.At, Policies = read.Policies, Reasons = read.Reasons }, read);
        Assert.Equal(record.At.ToUnixTimeMilliseconds(), read.At.ToUnixTimeMilliseconds());
        Assert.Equal(record.Policies, read.Policies);
        Assert.Empty(await store.QueryAsync(new ActionQuery(System: "slack"), Ct));
        Assert.Empty(await store.QueryAsync(new ActionQuery(Action: "delete"), Ct));
    }

    [Fact]
    public async Task Custos_own_events_carry_no_decision_and_read_back_as_events()
    {
        await using var store = SqliteStore.Open(directory.Path);
        await store.RecordAsync(ActionRecord.ForEvent(DateTimeOffset.UtcNow, ActionChannel.Cli, "cli:ada", "halt", "custos.agents", "cli:ada halted dev-agent"), Ct);
        await store.RecordAsync(Record("dev-agent", ActionOutcome.Success), Ct);
        using var connection = SqliteLedgerReader.OpenReadOnly(store.Path);
        var effects = SqliteLedgerReader.ReadRecords(connection).Select(r => LedgerEntry.Decode(r.Entry).Value!.Effect).ToList();
        Assert.Equal([DecisionEffect.None, DecisionEffect.Allow], effects);
        var read = await store.QueryAsync(new ActionQuery(), Ct);
        Assert.Equal([false, true], read.Select(r => r.IsEvent));
        Assert.All(read, r => Assert.Equal(Effect.Allow, r.Effect));
    }

    [Fact]
    public async Task A_checkpoint_is_signed_every_N_entries_and_after_the_interval()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        var settings = LedgerSettings.Default with { CheckpointEvery = 10, CheckpointInterval = TimeSpan.FromSeconds(30) };
        await using var store = SqliteStore.Open(directory.Path, settings, clock);
        for (var i = 0; i < 25; i++)
        {
            await store.RecordAsync(Record("dev-agent", ActionOutcome.Success), Ct);
        }

        Assert.Equal([10L, 20L], Checkpoints().Select(c => c.Size));

        // Five entries wait; thirty seconds later the timer signs them.
        clock.Advance(TimeSpan.FromSeconds(31));
        await WaitUntilAsync(() => Checkpoints().Count == 3);
        Assert.Equal(25, Checkpoints()[^1].Size);
        Assert.Equal(25, store.Ledger.LatestCheckpoint!.Size);
    }

    [Fact]
    public async Task A_full_store_fails_the_action_and_leaves_no_trace_then_recovers()
    {
        await using var store = SqliteStore.Open(directory.Path);
        await store.RecordAsync(Record("dev-agent", ActionOutcome.Success), Ct);
        var pages = long.Parse(Scalar("PRAGMA page_count")!, System.Globalization.CultureInfo.InvariantCulture);

        // SQLite refuses to grow the file past max_page_count: SQLITE_FULL, as on a full disk.
        store.ConfigureLedgerWriter = c => Execute(c, $"PRAGMA max_page_count = {pages}");
        var big = Record("dev-agent", ActionOutcome.Success) with { Reasons = [new string('x', 60_000)] };
        var error = await Assert.ThrowsAsync<StoreWriteException>(() => store.RecordAsync(big, Ct).AsTask());
        var sqlite = Assert.IsType<SqliteException>(error.InnerException);
        Assert.Equal(13, sqlite.SqliteErrorCode); // SQLITE_FULL
        Assert.Equal(1, store.Ledger.Size);
        Assert.Equal("1", Scalar("SELECT count(*) FROM ledger_entries"));

        // Room again (the setting stays with the pooled connection, so lift it explicitly).
        store.ConfigureLedgerWriter = c => Execute(c, "PRAGMA max_page_count = 1073741823");
        await store.RecordAsync(big, Ct);
        Assert.Equal(2, store.Ledger.Size);
        await store.Ledger.CheckpointAsync(Ct);
        var verification = VerifyFile();
        Assert.True(verification.IsValid, verification.Problem?.Message);
    }

    [Fact]
    public async Task A_checkpoint_due_with_a_batch_is_committed_with_it_or_not_at_all()
    {
        var settings = LedgerSettings.Default with { CheckpointEvery = 3, CheckpointInterval = TimeSpan.FromHours(1) };
        await using var store = SqliteStore.Open(directory.Path, settings);
        await store.RecordAsync(Record("dev-agent", ActionOutcome.Success), Ct);
        await store.RecordAsync(Record("dev-agent", ActionOutcome.Success), Ct);
        Execute("CREATE TRIGGER refuse BEFORE INSERT ON ledger_entries BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
        await Assert.ThrowsAsync<StoreWriteException>(() => store.RecordAsync(Record("dev-agent", ActionOutcome.Success), Ct).AsTask());
        Assert.Empty(Checkpoints());
        Assert.Null(store.Ledger.LatestCheckpoint);

        Execute("DROP TRIGGER refuse");
        await store.RecordAsync(Record("dev-agent", ActionOutcome.Success), Ct);
        Assert.Equal([3L], Checkpoints().Select(c => c.Size));
        Assert.Equal(3, store.Ledger.LatestCheckpoint!.Size);
        Assert.True(VerifyFile().IsValid);
    }

    [Fact]
    public async Task A_read_only_store_fails_the_action()
    {
        await using var store = SqliteStore.Open(directory.Path);
        store.ConfigureLedgerWriter = c => Execute(c, "PRAGMA query_only = ON");
        var error = await Assert.ThrowsAsync<StoreWriteException>(() => store.RecordAsync(Record("dev-agent", ActionOutcome.Success), Ct).AsTask());
        Assert.IsType<SqliteException>(error.InnerException);
        Assert.Equal(0, store.Ledger.Size);
        Assert.Empty(await store.QueryAsync(new ActionQuery(), Ct));
    }

    [Fact]
    public async Task A_ledger_changed_outside_Custos_is_refused_when_the_store_opens()
    {
        await using (var store = SqliteStore.Open(directory.Path))
        {
            for (var i = 0; i < 5; i++)
            {
                await store.RecordAsync(Record("dev-agent", ActionOutcome.Success), Ct);
            }
        }

        // Change one stored leaf, as an attacker rewriting history would have to.
        Execute("UPDATE ledger_entries SET leaf = zeroblob(32) WHERE seq = 2");
        var error = Assert.Throws<LedgerIntegrityException>(() => SqliteStore.Open(directory.Path));
        Assert.Contains("does not match its newest signed checkpoint (size 5)", error.Message, StringComparison.Ordinal);
        Assert.Contains("custos audit verify", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_entry_is_refused_when_the_store_opens()
    {
        await using (var store = SqliteStore.Open(directory.Path))
        {
            for (var i = 0; i < 5; i++)
            {
                await store.RecordAsync(Record("dev-agent", ActionOutcome.Success), Ct);
            }
        }

        Execute("DELETE FROM ledger_entries WHERE seq = 1");
        var error = Assert.Throws<LedgerIntegrityException>(() => SqliteStore.Open(directory.Path));
        Assert.Contains("no entry 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_writers_on_one_file_interleave_without_gaps_or_duplicates()
    {
        // The server and a CLI command (two processes) write the same ledger; each catches up with the other.
        var first = SqliteStore.Open(directory.Path);
        var second = SqliteStore.Open(directory.Path);
        await using (first)
        await using (second)
        {
            for (var i = 0; i < 20; i++)
            {
                await (i % 2 == 0 ? first : second).RecordAsync(Record($"agent-{i % 2}", ActionOutcome.Success), Ct);
            }

            await Task.WhenAll(Enumerable.Range(0, 50).Select(i => (i % 2 == 0 ? first : second).RecordAsync(Record("x", ActionOutcome.Success), Ct).AsTask()));
        }

        var verification = VerifyFile();
        Assert.True(verification.IsValid, verification.Problem?.Message);
        Assert.Equal(70, verification.Size);
    }

    [Theory]
    [InlineData(LedgerDurability.Disk, "2")]
    [InlineData(LedgerDurability.Os, "1")]
    public async Task The_ledger_writer_syncs_each_commit_unless_durability_is_os(LedgerDurability durability, string synchronous)
    {
        await using var store = SqliteStore.Open(directory.Path, LedgerSettings.Default with { Durability = durability });
        SqliteConnection? writer = null;
        store.ConfigureLedgerWriter = c => writer = c;
        await store.RecordAsync(Record("dev-agent", ActionOutcome.Success), Ct);
        using var command = writer!.CreateCommand();
        command.CommandText = "PRAGMA synchronous";
        Assert.Equal(synchronous, Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, store.Ledger.Size);
    }

    [Fact]
    public async Task The_signing_key_is_created_owner_only_and_a_readable_one_is_refused()
    {
        await using (SqliteStore.Open(directory.Path))
        {
        }

        var keyPath = Path.Combine(directory.Path, LedgerKeys.KeyFileName);
        var vkey = File.ReadAllText(Path.Combine(directory.Path, LedgerKeys.VerifierFileName)).Trim();
        Assert.True(NoteVerifierKey.Parse(vkey).IsSuccess);
        Assert.StartsWith("custos.ledger/", vkey, StringComparison.Ordinal);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyPath));
        File.SetUnixFileMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var error = Assert.Throws<InvalidOperationException>(() => SqliteStore.Open(directory.Path));
        Assert.Contains($"chmod 600 {keyPath}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(File.ReadAllText(keyPath).Split('+', 5)[^1].Trim(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signing_key_from_the_environment_is_used_and_a_missing_one_is_named()
    {
        var name = $"CUSTOS_TEST_LEDGER_KEY_{Guid.NewGuid():N}";
        Assert.True(SecretReference.TryParse($"secret://env/{name}", out var reference, out _));
        var settings = LedgerSettings.Default with { SigningKey = reference };
        var error = Assert.Throws<InvalidOperationException>(() => SqliteStore.Open(directory.Path, settings));
        Assert.Contains(name, error.Message, StringComparison.Ordinal);

        Environment.SetEnvironmentVariable(name, LedgerKeys.NewSignerKey());
        try
        {
            await using (var store = SqliteStore.Open(directory.Path, settings))
            {
                await store.RecordAsync(Record("dev-agent", ActionOutcome.Success), Ct);
                Assert.False(File.Exists(Path.Combine(directory.Path, LedgerKeys.KeyFileName)));
            }

            Assert.True(VerifyFile().IsValid);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public async Task An_action_naming_data_subjects_fails_without_a_sealer_rather_than_storing_them_in_the_clear()
    {
        await using var store = SqliteStore.Open(directory.Path);
        var record = Record("support-agent", ActionOutcome.Success) with { DataSubjects = ["customer:42"], PersonalData = "{\"email\":\"ada@example.com\"}" };
        await Assert.ThrowsAsync<StoreWriteException>(() => store.RecordAsync(record, Ct).AsTask());
        Assert.Equal(0, store.Ledger.Size);
    }

    [Fact]
    public async Task Inclusion_proofs_from_the_store_verify_against_its_checkpoint()
    {
        await using var store = SqliteStore.Open(directory.Path);
        for (var i = 0; i < 37; i++)
        {
            await store.RecordAsync(Record("dev-agent", ActionOutcome.Success), Ct);
        }

        var checkpoint = Checkpoint.Open((await store.Ledger.CheckpointAsync(Ct))!.Note, [store.Ledger.VerifierKey], store.Ledger.Origin).Value!;
        using var connection = SqliteLedgerReader.OpenReadOnly(store.Path);
        foreach (var record in SqliteLedgerReader.ReadRecords(connection))
        {
            var proof = store.Ledger.ProveInclusion(record.Index, checkpoint.Size);
            Assert.True(proof.Verify(record.LeafHash, checkpoint).IsValid);
        }
    }

    private LedgerVerification VerifyFile()
    {
        var vkey = NoteVerifierKey.Parse(File.ReadAllText(Path.Combine(directory.Path, LedgerKeys.VerifierFileName)).Trim()).Value!;
        using var connection = SqliteLedgerReader.OpenReadOnly(Path.Combine(directory.Path, SqliteStore.FileName));
        var records = SqliteLedgerReader.ReadRecords(connection).ToList();
        var checkpoints = SqliteLedgerReader.ReadCheckpoints(connection).Select(c => c.Note).ToList();
        return new LedgerVerifier(vkey.Name, [vkey]).Verify(records, checkpoints);
    }

    private List<Custos.Ledger.Storage.StoredCheckpoint> Checkpoints()
    {
        using var connection = SqliteLedgerReader.OpenReadOnly(Path.Combine(directory.Path, SqliteStore.FileName));
        return [.. SqliteLedgerReader.ReadCheckpoints(connection)];
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10, Ct);
        }

        Assert.True(condition(), "the condition did not become true within 5 seconds");
    }

    private static ActionRecord Record(string principal, ActionOutcome outcome)
    {
        var when = DateTimeOffset.UtcNow;
        return new ActionRecord(
            Guid.CreateVersion7(when), when, ActionChannel.AuthorizeApi, principal, "tok_0123456789ab", "call", "github.get_file_contents",
            outcome == ActionOutcome.Success ? Effect.Allow : Effect.Deny, outcome, outcome == ActionOutcome.Denied ? StageName.Authorize : null,
            ["grant-1"], ["because"], new string('a', 64), 42);
    }

    private string? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(directory.Path, SqliteStore.FileName)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(directory.Path, SqliteStore.FileName)};Pooling=False");
        connection.Open();
        Execute(connection, sql);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
