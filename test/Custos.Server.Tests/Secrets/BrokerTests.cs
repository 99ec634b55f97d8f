using System.Security.Cryptography;
using System.Text;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Secrets;
using Custos.Core.Storage;
using Custos.Detection;
using Custos.Storage.Sqlite;

namespace Custos.Server.Tests.Secrets;

public sealed class BrokerTests
{
    private const string GitHubValue = "ghp_BrokerTestValue1234567890abcdefghij";
    private const string CrmValue = "Bearer crm-broker-test-value-7f3a9c";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_built_in_store_round_trips_and_keeps_every_version()
    {
        await using var ws = await SecretsWorkspace.OpenAsync();
        Assert.Equal(1, await ws.Workspace.Builtin.SetAsync("github", GitHubValue, "test", Ct));
        Assert.Equal(2, await ws.Workspace.Builtin.RotateAsync("github", "test", Ct));
        var (first, v1) = await ws.Workspace.Builtin.ReadAsync("github", 1, Ct);
        var (current, v2) = await ws.Workspace.Builtin.ReadAsync("github", null, Ct);
        Assert.Equal(GitHubValue, first);
        Assert.Equal(2, v2.Version);
        Assert.NotEqual(GitHubValue, current);
        Assert.Equal(43, current.Length);
        Assert.Equal(1, v1.Version);
        var info = Assert.Single(await ws.Workspace.Store.Secrets.ListAsync(Ct));
        Assert.Equal((2, 2, SecretKind.Secret), (info.CurrentVersion, info.Versions, info.Kind));
        Assert.True(File.Exists(Path.Combine(ws.Workspace.Config.DataDirectory, MasterKey.FileName)));
    }

    [Fact]
    public async Task The_inject_stage_hands_the_forwarder_the_credential_and_the_ledger_names_only_the_reference()
    {
        await using var ws = await SecretsWorkspace.OpenAsync();
        await ws.Workspace.Builtin.SetAsync("github", GitHubValue, "test", Ct);
        var (context, injected) = await ws.RunAsync("dev-agent", "github.repos");
        Assert.Equal(ActionOutcome.Success, context.Outcome);
        Assert.Equal(GitHubValue, injected!["token"]);
        Assert.DoesNotContain(GitHubValue, context.Credentials["token"].ToString(), StringComparison.Ordinal);

        var record = Assert.Single(await ws.Workspace.Store.QueryAsync(new ActionQuery(Limit: 10), Ct), r => r.Id == context.Action.Id);
        Assert.Equal(["token=secret://builtin/github"], record.Secrets);
        var use = Assert.Single(await ws.Workspace.Store.Secrets.UsageAsync(new DateOnly(2026, 11, 28), Ct));
        Assert.Equal(("secret://builtin/github", "dev-agent", "github", SecretUseOutcome.Used, 1L, context.Action.Id), (use.Reference, use.Agent, use.System, use.Outcome, use.Count, use.LastActionId));
    }

    [Fact]
    public async Task An_action_with_nothing_to_forward_gets_no_credentials_and_counts_no_use()
    {
        await using var ws = await SecretsWorkspace.OpenAsync();
        await ws.Workspace.Builtin.SetAsync("github", GitHubValue, "test", Ct);
        var action = AgentAction.Create(ActionChannel.AuthorizeApi, new AgentCredential(await ws.TokenAsync("dev-agent")), "read", "github.repos", null, ws.Clock);
        var context = await ws.Workspace.Pipeline.RunAsync(action, null, Ct);
        Assert.Equal(ActionOutcome.Success, context.Outcome);
        Assert.Empty(context.Credentials);
        Assert.Empty(await ws.Workspace.Store.Secrets.UsageAsync(new DateOnly(2026, 1, 1), Ct));
    }

    [Fact]
    public async Task A_missing_secret_fails_the_action_naming_the_reference_and_the_fix()
    {
        await using var ws = await SecretsWorkspace.OpenAsync();
        var forwarded = false;
        var action = AgentAction.Create(ActionChannel.AuthorizeApi, new AgentCredential(await ws.TokenAsync("dev-agent")), "read", "github.repos", null, ws.Clock);
        var context = await ws.Workspace.Pipeline.RunAsync(action, (_, _) => { forwarded = true; return ValueTask.CompletedTask; }, Ct);
        Assert.False(forwarded);
        Assert.Equal(ActionOutcome.Failure, context.Outcome);
        Assert.Equal(StageName.InjectCredentials, context.StoppedAt);
        var reason = Assert.Single(context.Reasons);
        Assert.Contains("the credential 'token' of github (secret://builtin/github) could not be injected", reason, StringComparison.Ordinal);
        Assert.Contains("custos secrets set github", reason, StringComparison.Ordinal);
        Assert.True(context.Recorded);
    }

