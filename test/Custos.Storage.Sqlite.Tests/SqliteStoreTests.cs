using Custos.Core.Agents;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite.Tests;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Opening_creates_the_file_in_wal_mode_with_every_migration_applied()
    {
        await using var store = SqliteStore.Open(Path.Combine(directory.Path, "data"));
        Assert.True(File.Exists(store.Path));
        Assert.Equal(SqliteStore.LatestSchemaVersion, store.SchemaVersion);
        Assert.Equal("wal", Scalar(store.Path, "PRAGMA journal_mode"));
        Assert.True(await store.IsHealthyAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_revocation_or_halt_written_by_another_process_counts_on_the_very_next_lookup()
    {
        // The server keeps its per-action lookups prepared on open connections; the CLI writes through a store of its own.
        var ct = TestContext.Current.CancellationToken;
        await using var server = SqliteStore.Open(directory.Path);
        var now = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var hash = AgentToken.Hash(AgentToken.Generate());
        var record = new TokenRecord(AgentToken.IdFromHash(hash), TokenKind.Agent, "dev-agent", now, now.AddDays(1), null);
        await server.AddAsync(record, hash, ct);
        for (var round = 0; round < 3; round++)
        {
            // Several lookups at once, so more than one prepared connection is open and reused.
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                Assert.Null((await server.FindByHashAsync(hash, ct))!.RevokedAt);
                Assert.Null(await server.GetAsync("dev-agent", ct));
            }, ct)));
        }

        await using (var cli = SqliteStore.Open(directory.Path))
        {
            Assert.True(await cli.RevokeAsync(record.Id, now, ct));
            await cli.SetAsync(new AgentState("dev-agent", AgentStatus.Halted, "incident", now, "cli:test"), ct);
        }

        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(now, (await server.FindByHashAsync(hash, ct))!.RevokedAt);
            Assert.Equal(AgentStatus.Halted, (await server.GetAsync("dev-agent", ct))!.Status);
        }
    }

    [Fact]
    public async Task Reopening_applies_nothing_twice_and_keeps_data()
    {
        var data = Path.Combine(directory.Path, "data");
        await using (var store = SqliteStore.Open(data))
        {
            await store.SetAsync(new AgentState("dev-agent", AgentStatus.Halted, "test", DateTimeOffset.UtcNow, "cli:test"), TestContext.Current.CancellationToken);
        }

        await using var reopened = SqliteStore.Open(data);
        Assert.Equal(Migrations.All.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(reopened.Path, "SELECT count(*) FROM schema_migrations"));
        var state = await reopened.GetAsync("dev-agent", TestContext.Current.CancellationToken);
        Assert.Equal(AgentStatus.Halted, state?.Status);
        Assert.Equal("test", state?.Reason);
    }

    [Fact]
    public async Task A_database_from_before_the_ledger_keeps_its_decisions_as_legacy_decisions()
    {
        var data = Path.Combine(directory.Path, "data");
        string path;
        await using (var store = SqliteStore.Open(data))
        {
            path = store.Path;
        }

        // Turn the file back into a version-2 database with one decision recorded the old way.
        Execute(path, """
            DROP TABLE ledger_entries; DROP TABLE ledger_checkpoints; DROP TABLE subject_keys; ALTER TABLE legacy_decisions RENAME TO decisions;
            DROP TABLE secret_versions; DROP TABLE secrets; DROP TABLE secret_uses; DROP TABLE approvals; DROP TABLE mcp_tool_pins;
            DROP TABLE secret_use_hours; DROP TABLE redaction_tokens; DROP TABLE anomaly_windows;
            DELETE FROM schema_migrations WHERE version >= 3;
            INSERT INTO decisions (id, at, channel, principal, action, resource, effect, outcome, policies, reasons, duration_us)
            VALUES ('0193b0a6-1c2d-7000-8000-000000000001', 1, 'AuthorizeApi', 'dev-agent', 'read', 'github', 'Allow', 'Success', '[]', '[]', 5);
            """);
        await using var migrated = SqliteStore.Open(data);
        Assert.Equal(SqliteStore.LatestSchemaVersion, migrated.SchemaVersion);
        Assert.Equal("1", Scalar(path, "SELECT count(*) FROM legacy_decisions WHERE principal = 'dev-agent'"));
        await migrated.RecordAsync(Record("dev-agent", ActionOutcome.Success) with { Origin = "10.0.0.7" }, TestContext.Current.CancellationToken);
        var records = await migrated.QueryAsync(new ActionQuery(), TestContext.Current.CancellationToken);
        Assert.Equal("10.0.0.7", Assert.Single(records).Origin);
    }

    [Fact]
    public async Task A_database_from_a_newer_Custos_is_refused_with_a_clear_message()
    {
        var data = Path.Combine(directory.Path, "data");
        string path;
        await using (var store = SqliteStore.Open(data))
        {
            path = store.Path;
        }

        Execute(path, "INSERT INTO schema_migrations (version, description, applied_at) VALUES (999, 'future', 0)");
        var error = Assert.Throws<InvalidOperationException>(() => SqliteStore.Open(data));
        Assert.Contains("newer than this Custos understands", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_are_found_by_hash_listed_and_revoked_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = SqliteStore.Open(directory.Path);
        var now = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var token = AgentToken.Generate();
        var hash = AgentToken.Hash(token);
        var record = new TokenRecord(AgentToken.IdFromHash(hash), TokenKind.Agent, "dev-agent", now, now.AddDays(1), null);
        await store.AddAsync(record, hash, ct);

        Assert.Equal(record, await store.FindByHashAsync(hash, ct));
        Assert.Null(await store.FindByHashAsync(AgentToken.Hash(AgentToken.Generate()), ct));
        Assert.Single(await store.ListAsync("dev-agent", ct));
        Assert.Empty(await store.ListAsync("other-agent", ct));
        Assert.True(await store.RevokeAsync(record.Id, now, ct));
        Assert.False(await store.RevokeAsync(record.Id, now, ct));
        Assert.Equal(now, (await store.FindByHashAsync(hash, ct))!.RevokedAt);
    }

    [Fact]
    public async Task The_token_itself_is_never_written_to_the_database_files()
    {
        var ct = TestContext.Current.CancellationToken;
        var token = AgentToken.Generate();
        string path;
        await using (var store = SqliteStore.Open(directory.Path))
        {
            path = store.Path;
            var hash = AgentToken.Hash(token);
            await store.AddAsync(new TokenRecord(AgentToken.IdFromHash(hash), TokenKind.Agent, "dev-agent", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1), null), hash, ct);
        }

        foreach (var file in Directory.EnumerateFiles(directory.Path))
        {
            var bytes = await File.ReadAllBytesAsync(file, ct);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(token[4..])));
        }
    }

    [Fact]
    public async Task Agent_states_are_upserted()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = SqliteStore.Open(directory.Path);
        var at = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        await store.SetAsync(new AgentState("a", AgentStatus.Halted, "why", at, "x"), ct);
        await store.SetAsync(new AgentState("a", AgentStatus.Active, null, at.AddMinutes(1), "y"), ct);
        await store.SetAsync(new AgentState("b", AgentStatus.Quarantined, null, at, "z"), ct);

        var all = await ((IAgentStateStore)store).ListAsync(ct);
        Assert.Equal(2, all.Count);
        Assert.Equal(new AgentState("a", AgentStatus.Active, null, at.AddMinutes(1), "y"), all[0]);
        Assert.Equal(AgentStatus.Quarantined, all[1].Status);
        Assert.Null(await store.GetAsync("c", ct));
    }

    [Fact]
    public async Task Concurrent_records_are_all_committed_and_survive_a_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        var records = Enumerable.Range(0, 600).Select(i => Record($"agent-{i % 5}", i % 3 == 0 ? ActionOutcome.Denied : ActionOutcome.Success)).ToList();
        await using (var store = SqliteStore.Open(directory.Path))
        {
            await Task.WhenAll(records.Select(r => store.RecordAsync(r, ct).AsTask()));
        }

        await using var reopened = SqliteStore.Open(directory.Path);
        var stored = await reopened.QueryAsync(new ActionQuery(Limit: 10_000), ct);
        Assert.Equal(records.Select(r => r.Id).Order(), stored.Select(r => r.Id).Order());
        var expected = records[42];
        var sample = stored.Single(r => r.Id == expected.Id);
        Assert.Equal(expected.Policies, sample.Policies);
        Assert.Equal(expected.Reasons, sample.Reasons);
        Assert.Equal(expected.At.ToUnixTimeMilliseconds(), sample.At.ToUnixTimeMilliseconds());
        Assert.Equal(expected with { At = sample.At, Policies = sample.Policies, Reasons = sample.Reasons }, sample);
    }

    [Fact]
    public async Task Queries_filter_by_principal_outcome_and_time()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = SqliteStore.Open(directory.Path);
        var early = Record("dev-agent", ActionOutcome.Success, DateTimeOffset.UtcNow.AddHours(-2));
        var denied = Record("dev-agent", ActionOutcome.Denied);
        var other = Record("support-agent", ActionOutcome.Denied);
        foreach (var record in new[] { early, denied, other })
        {
            await store.RecordAsync(record, ct);
        }

        Assert.Equal([denied.Id, early.Id], (await store.QueryAsync(new ActionQuery(Principal: "dev-agent"), ct)).Select(r => r.Id));
        Assert.Equal([other.Id, denied.Id], (await store.QueryAsync(new ActionQuery(Outcome: ActionOutcome.Denied), ct)).Select(r => r.Id));
        Assert.Equal(2, (await store.QueryAsync(new ActionQuery(Since: DateTimeOffset.UtcNow.AddHours(-1)), ct)).Count);
        Assert.Single(await store.QueryAsync(new ActionQuery(Limit: 1), ct));
    }

    [Fact]
    public async Task A_record_the_database_refuses_fails_the_caller_and_the_writer_recovers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = SqliteStore.Open(directory.Path);
        Execute(store.Path, "CREATE TRIGGER refuse BEFORE INSERT ON ledger_entries BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;");

        var error = await Assert.ThrowsAsync<StoreWriteException>(() => store.RecordAsync(Record("dev-agent", ActionOutcome.Success), ct).AsTask());
        Assert.IsType<SqliteException>(error.InnerException);
        Assert.Empty(await store.QueryAsync(new ActionQuery(), ct));

        Execute(store.Path, "DROP TRIGGER refuse");
        await store.RecordAsync(Record("dev-agent", ActionOutcome.Success), ct);
        Assert.Single(await store.QueryAsync(new ActionQuery(), ct));
    }

    [Fact]
    public async Task Recording_after_the_store_is_closed_fails()
    {
        var store = SqliteStore.Open(directory.Path);
        await store.DisposeAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.RecordAsync(Record("a", ActionOutcome.Success), TestContext.Current.CancellationToken).AsTask());
    }

    private static ActionRecord Record(string principal, ActionOutcome outcome, DateTimeOffset? at = null)
    {
        var when = at ?? DateTimeOffset.UtcNow;
        return new ActionRecord(
            Guid.CreateVersion7(when), when, ActionChannel.AuthorizeApi, principal, "tok_0123456789ab", "call", "github.get_file_contents",
            outcome == ActionOutcome.Success ? Effect.Allow : Effect.Deny, outcome, outcome == ActionOutcome.Denied ? StageName.Authorize : null,
            ["grant-1"], ["because"], new string('a', 64), 42);
    }

    private static string? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
