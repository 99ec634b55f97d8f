using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Custos.Core.Alerts;
using Custos.Core.Configuration;
using Custos.Core.Secrets;
using Custos.Server.Alerts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Custos.Llm.Tests;

/// <summary>Alert routes from custos.yaml (a real Kestrel webhook receiver) and the anomaly rules over real metered calls.</summary>
public sealed class AlertTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string Chat = """{"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "hi"}]}""";

    private static string SoftLimitAtFirstCall(string yaml) => yaml.Replace(
        "  - agent: dev-agent\n    daily_usd: 40\n",
        "  - agent: dev-agent\n    daily_usd: 0.00002\n    soft_limit_percent: 50\n",
        StringComparison.Ordinal);

    // Anomaly rules that alert at five times the baseline, after three minutes of history, from five calls a minute.
    private const string AnomalyAt5x = """

        alerts:
          anomaly:
            factor: 5
            window: 1m
            min_history: 3
            min_calls: 5
            min_spend_usd: 0
        """;

    private static async Task CallsAsync(LlmWorkspace workspace, string token, int times)
    {
        for (var i = 0; i < times; i++)
        {
            using var response = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, Chat);
            Assert.True(response.IsSuccessStatusCode);
        }
    }

    /// <summary>The alerts recorded so far (after the observers have seen every action), as RULE:SUBJECT, sorted.</summary>
    private static async Task<string[]> AlertResourcesAsync(LlmWorkspace workspace)
    {
        await workspace.Server.Workspace.Observers.DrainAsync(Cancel);
        return [.. (await workspace.Server.RecordsAsync()).Where(r => r.Action == "alert").Select(r => r.Resource).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task A_webhook_receives_the_alert_signed_with_hmac_sha256_and_the_alert_is_in_the_ledger()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var variable = "CUSTOS_TEST_WEBHOOK_KEY_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
        Environment.SetEnvironmentVariable(variable, key);
        try
        {
            await using var workspace = await LlmWorkspace.StartAsync(yaml => SoftLimitAtFirstCall(yaml) + $"""

                alerts:
                  routes:
                    - name: ops
                      kind: webhook
                      url: {receiver.Url}
                      secret: secret://env/{variable}
                      min_severity: warning
                      rules: [budget.*]
                    - name: only-critical
                      kind: webhook
                      url: {receiver.Url}
                      min_severity: critical
                """);
            var token = await workspace.Server.IssueAsync("dev-agent");
            using var response = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, Chat);
            Assert.True(response.IsSuccessStatusCode);

            await receiver.WaitAsync(r => r.Received.IsEmpty ? null : r, TimeSpan.FromSeconds(10));
            Assert.True(receiver.Received.TryPeek(out var first));
            var (headers, body) = first;
            var timestamp = headers["x-custos-timestamp"];
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(timestamp + "." + Encoding.UTF8.GetString(body))));
            Assert.Equal(expected, headers["x-custos-signature"]);
            Assert.Equal("application/json", headers["content-type"]);
            using var json = JsonDocument.Parse(body);
            Assert.Equal("budget.soft_limit", json.RootElement.GetProperty("rule").GetString());
            Assert.Equal("warning", json.RootElement.GetProperty("severity").GetString());
            Assert.Equal("dev-agent", json.RootElement.GetProperty("agent").GetString());
            Assert.Equal("ops", json.RootElement.GetProperty("route").GetString());
            Assert.Equal(response.Headers.GetValues("x-custos-action-id").Single(), json.RootElement.GetProperty("action_id").GetString());

            var alert = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "alert");
            Assert.Equal("budget.soft_limit:dev-agent", alert.Resource);

            // The warning never went to the route that wants critical alerts only, and the key is nowhere in the logs.
            await Task.Delay(300, Cancel);
            Assert.Single(receiver.Received);
            Assert.DoesNotContain(workspace.Server.Logs, l => l.Contains(key, StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task A_webhook_that_never_answers_neither_fails_nor_slows_the_calls()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Hang = true;
        // The first call passes 10% of the daily budget and raises an alert for the hung webhook.
        await using var workspace = await LlmWorkspace.StartAsync(yaml => SoftLimitAtFirstCall(yaml).Replace("daily_usd: 0.00002", "daily_usd: 0.0001", StringComparison.Ordinal).Replace("soft_limit_percent: 50", "soft_limit_percent: 10", StringComparison.Ordinal) + $"""

            alerts:
              routes:
                - name: dead
                  kind: webhook
                  url: {receiver.Url}
            """);
        var token = await workspace.Server.IssueAsync("dev-agent");
        // Each call would take at least the webhook's 5 s attempt timeout if it waited on delivery; none may.
        for (var i = 0; i < 6; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, Chat);
            Assert.True(response.IsSuccessStatusCode);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"call {i} took {watch.Elapsed} while the webhook hung");
        }

        await receiver.WaitAsync(r => r.Received.IsEmpty ? null : r, TimeSpan.FromSeconds(10));
        Assert.Contains(await workspace.Server.RecordsAsync(), r => r.Action == "alert");
        var stop = Stopwatch.StartNew();
        await workspace.Server.StopAsync();
        Assert.True(stop.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {stop.Elapsed} with a hung webhook");
    }

    [Fact]
    public async Task A_refused_webhook_is_retried_a_bounded_number_of_times_and_reported_without_its_key()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // Nothing listens there now: every attempt is refused.
        var key = "whsec-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var reference = SecretReference.TryParse("secret://env/CUSTOS_UNUSED", out var parsed, out _) ? parsed : throw new InvalidOperationException();
        var logs = new List<string>();
        var route = new AlertRouteDefinition("down", AlertRouteKind.Webhook, new Uri($"http://127.0.0.1:{port}/hook?token=abc"), reference, AlertSeverity.Info, [], default);
        using var http = new HttpClient();
        await using var webhook = new WebhookAlertRoute(route, http, new FixedSecret(key), TimeProvider.System, new ListLogger(logs), new WebhookRetry(3, TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(1)));

        webhook.Deliver(new Alert("anomaly.spend", AlertSeverity.Warning, "dev-agent", "spike", DateTimeOffset.UtcNow, "dev-agent"));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (webhook.Failed == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, Cancel);
        }

        Assert.Equal(1, webhook.Failed);
        var line = Assert.Single(logs);
        Assert.Contains("after 3 attempts", line, StringComparison.Ordinal);
        Assert.Contains("refused", line, StringComparison.Ordinal);
        Assert.DoesNotContain(key, line, StringComparison.Ordinal);
        Assert.DoesNotContain("token=abc", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_burst_after_a_quiet_baseline_raises_exactly_one_alert_per_rule_for_the_window()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 30, TimeSpan.Zero));
        await using var workspace = await LlmWorkspace.StartAsync(yaml => yaml + AnomalyAt5x, clock);
        var token = await workspace.Server.IssueAsync("dev-agent");
        Task CallAsync(int times = 1) => CallsAsync(workspace, token, times);

        // A quiet baseline: one call a minute for four minutes, then three quiet ones after a gap.
        for (var minute = 0; minute < 4; minute++)
        {
            await CallAsync();
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Empty(await AlertResourcesAsync(workspace));

        // A burst of twelve calls in one minute: 12x the baseline, reported once per rule, not twelve times.
        await CallAsync(12);
        Assert.Equal(["anomaly.call_rate:dev-agent", "anomaly.spend:dev-agent"], await AlertResourcesAsync(workspace));
        var alerts = (await workspace.Server.RecordsAsync()).Where(r => r.Action == "alert").ToArray();
        Assert.Contains("made 5 calls in the minute", alerts.Single(a => a.Resource.StartsWith("anomaly.call_rate", StringComparison.Ordinal)).Reasons[0], StringComparison.Ordinal);

        // The next minute goes back to one call: no new alert.
        clock.Advance(TimeSpan.FromMinutes(1));
        await CallAsync();
        Assert.Equal(2, (await AlertResourcesAsync(workspace)).Length);
    }

    [Fact]
    public async Task Anomaly_baselines_survive_a_restart_so_a_spike_after_it_alerts_once_per_window_and_a_steady_rate_does_not()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 30, TimeSpan.Zero));
        await using var workspace = await LlmWorkspace.StartAsync(yaml => yaml + AnomalyAt5x, clock);
        var token = await workspace.Server.IssueAsync("dev-agent");
        Task CallAsync(int times) => CallsAsync(workspace, token, times);

        Task<string[]> AlertsAsync() => AlertResourcesAsync(workspace);

        async Task RestartAsync()
        {
            await workspace.Server.StopAsync();
            await workspace.Server.StartAsync();
        }

        // A steady baseline of six calls a minute for four minutes, then a restart.
        for (var minute = 0; minute < 4; minute++)
        {
            await CallAsync(6);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        await RestartAsync();

        // The same rate after the restart is no anomaly.
        await CallAsync(6);
        Assert.Empty(await AlertsAsync());

        // A spike in the same minute: 30 calls is 5x the baseline the restart kept (without it there is no history to compare with).
        await CallAsync(24);
        Assert.Equal(["anomaly.call_rate:dev-agent", "anomaly.spend:dev-agent"], await AlertsAsync());

        // Another restart within the same minute and more calls: the window has had its alert.
        await RestartAsync();
        await CallAsync(6);
        Assert.Equal(2, (await AlertsAsync()).Length);

        // The next minute is steady again: nothing new.
        clock.Advance(TimeSpan.FromMinutes(1));
        await CallAsync(6);
        Assert.Equal(2, (await AlertsAsync()).Length);
    }

    [Fact]
    public async Task With_no_saved_windows_the_baselines_are_seeded_from_the_ledger_so_a_spike_after_an_upgrade_alerts()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 30, TimeSpan.Zero));
        await using var workspace = await LlmWorkspace.StartAsync(yaml => yaml + AnomalyAt5x, clock);
        var token = await workspace.Server.IssueAsync("dev-agent");
        Task CallAsync(int times) => CallsAsync(workspace, token, times);

        for (var minute = 0; minute < 4; minute++)
        {
            await CallAsync(6);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        // As if the windows had never been saved (a version before them): only the ledger knows the history.
        await workspace.Server.Workspace.Observers.DrainAsync(Cancel);
        workspace.Server.ExecuteSql("DELETE FROM anomaly_windows");
        await workspace.Server.StopAsync();
        workspace.Server.Logs.Clear();
        await workspace.Server.StartAsync();
        workspace.Server.ExecuteSql("DELETE FROM anomaly_windows");

        await CallAsync(6);
        Assert.Empty(await AlertResourcesAsync(workspace));
        await CallAsync(24);
        Assert.Contains("anomaly.call_rate:dev-agent", await AlertResourcesAsync(workspace));
    }

    [Fact]
    public void Alert_routes_are_checked_with_line_column_and_suggestions()
    {
        var yaml = StarterWorkspace.Yaml + """

            alerts:
              routes:
                - name: ops
                  kind: webhok
                - name: hook
                  kind: webhook
                  secret: whsec_literal_value_here
                  min_severty: warning
                  rules: [anomaly.spent]
                - name: plain
                  kind: webhook
                  url: ftp://example.com/x
              anomaly:
                factor: 1
                window: 10x
            """;
        var result = ConfigLoader.Parse(yaml, "custos.yaml", Path.Combine(Path.GetTempPath(), "custos.yaml"));
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
        Assert.Contains(errors, e => e.Contains("alerts.routes[0].kind must be one of: log, webhook, found 'webhok'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("unknown key 'min_severty' in alerts.routes[1] (did you mean 'min_severity'?)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("alerts.routes[1].secret must be a secret reference", StringComparison.Ordinal) && !e.Contains("whsec_literal", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'anomaly.spent' is not an alert rule (did you mean 'anomaly.spend'?)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("alerts.routes[1] is a webhook without 'url'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("alerts.routes[2].url is not an http:// or https:// URL", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("alerts.anomaly.factor must be a number between 1.5 and 1000", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("alerts.anomaly.window must be a duration", StringComparison.Ordinal));
        var lines = yaml.Split('\n');
        var kindError = result.Diagnostics.First(d => d.Message.Contains("webhok", StringComparison.Ordinal));
        Assert.Contains("kind: webhok", lines[kindError.Line - 1], StringComparison.Ordinal);
    }

    private sealed class FixedSecret(string value) : ISecretResolver
    {
        public ValueTask<SecretValue> ResolveAsync(SecretReference reference, SecretUse use, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new SecretValue(reference, value));
    }

    private sealed class ListLogger(List<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (lines)
            {
                lines.Add(formatter(state, exception) + (exception is null ? string.Empty : " " + exception));
            }
        }
    }
}