    [Fact]
    public async Task A_use_outside_the_scope_is_refused_counted_and_recorded()
    {
        await using var ws = await SecretsWorkspace.OpenAsync();
        await ws.Workspace.Builtin.SetAsync("crm#authorization", CrmValue, "test", Ct);
        var (allowed, injected) = await ws.RunAsync("dev-agent", "crm.lookup");
        Assert.Equal(ActionOutcome.Success, allowed.Outcome);
        Assert.Equal(CrmValue, injected!["authorization"]);

        var (refused, none) = await ws.RunAsync("other-agent", "crm.lookup");
        Assert.Null(none);
        Assert.Equal(ActionOutcome.Denied, refused.Outcome);
        Assert.Equal(StageName.InjectCredentials, refused.StoppedAt);
        Assert.Contains("may not be used by other-agent", Assert.Single(refused.Reasons), StringComparison.Ordinal);

        var direct = await Assert.ThrowsAsync<SecretResolutionException>(async () =>
            await ws.Workspace.Secrets.ResolveAsync(BuiltinSecrets.ReferenceOf("crm#authorization"), new SecretUse("dev-agent", "github"), Ct));
        Assert.Equal(SecretFailure.OutOfScope, direct.Failure);
        Assert.Contains("allows only crm", direct.Message, StringComparison.Ordinal);

        // A secret with no scope goes only where a system's credentials name it.
        await ws.Workspace.Builtin.SetAsync("github", GitHubValue, "test", Ct);
        var unscoped = await Assert.ThrowsAsync<SecretResolutionException>(async () =>
            await ws.Workspace.Secrets.ResolveAsync(BuiltinSecrets.ReferenceOf("github"), new SecretUse("dev-agent", "crm"), Ct));
        Assert.Contains("crm's credentials do not name it", unscoped.Message, StringComparison.Ordinal);

        var uses = await ws.Workspace.Store.Secrets.UsageAsync(new DateOnly(2026, 11, 28), Ct);
        Assert.Contains(uses, u => u is { Reference: "secret://builtin/crm#authorization", Agent: "other-agent", Outcome: SecretUseOutcome.Denied, Count: 1 });
        var events = await ws.Workspace.Store.QueryAsync(new ActionQuery(Action: "deny", Limit: 10), Ct);
        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal(SecretBroker.Resource, e.Resource));
        Assert.Contains(events, e => e.Reasons[0].Contains("secret://builtin/crm#authorization was refused to agent other-agent for crm", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_cache_serves_a_value_until_it_expires_and_a_rotation_here_clears_it_at_once()
    {
        await using var ws = await SecretsWorkspace.OpenAsync();
        var reference = BuiltinSecrets.ReferenceOf("github");
        var use = new SecretUse("dev-agent", "github");
        await ws.Workspace.Builtin.SetAsync("github", GitHubValue, "test", Ct);
        Assert.Equal(GitHubValue, (await ws.Workspace.Secrets.ResolveAsync(reference, use, Ct)).Reveal());

        // Another process (the CLI) sets a new value: this one keeps serving its cached copy for cache_ttl.
        var elsewhere = new BuiltinSecrets(ws.Workspace.Store.Secrets, () => MasterKey.Load(ws.Workspace.Config.DataDirectory), ws.Clock);
        await elsewhere.SetAsync("github", "ghp_SetElsewhere000000000000000000000000", "cli", Ct);
        Assert.Equal(GitHubValue, (await ws.Workspace.Secrets.ResolveAsync(reference, use, Ct)).Reveal());
        ws.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal("ghp_SetElsewhere000000000000000000000000", (await ws.Workspace.Secrets.ResolveAsync(reference, use, Ct)).Reveal());

        // A rotation through this broker's store is seen on the very next use.
        var version = await ws.Workspace.Builtin.RotateAsync("github", "test", Ct);
        var (rotated, _) = await ws.Workspace.Builtin.ReadAsync("github", version, Ct);
        Assert.Equal(rotated, (await ws.Workspace.Secrets.ResolveAsync(reference, use, Ct)).Reveal());
    }

    [Fact]
    public async Task A_tampered_ciphertext_or_a_wrong_master_key_fails_the_action_without_the_value()
    {
        await using var ws = await SecretsWorkspace.OpenAsync();
        await ws.Workspace.Builtin.SetAsync("github", GitHubValue, "test", Ct);
        Execute(ws, "UPDATE secret_versions SET ciphertext = zeroblob(length(ciphertext)) WHERE name = 'github'");
        var (context, _) = await ws.RunAsync("dev-agent", "github.repos");
        Assert.Equal(ActionOutcome.Failure, context.Outcome);
        Assert.Contains("failed its integrity check", Assert.Single(context.Reasons), StringComparison.Ordinal);

        // The same database opened with another master key says so.
        var otherKey = new BuiltinSecrets(ws.Workspace.Store.Secrets, () => MasterKey.Load(ws.Directory, name => name == MasterKey.EnvironmentVariable ? MasterKey.NewBase64() : null), ws.Clock);
        await ws.Workspace.Builtin.SetAsync("crm#authorization", CrmValue, "test", Ct);
        var error = await Assert.ThrowsAsync<SecretResolutionException>(() => otherKey.ReadAsync("crm#authorization", null, Ct));
        Assert.Contains("was sealed under master key", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(CrmValue, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_honeytoken_is_never_injected_and_raises_an_alert_the_agent_is_not_told_about()
    {
        await using var ws = await SecretsWorkspace.OpenAsync();
        await ws.Workspace.Builtin.CreateHoneytokenAsync("decoy", "aws", "test", Ct);
        var (value, stored) = await ws.Workspace.Builtin.ReadAsync("decoy", null, Ct);
        Assert.Equal(SecretKind.Honeytoken, stored.Kind);
        Assert.Matches("^AKIA[A-Z2-7]{16}$", value);
        Assert.NotNull(CredentialLiteral.Recognize(value, credentialKey: false));

        var (context, injected) = await ws.RunAsync("dev-agent", "trap.read");
        Assert.Null(injected);
        Assert.Equal(ActionOutcome.Denied, context.Outcome);
        var reason = Assert.Single(context.Reasons);
        Assert.DoesNotContain("honeytoken", reason, StringComparison.OrdinalIgnoreCase);
        var alert = Assert.Single(await ws.Workspace.Store.QueryAsync(new ActionQuery(Action: "alert", Limit: 10), Ct));
        Assert.Equal("secret.honeytoken:secret://builtin/decoy", alert.Resource);
        Assert.Contains("honeytoken secret://builtin/decoy was asked for by agent dev-agent for trap", alert.Reasons[0], StringComparison.Ordinal);
        Assert.Contains(ws.Logs, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("Honeytoken secret://builtin/decoy", StringComparison.Ordinal));
        Assert.Contains(await ws.Workspace.Store.Secrets.UsageAsync(new DateOnly(2026, 11, 28), Ct), u => u.Outcome == SecretUseOutcome.Honeytoken);
        await Assert.ThrowsAsync<SecretResolutionException>(() => ws.Workspace.Builtin.RotateAsync("decoy", "test", Ct));
    }

    [Fact]
    public async Task Known_values_follow_the_store_and_name_references_never_values()
    {
        await using var ws = await SecretsWorkspace.OpenAsync();
        var known = ws.Workspace.Secrets;
        Assert.Equal(0, (await known.GetAsync(Ct)).Count);
        await ws.Workspace.Builtin.SetAsync("github", GitHubValue, "test", Ct);
        await ws.Workspace.Builtin.CreateHoneytokenAsync("decoy", "github", "test", Ct);
        var (decoy, _) = await ws.Workspace.Builtin.ReadAsync("decoy", null, Ct);

        var scanner = new Scanner(new ScannerOptions { KnownSecrets = await known.GetAsync(Ct) });
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(GitHubValue));
        var findings = scanner.Scan($"the agent wrote {base64} and then {decoy}.");
        Assert.Contains(findings, f => f.Subtype == "known" && f.Explanation!.Contains("secret://builtin/github", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Subtype == "known" && f.Explanation!.Contains("honeytoken secret://builtin/decoy", StringComparison.Ordinal));
        Assert.All(findings, f => Assert.DoesNotContain(GitHubValue, f.Explanation ?? string.Empty, StringComparison.Ordinal));

        // A rotation by another process is picked up: the new value is known, the one before it still is.
        var elsewhere = new BuiltinSecrets(ws.Workspace.Store.Secrets, () => MasterKey.Load(ws.Workspace.Config.DataDirectory), ws.Clock);
        await elsewhere.RotateAsync("github", "cli", Ct);
        var (rotated, _) = await elsewhere.ReadAsync("github", null, Ct);
        ws.Clock.Advance(TimeSpan.FromSeconds(2));
        scanner = new Scanner(new ScannerOptions { KnownSecrets = await known.GetAsync(Ct) });
        Assert.Contains(scanner.Scan($"x {rotated} y"), f => f.Subtype == "known");
        Assert.Contains(scanner.Scan($"x {GitHubValue} y"), f => f.Subtype == "known");
    }

    [Fact]
    public async Task A_value_custos_fetched_for_itself_is_known_at_once_and_until_replaced()
    {
        await using var ws = await SecretsWorkspace.OpenAsync();
        var broker = ws.Workspace.Secrets;
        var first = "tok-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var second = "tok-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _ = await broker.GetAsync(Ct); // a snapshot younger than a second, which must not hide what comes next

        broker.Remember("secret://entra/t/c token for azure", first);
        var scanner = new Scanner(new ScannerOptions { KnownSecrets = await broker.GetAsync(Ct) });
        var finding = Assert.Single(scanner.Scan($"leaked: {first}"), f => f.Subtype == "known");
        Assert.Contains("secret://entra/t/c token for azure", finding.Explanation, StringComparison.Ordinal);

        // Replaced under the same name: the new value is known, the old one no longer.
        broker.Remember("secret://entra/t/c token for azure", second);
        scanner = new Scanner(new ScannerOptions { KnownSecrets = await broker.GetAsync(Ct) });
        Assert.Contains(scanner.Scan($"x {second} y"), f => f.Subtype == "known");
        Assert.DoesNotContain(scanner.Scan($"x {first} y"), f => f.Subtype == "known");
    }

    [Fact]
    public async Task No_value_appears_in_any_log_line_ledger_record_or_database_byte()
    {
        var values = new List<string> { GitHubValue, CrmValue };
        string databasePath;
        string logs;
        string records;
        await using (var ws = await SecretsWorkspace.OpenAsync())
        {
            await ws.Workspace.Builtin.SetAsync("github", GitHubValue, "test", Ct);
            await ws.Workspace.Builtin.SetAsync("crm#authorization", CrmValue, "test", Ct);
            await ws.Workspace.Builtin.CreateHoneytokenAsync("decoy", "openai", "test", Ct);
            values.Add((await ws.Workspace.Builtin.ReadAsync("decoy", null, Ct)).Value);
            await ws.Workspace.Builtin.RotateAsync("github", "test", Ct);
            values.Add((await ws.Workspace.Builtin.ReadAsync("github", null, Ct)).Value);

            // Every path: success, cache hit, out of scope, honeytoken, a tampered secret, an agent without a token.
            foreach (var (agent, resource) in new[] { ("dev-agent", "github.repos"), ("dev-agent", "github.repos"), ("dev-agent", "crm.lookup"), ("other-agent", "crm.lookup"), ("dev-agent", "trap.read") })
            {
                await ws.RunAsync(agent, resource);
            }

            Execute(ws, "UPDATE secret_versions SET ciphertext = zeroblob(length(ciphertext)) WHERE name = 'crm#authorization'");
            ws.Clock.Advance(TimeSpan.FromMinutes(1));
            await ws.RunAsync("dev-agent", "crm.lookup");
            _ = await ws.Workspace.Secrets.GetAsync(Ct);
            records = string.Join('\n', (await ws.Workspace.Store.QueryAsync(new ActionQuery(Limit: 1000), Ct)).Select(r => r.ToString() + string.Join('|', r.Reasons) + string.Join('|', r.Secrets ?? [])));
            logs = string.Join('\n', ws.Logs);
            databasePath = ws.Workspace.Store.Path;
            Assert.Contains("secret://builtin/decoy", logs, StringComparison.Ordinal);

            var bytes = DatabaseBytes(databasePath);
            foreach (var value in values)
            {
                foreach (var form in Forms(value))
                {
                    Assert.DoesNotContain(form, logs, StringComparison.Ordinal);
                    Assert.DoesNotContain(form, records, StringComparison.Ordinal);
                    Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(form)) < 0, $"a form of a secret is in the database files");
                }
            }
        }
    }

    private static IEnumerable<string> Forms(string value)
    {
        yield return value;
        yield return Convert.ToBase64String(Encoding.UTF8.GetBytes(value)).TrimEnd('=');
        yield return Convert.ToHexStringLower(Encoding.UTF8.GetBytes(value));
    }

    private static byte[] DatabaseBytes(string path)
    {
        var all = new List<byte>();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file))
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                var buffer = new byte[stream.Length];
                stream.ReadExactly(buffer);
                all.AddRange(buffer);
            }
        }

        return [.. all];
    }

    private static void Execute(SecretsWorkspace ws, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={ws.Workspace.Store.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
