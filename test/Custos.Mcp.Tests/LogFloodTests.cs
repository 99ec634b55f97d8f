using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using ModelContextProtocol.Protocol;

namespace Custos.Mcp.Tests;

/// <summary>
/// The hostile server (stdio) floods Custos with log messages. Only what <c>server.mcp_log_limit</c> allows per
/// server and logger is relayed (and recorded per session); the rest is counted, summarised in one entry per
/// interval and alerted once, so every message is accounted for and the ledger does not grow with the flood.
/// </summary>
public sealed partial class LogFloodTests : IAsyncLifetime
{
    private const int PerSecond = 5;
    private const int Burst = 10;

    private GatewayServer server = null!;

    public async ValueTask InitializeAsync() => server = await GatewayServer.StartAsync(dir => $"""
        version: 1
        data_dir: .custos
        server:
          failed_auth_limit: 0
          mcp_log_limit:
            per_second: {PerSecond}
            burst: {Burst}
            summary_interval: 1s
        agents:
          - name: dev-agent
            owner: platform@example.com
            purpose: Listens to a server that cannot be trusted.
            gdpr:
              lawful_basis: legitimate_interests
              processing_purpose: Software development.
          - name: ops-agent
            owner: ops@example.com
            purpose: Listens to the same server.
            gdpr:
              lawful_basis: legitimate_interests
              processing_purpose: Operations.
        systems:
          - name: hostile
            kind: mcp
            command: ["node", "{Path.Combine(McpPeers.Folder, "hostile-server.mjs").Replace("\\", "\\\\", StringComparison.Ordinal)}", "stdio"]
        grants:
          - id: dev-hostile
            agent: dev-agent
            system: hostile
            actions: [call, read]
            tools: [flood, "log/*"]
          - id: ops-hostile
            agent: ops-agent
            system: hostile
            actions: [read]
            tools: ["log/*"]
        """);

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [GeneratedRegex(@"^(\d+) log messages from hostile/(\S+) suppressed")]
    private static partial Regex SummaryPattern();

    private static long Suppressed(ActionRecord record) => long.Parse(SummaryPattern().Match(record.Reasons[0]).Groups[1].Value, CultureInfo.InvariantCulture);

    private async Task<IReadOnlyList<ActionRecord>> SummariesAsync(string resource) =>
        [.. (await server.RecordsAsync()).Where(r => r.Action == "suppress" && r.Resource == resource)];

    private async Task<int> DeliveriesAsync(string agent, Func<string, bool> resource) =>
        (await server.RecordsAsync()).Count(r => r.Principal == agent && r.Action == "read" && resource(r.Resource) && r.Outcome == ActionOutcome.Success);

