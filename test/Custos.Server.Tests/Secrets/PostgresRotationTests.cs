using System.Net;
using System.Net.Sockets;
using Custos.Core.Pipeline;
using Custos.Core.Secrets;
using Custos.Core.Storage;
using Npgsql;

namespace Custos.Server.Tests.Secrets;

/// <summary>The PostgreSQL role rotator against a real PostgreSQL server started for this class.</summary>
public sealed class PostgresRotationTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private const string InitialPassword = "initial-app-a-Pw-5d1e0c";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Scope(int port, string roles, string database = "postgres") => $"""
            - secret: secret://builtin/{database}-db
              systems: [github]
              rotate:
                schedule: 30d
                postgres:
                  host: 127.0.0.1
                  port: {port}
                  database: {database}
                  username: {PostgresServer.AdminUser}
                  password: secret://builtin/pg-admin
                  roles: {roles}
                  ssl_mode: disable
                  timeout: 5s
        """;

    /// <summary>Two fresh login roles in a group role, the first with a known password; returns their names.</summary>
    private async Task<(string A, string B)> RolesAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (a, b) = ($"app_a_{suffix}", $"app_b_{suffix}");
        await server.ExecuteAsync($"CREATE ROLE app_rw_{suffix} NOLOGIN; CREATE ROLE {a} LOGIN PASSWORD '{InitialPassword}' IN ROLE app_rw_{suffix}; CREATE ROLE {b} LOGIN IN ROLE app_rw_{suffix};");
        return (a, b);
    }

    private static async Task<string> WhoAmIAsync(NpgsqlConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT current_user";
        return (string)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static async Task<NpgsqlConnection> LoginAsync(PostgresServer server, string value)
    {
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString("x", "x"));
        var fromSecret = new NpgsqlConnectionStringBuilder(value);
        builder.Username = fromSecret.Username;
        builder.Password = fromSecret.Password;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(Ct);
        return connection;
    }

    [Fact]
    public async Task Rotation_alternates_roles_so_open_connections_survive_and_the_new_credential_logs_in()
    {
        var (a, b) = await RolesAsync();
        await using var ws = await SecretsWorkspace.OpenAsync(scopes: Scope(server.Port, $"[{a}, {b}]"));
        await ws.Workspace.Builtin.SetAsync("pg-admin", server.AdminPassword, "test", Ct);
        var initial = $"Username={a};Password={InitialPassword}";
        await ws.Workspace.Builtin.SetAsync("postgres-db", initial, "test", Ct);
        await using var inUse = await LoginAsync(server, initial);

        var first = await ws.Workspace.Rotations.RotateAsync("postgres-db", "ops@example.com", ActionChannel.Cli, Ct);
        Assert.True(first.Succeeded, first.Message);
        Assert.Equal((2, "postgres"), (first.Version, first.Rotator));
        var (second, _) = await ws.Workspace.Builtin.ReadAsync("postgres-db", null, Ct);
        Assert.StartsWith($"Username={b};Password=", second, StringComparison.Ordinal);

        // The connection opened with the old credential keeps working, the old credential still logs in, and so does the new one.
        Assert.Equal(a, await WhoAmIAsync(inUse));
        await using (var again = await LoginAsync(server, initial))
        {
            Assert.Equal(a, await WhoAmIAsync(again));
        }

        await using var withNew = await LoginAsync(server, second);
        Assert.Equal(b, await WhoAmIAsync(withNew));

        // The next rotation switches back to the first role with a new password: the oldest credential stops logging in,
        // connections already open with it still work.
        var next = await ws.Workspace.Rotations.RotateAsync("postgres-db", "ops@example.com", ActionChannel.Cli, Ct);
        Assert.True(next.Succeeded, next.Message);
        var (third, _) = await ws.Workspace.Builtin.ReadAsync("postgres-db", null, Ct);
        Assert.StartsWith($"Username={a};Password=", third, StringComparison.Ordinal);
        Assert.NotEqual(initial, third);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => LoginAsync(server, initial));
        Assert.Equal("28P01", refused.SqlState);
        Assert.Equal(a, await WhoAmIAsync(inUse));
        Assert.Equal(b, await WhoAmIAsync(withNew));
        await using (var latest = await LoginAsync(server, third))
        {
            Assert.Equal(a, await WhoAmIAsync(latest));
        }

        var events = (await ws.Workspace.Store.QueryAsync(new ActionQuery(Limit: 100), Ct)).Where(r => r.Action == "update" && r.Resource == SecretBroker.Resource).ToList();
        Assert.Contains(events, e => e.Outcome == ActionOutcome.Success && e.Reasons.Single().Contains($"rotated secret://builtin/postgres-db to version 2 (postgres rotator: role {b}; {a} keeps its password until the next rotation)", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Reasons.Single().Contains("to version 3", StringComparison.Ordinal));
        await AssertNoValueAsync(ws, InitialPassword, second, third, server.AdminPassword);
    }

    [Fact]
    public async Task A_wrong_admin_password_leaves_the_secret_as_it_was_and_records_the_failure()
    {
        var (a, b) = await RolesAsync();
        await using var ws = await SecretsWorkspace.OpenAsync(scopes: Scope(server.Port, $"[{a}, {b}]"));
        const string wrong = "not-the-admin-password-9c2f";
        await ws.Workspace.Builtin.SetAsync("pg-admin", wrong, "test", Ct);
        var initial = $"Username={a};Password={InitialPassword}";
        await ws.Workspace.Builtin.SetAsync("postgres-db", initial, "test", Ct);

        var outcome = await ws.Workspace.Rotations.RotateAsync("postgres-db", "ops@example.com", ActionChannel.Cli, Ct);
        Assert.False(outcome.Succeeded);
        Assert.Contains("28P01", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("check the password in secret://builtin/pg-admin", outcome.Message, StringComparison.Ordinal);
        var (value, stored) = await ws.Workspace.Builtin.ReadAsync("postgres-db", null, Ct);
        Assert.Equal((initial, 1), (value, stored.Version));
        await using (var still = await LoginAsync(server, initial))
        {
            Assert.Equal(a, await WhoAmIAsync(still));
        }

        var failure = Assert.Single(await ws.Workspace.Store.QueryAsync(new ActionQuery(Limit: 100), Ct), r => r.Action == "update" && r.Outcome == ActionOutcome.Denied);
        Assert.Contains("could not rotate secret://builtin/postgres-db (postgres rotator)", failure.Reasons.Single(), StringComparison.Ordinal);
        Assert.Contains("the current version stays in use", failure.Reasons.Single(), StringComparison.Ordinal);
        await AssertNoValueAsync(ws, InitialPassword, wrong, server.AdminPassword);
    }

    [Fact]
    public async Task A_server_that_is_down_fails_the_rotation_clearly_and_keeps_the_old_version()
    {
        int closedPort;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        await using var ws = await SecretsWorkspace.OpenAsync(scopes: Scope(closedPort, "[app_a, app_b]"));
        await ws.Workspace.Builtin.SetAsync("pg-admin", server.AdminPassword, "test", Ct);
        var initial = $"Username=app_a;Password={InitialPassword}";
        await ws.Workspace.Builtin.SetAsync("postgres-db", initial, "test", Ct);

        var outcome = await ws.Workspace.Rotations.RotateAsync("postgres-db", "ops@example.com", ActionChannel.Cli, Ct);
        Assert.False(outcome.Succeeded);
        Assert.Contains($"PostgreSQL at 127.0.0.1:{closedPort}: logging in to PostgreSQL at 127.0.0.1:{closedPort} as {PostgresServer.AdminUser} failed", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("check that the server is up", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await ws.Workspace.Builtin.ReadAsync("postgres-db", null, Ct)).Version.Version);
        Assert.Single(await ws.Workspace.Store.QueryAsync(new ActionQuery(Limit: 100), Ct), r => r.Action == "update" && r.Outcome == ActionOutcome.Denied);
        await AssertNoValueAsync(ws, InitialPassword, server.AdminPassword);
    }

    [Fact]
    public async Task A_missing_role_fails_with_how_to_create_it()
    {
        await using var ws = await SecretsWorkspace.OpenAsync(scopes: Scope(server.Port, "[no_such_role_a, no_such_role_b]"));
        await ws.Workspace.Builtin.SetAsync("pg-admin", server.AdminPassword, "test", Ct);
        var outcome = await ws.Workspace.Rotations.RotateAsync("postgres-db", "ops@example.com", ActionChannel.Cli, Ct);
        Assert.False(outcome.Succeeded);
        Assert.Contains("setting the password of role no_such_role_a failed with 42704", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("CREATE ROLE no_such_role_a LOGIN", outcome.Message, StringComparison.Ordinal);
        Assert.Null(await ws.Workspace.Store.Secrets.GetAsync("postgres-db", null, Ct));
    }

    [Fact]
    public async Task The_password_reaches_the_server_only_as_a_scram_verifier()
    {
        var (a, b) = await RolesAsync();
        await using var ws = await SecretsWorkspace.OpenAsync(scopes: Scope(server.Port, $"[{a}, {b}]"));
        await ws.Workspace.Builtin.SetAsync("pg-admin", server.AdminPassword, "test", Ct);
        await server.ExecuteAsync("ALTER SYSTEM SET log_statement = 'all'; SELECT pg_reload_conf();");
        try
        {
            var outcome = await ws.Workspace.Rotations.RotateAsync("postgres-db", "ops@example.com", ActionChannel.Cli, Ct);
            Assert.True(outcome.Succeeded, outcome.Message);
        }
        finally
        {
            await server.ExecuteAsync("ALTER SYSTEM RESET log_statement; SELECT pg_reload_conf();");
        }

        var (value, _) = await ws.Workspace.Builtin.ReadAsync("postgres-db", null, Ct);
        var password = value[(value.IndexOf("Password=", StringComparison.Ordinal) + 9)..];
        var serverLog = await File.ReadAllTextAsync(server.LogFile, Ct);
        Assert.Contains($"ALTER ROLE \"{a}\" WITH PASSWORD 'SCRAM-SHA-256$4096:", serverLog, StringComparison.Ordinal);
        Assert.DoesNotContain(password, serverLog, StringComparison.Ordinal);
    }

    private static async Task AssertNoValueAsync(SecretsWorkspace ws, params string[] values)
    {
        var records = await ws.Workspace.Store.QueryAsync(new ActionQuery(Limit: 1000), Ct);
        var ledger = string.Join("\n", records.Select(r => $"{r.Resource} {string.Join(" ", r.Reasons)} {string.Join(" ", r.Secrets ?? [])}"));
        var logs = string.Join("\n", ws.Logs);
        foreach (var value in values)
        {
            var password = value.Contains("Password=", StringComparison.Ordinal) ? value[(value.IndexOf("Password=", StringComparison.Ordinal) + 9)..] : value;
            Assert.DoesNotContain(password, ledger, StringComparison.Ordinal);
            Assert.DoesNotContain(password, logs, StringComparison.Ordinal);
        }
    }
}
