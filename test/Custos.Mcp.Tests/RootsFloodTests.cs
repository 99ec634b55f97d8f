using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Server.Workspaces;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Mcp.Tests;

/// <summary>
/// The hostile server (stdio, the TypeScript SDK) asks Custos for roots in a loop. Custos answers from custos.yaml
/// and records each answer, but only as many as <c>server.mcp_roots_limit</c> allows: the rest get a JSON-RPC
/// error, are counted into summary entries and raise one <c>mcp.roots_flood</c> alert, so the loop cannot grow the
/// ledger. And when the ledger cannot record the answer, no roots are sent (fail closed).
/// </summary>
public sealed partial class RootsFloodTests : IAsyncLifetime
{
    private const int PerSecond = 1;
    private const int Burst = 3;

    private readonly RootsLedger ledger = new();
    private GatewayServer server = null!;

    public async ValueTask InitializeAsync() => server = await GatewayServer.StartAsync(
        dir => $"""
        version: 1
        data_dir: .custos
        server:
          failed_auth_limit: 0
          mcp_roots_limit:
            per_second: {PerSecond}
            burst: {Burst}
            summary_interval: 1s
        agents:
          - name: dev-agent
            owner: platform@example.com
            purpose: Calls a server that cannot be trusted.
            gdpr:
              lawful_basis: legitimate_interests
              processing_purpose: Software development.
        systems:
          - name: hostile
            kind: mcp
            command: ["node", "{Path.Combine(McpPeers.Folder, "hostile-server.mjs").Replace("\\", "\\\\", StringComparison.Ordinal)}", "stdio"]
            roots: ["file:///srv/data"]
        grants:
          - id: dev-hostile
            agent: dev-agent
            system: hostile
            actions: [call]
            tools: [ask-roots]
        """,
        services => services.AddSingleton<IActionRecorder>(sp => ledger.Over(sp.GetRequiredService<Workspace>().Store)));

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [GeneratedRegex(@"^answered (\d+) refused (\d+)\nroots: (.*)\nerror: (.*)$")]
    private static partial Regex AnswerPattern();

    [GeneratedRegex(@"^(\d+) roots/list requests from hostile refused")]
    private static partial Regex SummaryPattern();

    private async Task<(int Answered, int Refused, string Roots, string Error)> AskRootsAsync(SessionClient client, int count)
    {
        var text = await client.CallAsync("hostile.ask-roots", new Dictionary<string, object?> { ["count"] = count });
        var match = AnswerPattern().Match(text);
        Assert.True(match.Success, text);
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), match.Groups[3].Value, match.Groups[4].Value);
    }

    [Fact(Timeout = 90_000)]
    public async Task A_server_asking_for_roots_in_a_loop_is_answered_up_to_the_limit_and_the_rest_refused_counted_and_alerted_once()
    {
        await using var dev = await SessionClient.ConnectAsync(server, "dev-agent");
        const int Asked = 40;
        var started = Stopwatch.StartNew();
        var (answered, refused, roots, error) = await AskRootsAsync(dev, Asked);
        var elapsed = started.Elapsed.TotalSeconds;

        Assert.Equal(Asked, answered + refused);
        Assert.InRange(answered, Burst, Burst + (PerSecond * (elapsed + 1)));
        Assert.Equal("file:///srv/data", roots);
        Assert.Contains("server.mcp_roots_limit", error, StringComparison.Ordinal);

        // One entry per answer, none per refusal: the refused ones are counted into summaries.
        var summarised = 0L;
        var clock = Stopwatch.StartNew();
        IReadOnlyList<ActionRecord> records;
        while (true)
        {
            records = await server.RecordsAsync();
            summarised = records.Where(r => r.Action == "suppress" && r.Resource == "hostile.roots").Sum(r => long.Parse(SummaryPattern().Match(r.Reasons[0]).Groups[1].Value, CultureInfo.InvariantCulture));
            if (summarised >= refused || clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                break;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Equal(refused, summarised);
        Assert.Equal(answered, records.Count(r => r.Action == "send" && r.Resource == "hostile.roots" && r.Outcome == ActionOutcome.Success));
        Assert.All(records.Where(r => r.Action == "suppress" && r.Resource == "hostile.roots"), r => Assert.Equal(("custos", ActionOutcome.Denied), (r.Principal, r.Outcome)));
        var alert = Assert.Single(records, r => r.Action == "alert" && r.Resource == "mcp.roots_flood:hostile.roots");
        Assert.Contains("server.mcp_roots_limit", alert.Reasons[0], StringComparison.Ordinal);

        // A second loop in the same flood raises no second alert.
        var again = await AskRootsAsync(dev, 10);
        Assert.True(again.Refused > 0);
        Assert.Single(await server.RecordsAsync(), r => r.Action == "alert" && r.Resource == "mcp.roots_flood:hostile.roots");
    }

    [Fact(Timeout = 90_000)]
    public async Task Roots_the_ledger_cannot_record_are_not_answered()
    {
        Assert.False(TestContext.Current.CancellationToken.IsCancellationRequested);
        await using var dev = await SessionClient.ConnectAsync(server, "dev-agent");
        ledger.Failing = true;
        var (answered, refused, roots, _) = await AskRootsAsync(dev, 1);
        Assert.Equal((0, 1, "(none)"), (answered, refused, roots));
        Assert.DoesNotContain(await server.RecordsAsync(), r => r.Resource == "hostile.roots");

        // The same request once the ledger records again is answered: it was the record that failed.
        ledger.Failing = false;
        (answered, refused, roots, _) = await AskRootsAsync(dev, 1);
        Assert.Equal((1, 0, "file:///srv/data"), (answered, refused, roots));
        Assert.Single(await server.RecordsAsync(), r => r.Resource == "hostile.roots" && r.Action == "send");
    }

    /// <summary>The real store, except that recording a roots answer fails while <see cref="Failing"/> is set (a full disk, for that one entry).</summary>
    private sealed class RootsLedger
    {
        public volatile bool Failing;

        public IActionRecorder Over(IActionRecorder store) => new Recorder(this, store);

        private sealed class Recorder(RootsLedger owner, IActionRecorder store) : IActionRecorder
        {
            public ValueTask RecordAsync(ActionRecord record, CancellationToken cancellationToken) =>
                owner.Failing && record.Resource.EndsWith(".roots", StringComparison.Ordinal)
                    ? throw new IOException("disk full")
                    : store.RecordAsync(record, cancellationToken);

            public Task<IReadOnlyList<ActionRecord>> QueryAsync(ActionQuery query, CancellationToken cancellationToken) => store.QueryAsync(query, cancellationToken);
        }
    }
}