    /// <summary>Waits until every one of <paramref name="sent"/> messages is either delivered to the dev agent or counted in a summary.</summary>
    private async Task<(int Delivered, long Suppressed, int Summaries)> AccountedAsync(int sent, Func<string, bool> resource)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var records = await server.RecordsAsync();
            var summaries = records.Where(r => r.Action == "suppress" && resource(r.Resource)).ToArray();
            var delivered = await DeliveriesAsync("dev-agent", resource);
            var suppressed = summaries.Sum(Suppressed);
            if (delivered + suppressed >= sent)
            {
                return (delivered, suppressed, summaries.Length);
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"after 20 s only {delivered} delivered and {suppressed} suppressed of {sent}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    [Fact(Timeout = 90_000)]
    public async Task A_flood_is_relayed_up_to_the_limit_and_the_rest_counted_in_one_entry_per_interval_and_alerted_once()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var dev = await SessionClient.ConnectAsync(server, "dev-agent");
        await using var ops = await SessionClient.ConnectAsync(server, "ops-agent");
        await dev.Client.SetLoggingLevelAsync(LoggingLevel.Info, cancellationToken: cancel);
        await ops.Client.SetLoggingLevelAsync(LoggingLevel.Info, cancellationToken: cancel);

        const int Sent = 300;
        var started = Stopwatch.StartNew();
        await dev.CallAsync("hostile.flood", new Dictionary<string, object?> { ["count"] = Sent });
        var (delivered, suppressed, summaries) = await AccountedAsync(Sent, r => r == "hostile.log/flood");
        var elapsed = started.Elapsed.TotalSeconds;

        // Every message is accounted for, exactly once: relayed or counted as suppressed.
        Assert.Equal(Sent, delivered + suppressed);
        Assert.InRange(delivered, Burst, Burst + (PerSecond * (elapsed + 1)));
        Assert.True(suppressed >= Sent - Burst - (PerSecond * (elapsed + 1)), $"{suppressed} suppressed");

        // The limit is per server and logger, not per session: both sessions got the same messages, each recorded.
        await dev.WaitForAsync(s => s.Logs.Count >= delivered, $"{delivered} log messages");
        await ops.WaitForAsync(s => s.Logs.Count >= delivered, $"{delivered} log messages");
        await SessionClient.SettleAsync();
        Assert.Equal(delivered, dev.Logs.Count);
        Assert.Equal(delivered, ops.Logs.Count);
        Assert.Equal(delivered, await DeliveriesAsync("ops-agent", r => r == "hostile.log/flood"));
        Assert.All(dev.Logs, l => Assert.Equal("hostile.flood", l.Logger));

        // One summary per interval (1 s) at most, not one per message; denied, by Custos, naming the logger.
        Assert.InRange(summaries, 1, (int)Math.Ceiling(started.Elapsed.TotalSeconds) + 1);
        Assert.All(await SummariesAsync("hostile.log/flood"), r =>
        {
            Assert.Equal("custos", r.Principal);
            Assert.Equal(ActionOutcome.Denied, r.Outcome);
            Assert.Matches(SummaryPattern(), r.Reasons[0]);
        });

        // One alert for the flood, however many messages it suppressed.
        var alert = Assert.Single(await server.RecordsAsync(), r => r.Action == "alert" && r.Resource == "mcp.log_flood:hostile.log/flood");
        Assert.Contains("server.mcp_log_limit", alert.Reasons[0], StringComparison.Ordinal);

        // Once the flood is over, the bucket fills again: a few messages later are all relayed.
        await Task.Delay(TimeSpan.FromSeconds(2.5), cancel);
        var before = await DeliveriesAsync("dev-agent", r => r == "hostile.log/flood");
        await dev.CallAsync("hostile.flood", new Dictionary<string, object?> { ["count"] = 3 });
        var (after, suppressedAfter, _) = await AccountedAsync(Sent + 3, r => r == "hostile.log/flood");
        Assert.Equal(before + 3, after);
        Assert.Equal(suppressed, suppressedAfter);
    }

    [Fact(Timeout = 90_000)]
    public async Task New_logger_names_buy_no_new_bursts_past_the_cap_of_loggers_per_server()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var dev = await SessionClient.ConnectAsync(server, "dev-agent");
        await dev.Client.SetLoggingLevelAsync(LoggingLevel.Info, cancellationToken: cancel);

        // 200 logger names, 3 messages each, within the burst of each name: without a cap, all 600 would pass.
        const int Loggers = 200;
        const int Sent = Loggers * 3;
        var started = Stopwatch.StartNew();
        await dev.CallAsync("hostile.flood", new Dictionary<string, object?> { ["count"] = Sent, ["loggers"] = Loggers });
        var (delivered, suppressed, _) = await AccountedAsync(Sent, r => r.StartsWith("hostile.log/flood-", StringComparison.Ordinal) || r == "hostile.log/*");
        Assert.Equal(Sent, delivered + suppressed);

        // At most 64 names have their own bucket; all others share one, so at most 64 × 3, one burst and what refilled get through.
        Assert.InRange(delivered, 1, (Gateway.Mcp.Notifications.LogFloodGuard.MaxLoggersPerSystem * 3) + Burst + (PerSecond * (started.Elapsed.TotalSeconds + 1)));
        Assert.True(suppressed > 0);
        Assert.NotEmpty(await SummariesAsync("hostile.log/*"));
        Assert.Single(await server.RecordsAsync(), r => r.Action == "alert" && r.Resource == "mcp.log_flood:hostile.log/*");
    }
}
