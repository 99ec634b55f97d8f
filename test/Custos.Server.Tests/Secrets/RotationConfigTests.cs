using Custos.Core.Configuration;

namespace Custos.Server.Tests.Secrets;

/// <summary>secrets.scopes[].rotate as a mapping: the rotators' settings and their errors, each at its line and column.</summary>
public sealed class RotationConfigTests
{
    private const string Head = """
        version: 1
        agents:
          - name: dev-agent
            owner: a@example.com
            purpose: Writes code.
            gdpr: { lawful_basis: contract, processing_purpose: Development. }
        systems:
          - name: appdb
            kind: http
            url: https://appdb.example
            credentials:
              dsn: secret://builtin/app-db
        secrets:
          scopes:
            - secret: secret://builtin/app-db
              systems: [appdb]
              rotate:

        """;

    private static ConfigLoadResult Load(string rotate) =>
        ConfigLoader.Parse(Head + string.Join("\n", rotate.Split('\n').Select(l => "          " + l)), "custos.yaml", "/tmp/custos.yaml");

    [Fact]
    public void A_postgres_rotator_binds_with_its_defaults()
    {
        var result = Load("""
            schedule: 30d
            postgres:
              host: db.internal
              username: custos_rotator
              password: secret://builtin/pg-admin
              roles: [app_a, app_b]
            """);
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var rotation = result.Config!.Secrets.Scopes.Single().Rotate!;
        var postgres = Assert.IsType<PostgresRotationSettings>(rotation.Rotator);
        Assert.Equal(("db.internal", 5432, "postgres", "custos_rotator", "prefer", TimeSpan.FromSeconds(10)), (postgres.Host, postgres.Port, postgres.Database, postgres.Username, postgres.SslMode, postgres.Timeout));
        Assert.Equal(["app_a", "app_b"], postgres.Roles);
        Assert.Equal(TimeSpan.FromDays(30), rotation.Every);
        Assert.Equal("every 30d, postgres", rotation.ToString());
    }

    [Fact]
    public void A_webhook_rotator_without_a_schedule_rotates_on_demand()
    {
        var result = Load("""
            webhook:
              url: https://rotator.internal/rotate
              signing_key: secret://env/ROTATOR_KEY
              timeout: 30s
            """);
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var rotation = result.Config!.Secrets.Scopes.Single().Rotate!;
        var webhook = Assert.IsType<WebhookRotationSettings>(rotation.Rotator);
        Assert.Equal((new Uri("https://rotator.internal/rotate"), "secret://env/ROTATOR_KEY", TimeSpan.FromSeconds(30)), (webhook.Url, webhook.SigningKey.ToString(), webhook.Timeout));
        Assert.Equal(DateTimeOffset.MaxValue, rotation.DueAfter(DateTimeOffset.UnixEpoch));
        Assert.Equal("on demand, webhook", rotation.ToString());
    }

    [Fact]
    public void Bad_rotator_settings_are_reported_at_their_line_and_column()
    {
        var cases = new (string Rotate, string Where, string Message)[]
        {
            ("postgres: { host: db, username: u, password: secret://builtin/pg, roles: [app_a] }", "18:", "must name two different login roles"),
            ("postgres: { host: db, username: u, password: secret://builtin/pg, roles: [app_a, app_a] }", "18:", "must name two different login roles"),
            ("postgres: { host: db, username: u, password: secret://builtin/pg, roles: [app_a, \"App B\"] }", "18:", "is not a plain role name"),
            ("postgres: { host: db, username: u, password: hunter2, roles: [a, b] }", "18:", "password must be a secret reference such as secret://builtin/pg-admin; credentials never go in custos.yaml"),
            ("postgres: { host: db, username: u, password: secret://builtin/app-db, roles: [a, b] }", "18:", "is the secret being rotated"),
            ("postgres: { host: db, port: 70000, username: u, password: secret://builtin/pg, roles: [a, b] }", "18:", "port must be between 1 and 65535"),
            ("postgres: { host: db, username: u, password: secret://builtin/pg, roles: [a, b], ssl_mode: maybe }", "18:", "ssl_mode must be one of: disable, prefer, require, verify-ca, verify-full"),
            ("postgres: { host: db, username: u, password: secret://builtin/pg, roles: [a, b], timeout: 0s }", "18:", "timeout must be a duration between 1s and 5m"),
            ("postgres: { username: u, password: secret://builtin/pg, roles: [a, b] }", "18:", "is missing 'host'"),
            ("webhook: { url: http://rotator.example/rotate, signing_key: secret://env/K }", "18:", "url must be an https URL (http only for localhost)"),
            ("webhook: { url: https://u:p@rotator.example/, signing_key: secret://env/K }", "18:", "without a user name or password"),
            ("webhook: { url: https://rotator.example/ }", "18:", "is missing 'signing_key'"),
            ("schedule: 30d\npostgrs: { host: db }", "19:", "unknown key 'postgrs' in secrets.scopes[0].rotate (did you mean 'postgres'?)"),
            ("schedule: 2h", "18:", "rotate.schedule must be a period such as 30d"),
            ("{ schedule: 30d, webhook: { url: https://r.example/, signing_key: secret://env/K }, postgres: { host: db } }", "18:", "names two rotators"),
            ("{ }", "18:", "needs a schedule"),
        };
        foreach (var (rotate, where, message) in cases)
        {
            var result = Load(rotate);
            Assert.False(result.IsValid, rotate);
            var error = Assert.Single(result.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
            Assert.StartsWith($"custos.yaml:{where}", error.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_rotator_needs_a_built_in_secret()
    {
        var result = ConfigLoader.Parse(Head.Replace("secret: secret://builtin/app-db", "secret: secret://vault/kv/app#dsn", StringComparison.Ordinal) + "            postgres: { host: db, username: u, password: secret://builtin/pg, roles: [a, b] }", "custos.yaml", "/tmp/custos.yaml");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("the secret must be secret://builtin/NAME, not secret://vault/kv/app#dsn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unusual_use_thresholds_bind_and_bad_ones_are_reported_where_they_are()
    {
        var good = ConfigLoader.Parse("version: 1\nsecrets:\n  unusual_use:\n    volume_factor: 10\n    min_uses: 50\n    hours: false\n", "custos.yaml", "/tmp/custos.yaml");
        Assert.True(good.IsValid, string.Join("\n", good.Diagnostics));
        Assert.Equal(new UnusualUseSettings(true, 10, 50, 14, 3, false), good.Config!.Secrets.UnusualUse);

        var cases = new (string Line, string Message)[]
        {
            ("volume_factor: 1", "custos.yaml:4:20: error: secrets.unusual_use.volume_factor must be between 2 and 1000"),
            ("min_uses: lots", "custos.yaml:4:15: error: secrets.unusual_use.min_uses must be a whole number, found 'lots'"),
            ("hours: sometimes", "custos.yaml:4:12: error: secrets.unusual_use.hours must be true or false, found 'sometimes'"),
            ("baseline_days: 200", "custos.yaml:4:20: error: secrets.unusual_use.baseline_days must be between 1 and 90"),
            ("min_history_days: 20", "custos.yaml:4:23: error: secrets.unusual_use.min_history_days (20) cannot be more than baseline_days (14)"),
            ("volume: 5", "custos.yaml:4:5: error: unknown key 'volume' in secrets.unusual_use"),
        };
        foreach (var (line, message) in cases)
        {
            var result = ConfigLoader.Parse($"version: 1\nsecrets:\n  unusual_use:\n    {line}\n", "custos.yaml", "/tmp/custos.yaml");
            Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith(message, StringComparison.Ordinal));
        }
    }
}
