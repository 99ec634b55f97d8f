using Custos.Core.Alerts;
using Custos.Core.Configuration;
using Custos.Core.Storage;
using Custos.Gateway.Mcp.Notifications;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Custos.Mcp.Tests;

/// <summary>
/// The token bucket behind <c>server.mcp_log_limit</c>, on a fake clock so every count is exact: a burst, then the
/// rate; every suppressed message counted into a summary, kept when the summary cannot be recorded; one alert a
/// flood. The ledger here is a recorder that can be made to fail, which a real store cannot be on demand.
/// </summary>
public sealed class LogFloodGuardTests : IDisposable
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-11-28T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly Ledger ledger = new();
    private readonly Alerts alerts = new();
    private readonly LogFloodGuard guard;

    public LogFloodGuardTests()
    {
        var config = ConfigLoader.Parse("version: 1\nserver:\n  mcp_log_limit:\n    per_second: 5\n    burst: 10\n    summary_interval: 1s\n  mcp_roots_limit:\n    per_second: 1\n    burst: 3\nagents: []\n", "custos.yaml", "/srv/custos.yaml").GetConfigOrThrow();
        guard = new LogFloodGuard(new FixedConfigSource(config), ledger, alerts, clock, NullLogger<LogFloodGuard>.Instance);
    }

    public void Dispose() => guard.Dispose();

    private async Task<int> AdmittedAsync(int messages, string logger = "audit")
    {
        var admitted = 0;
        for (var i = 0; i < messages; i++)
        {
            admitted += await guard.AdmitAsync("hostile", logger, TestContext.Current.CancellationToken) ? 1 : 0;
        }

        return admitted;
    }

    [Fact]
    public async Task A_burst_then_the_rate_pass_and_the_rest_is_summarised_exactly_once()
    {
        Assert.Equal(10, await AdmittedAsync(30));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(5, await AdmittedAsync(30));
        clock.Advance(TimeSpan.FromMilliseconds(200));
        Assert.Equal(1, await AdmittedAsync(1));

        await guard.SummariseAsync(TestContext.Current.CancellationToken);
        var summary = Assert.Single(ledger.Records);
        Assert.Equal(("custos", "suppress", "hostile.log/audit"), (summary.Principal, summary.Action, summary.Resource));
        Assert.StartsWith("45 log messages from hostile/audit suppressed", summary.Reasons[0], StringComparison.Ordinal);
        Assert.Equal(Core.Pipeline.ActionOutcome.Denied, summary.Outcome);

        // Nothing more suppressed: no further entry.
        await guard.SummariseAsync(TestContext.Current.CancellationToken);
        Assert.Single(ledger.Records);
        var alert = Assert.Single(alerts.Raised);
        Assert.Equal((LogFloodGuard.Rule, "hostile.log/audit"), (alert.Rule, alert.Subject));
    }

    [Fact]
    public async Task Roots_requests_have_their_own_bucket_summary_and_alert_and_do_not_share_the_log_limit()
    {
        var cancel = TestContext.Current.CancellationToken;

        // A log flood spends the logger's tokens, not the roots'.
        Assert.Equal(10, await AdmittedAsync(30));
        var answered = 0;
        for (var i = 0; i < 20; i++)
        {
            answered += await guard.AdmitRootsAsync("hostile", cancel) ? 1 : 0;
        }

        Assert.Equal(3, answered);

        // A logger named "roots" is a logger like any other, not the roots stream.
        Assert.Equal(10, await AdmittedAsync(10, "roots"));
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await guard.AdmitRootsAsync("hostile", cancel));
        Assert.True(await guard.AdmitRootsAsync("hostile", cancel));
        Assert.False(await guard.AdmitRootsAsync("hostile", cancel));
        Assert.True(await guard.AdmitRootsAsync("other", cancel));

        await guard.SummariseAsync(cancel);
        var roots = Assert.Single(ledger.Records, r => r.Resource == "hostile.roots");
        Assert.Equal(("custos", "suppress", Core.Pipeline.ActionOutcome.Denied), (roots.Principal, roots.Action, roots.Outcome));
        Assert.StartsWith("18 roots/list requests from hostile refused: over server.mcp_roots_limit (1 a second, burst 3)", roots.Reasons[0], StringComparison.Ordinal);
        Assert.StartsWith("20 log messages from hostile/audit suppressed", Assert.Single(ledger.Records, r => r.Resource == "hostile.log/audit").Reasons[0], StringComparison.Ordinal);
        Assert.DoesNotContain(ledger.Records, r => r.Resource == "hostile.log/roots");
        Assert.Equal(2, alerts.Raised.Count);
        var alert = Assert.Single(alerts.Raised, a => a.Rule == LogFloodGuard.RootsRule);
        Assert.Equal("hostile.roots", alert.Subject);
        Assert.Contains("server.mcp_roots_limit", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_summary_that_cannot_be_recorded_is_kept_and_recorded_with_the_next()
    {
        await AdmittedAsync(14);
        ledger.Failing = true;
        await guard.SummariseAsync(TestContext.Current.CancellationToken);
        Assert.Empty(ledger.Records);

        await AdmittedAsync(3);
        ledger.Failing = false;
        await guard.SummariseAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("7 log messages from hostile/audit suppressed", Assert.Single(ledger.Records).Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_alert_a_flood_and_a_new_one_after_an_interval_with_nothing_suppressed()
    {
        await AdmittedAsync(50);
        await guard.SummariseAsync(TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(1));
        await AdmittedAsync(50);
        await guard.SummariseAsync(TestContext.Current.CancellationToken);
        Assert.Single(alerts.Raised);

        // A quiet interval ends the flood; the next one alerts again.
        clock.Advance(TimeSpan.FromSeconds(10));
        await guard.SummariseAsync(TestContext.Current.CancellationToken);
        await AdmittedAsync(50);
        Assert.Equal(2, alerts.Raised.Count);
    }

    [Fact]
    public async Task Loggers_beyond_the_cap_share_one_bucket_and_unnamed_or_odd_names_are_kept_nameable()
    {
        for (var i = 0; i < LogFloodGuard.MaxLoggersPerSystem; i++)
        {
            Assert.Equal(10, await AdmittedAsync(10, $"logger-{i}"));
        }

        // Past the cap every new name draws on the same bucket: one burst in all, not one each.
        var beyond = 0;
        for (var i = 0; i < 50; i++)
        {
            beyond += await AdmittedAsync(10, $"other-{i}");
        }

        Assert.Equal(10, beyond);
        Assert.Equal(0, await AdmittedAsync(5, "yet another"));
        await guard.SummariseAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("495 log messages from hostile/* suppressed", Assert.Single(ledger.Records, r => r.Resource == "hostile.log/*").Reasons[0], StringComparison.Ordinal);

        // A server's own logger name never reaches the ledger unfiltered.
        using var odd = new LogFloodGuard(new FixedConfigSource(ConfigLoader.Parse("version: 1\nserver:\n  mcp_log_limit:\n    burst: 1\nagents: []\n", "custos.yaml", "/srv/custos.yaml").GetConfigOrThrow()), ledger, alerts, clock, NullLogger<LogFloodGuard>.Instance);
        Assert.True(await odd.AdmitAsync("evil", "a b\n\u202e" + new string('x', 500), TestContext.Current.CancellationToken));
        Assert.False(await odd.AdmitAsync("evil", "a b\n\u202e" + new string('x', 500), TestContext.Current.CancellationToken));
        Assert.True(await odd.AdmitAsync("evil", null, TestContext.Current.CancellationToken));
        Assert.False(await odd.AdmitAsync("evil", string.Empty, TestContext.Current.CancellationToken));
        await odd.SummariseAsync(TestContext.Current.CancellationToken);
        Assert.Contains(ledger.Records, r => r.Resource == "evil.log/a_b__" + new string('x', 59));
        Assert.Contains(ledger.Records, r => r.Resource == "evil.log/default");
    }

    private sealed class Ledger : IActionRecorder
    {
        public List<ActionRecord> Records { get; } = [];

        public bool Failing { get; set; }

        public ValueTask RecordAsync(ActionRecord record, CancellationToken cancellationToken)
        {
            if (Failing)
            {
                throw new IOException("disk full");
            }

            Records.Add(record);
            return ValueTask.CompletedTask;
        }

        public Task<IReadOnlyList<ActionRecord>> QueryAsync(ActionQuery query, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ActionRecord>>(Records);
    }

    private sealed class Alerts : IAlertSink
    {
        public List<Alert> Raised { get; } = [];

        public ValueTask RaiseAsync(Alert alert, CancellationToken cancellationToken)
        {
            Raised.Add(alert);
            return ValueTask.CompletedTask;
        }
    }
}
