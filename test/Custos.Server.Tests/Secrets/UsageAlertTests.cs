using Custos.Core.Pipeline;
using Custos.Core.Storage;

namespace Custos.Server.Tests.Secrets;

/// <summary>Alerts on secret use: out of scope, honeytokens, unusual volume and unusual hours, through Workspace.Alerts.</summary>
public sealed class UsageAlertTests
{
    private const string GitHubValue = "ghp_UsageAlertValue1234567890abcdefghij";
    private const string CrmValue = "Bearer crm-usage-alert-value-0b7d";
    private const string Unusual = "  unusual_use: { min_uses: 6, volume_factor: 3, baseline_days: 7, min_history_days: 3 }";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<List<ActionRecord>> AlertsAsync(SecretsWorkspace ws, string rule)
    {
        await ws.Workspace.Observers.DrainAsync(Ct);
        return [.. (await ws.Workspace.Store.QueryAsync(new ActionQuery(Action: "alert", Limit: 1000), Ct)).Where(r => r.Resource.StartsWith(rule + ":", StringComparison.Ordinal))];
    }

    /// <summary>Sets the clock to <paramref name="at"/> and runs <paramref name="times"/> reads of github for dev-agent.</summary>
    private static async Task UseAsync(SecretsWorkspace ws, DateTimeOffset at, int times)
    {
        if (at > ws.Clock.GetUtcNow())
        {
            ws.Clock.SetUtcNow(at);
        }

        for (var i = 0; i < times; i++)
        {
            var (context, injected) = await ws.RunAsync("dev-agent", "github.repos");
            Assert.Equal(ActionOutcome.Success, context.Outcome);
            Assert.Equal(GitHubValue, injected!["token"]);
            ws.Clock.Advance(TimeSpan.FromSeconds(5));
        }
    }

    private static DateTimeOffset Day(int day, int hour) => new(2026, 12, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Use_by_an_agent_the_secret_is_not_bound_to_raises_secret_out_of_scope()
    {
        await using var ws = await SecretsWorkspace.OpenAsync();
        await ws.Workspace.Builtin.SetAsync("crm#authorization", CrmValue, "test", Ct);
        var (context, injected) = await ws.RunAsync("other-agent", "crm.contacts");
        Assert.Equal(ActionOutcome.Denied, context.Outcome);
        Assert.Null(injected);

        var alert = Assert.Single(await AlertsAsync(ws, "secret.out_of_scope"));
        Assert.Equal("secret.out_of_scope:secret://builtin/crm#authorization", alert.Resource);
        Assert.Contains("agent other-agent asked for secret://builtin/crm#authorization for crm, which it may not use by other-agent", alert.Reasons.Single(), StringComparison.Ordinal);
        Assert.Contains($"(action {context.Action.Id})", alert.Reasons.Single(), StringComparison.Ordinal);
        Assert.Empty(await ws.Workspace.Store.QueryAsync(new ActionQuery(Action: "incident.open", Limit: 10), Ct));

        // The agent it is bound to raises nothing.
        await ws.RunAsync("dev-agent", "crm.contacts");
        Assert.Single(await AlertsAsync(ws, "secret.out_of_scope"));
    }

    [Fact]
    public async Task A_honeytoken_raises_secret_honeytoken_and_opens_an_incident()
    {
        await using var ws = await SecretsWorkspace.OpenAsync();
        await ws.Workspace.Builtin.CreateHoneytokenAsync("decoy", "aws", "test", Ct);
        var (context, _) = await ws.RunAsync("dev-agent", "trap.keys");
        Assert.Equal(ActionOutcome.Denied, context.Outcome);
        var alert = Assert.Single(await AlertsAsync(ws, "secret.honeytoken"));
        Assert.Equal(ActionOutcome.Denied, alert.Outcome);
        var incident = Assert.Single(await ws.Workspace.Store.QueryAsync(new ActionQuery(Action: "incident.open", Limit: 10), Ct));
        Assert.Equal("secret.honeytoken:secret://builtin/decoy", incident.Resource);
    }

    [Fact]
    public async Task An_hour_far_above_the_agents_usual_volume_raises_one_secret_unusual_use()
    {
        await using var ws = await SecretsWorkspace.OpenAsync(vaultSection: Unusual);
        await ws.Workspace.Builtin.SetAsync("github", GitHubValue, "test", Ct);
        foreach (var day in (int[])[1, 2, 3])
        {
            await UseAsync(ws, Day(day, 9), 2);
        }

        // 5 uses in an hour: under min_uses (6). Then the 6th reaches 3x the average of 2 and min_uses: one alert, not one per use after.
        await UseAsync(ws, Day(4, 9), 5);
        Assert.Empty(await AlertsAsync(ws, "secret.unusual_use"));
        await UseAsync(ws, Day(4, 9).AddMinutes(30), 4);
        var alert = Assert.Single(await AlertsAsync(ws, "secret.unusual_use"));
        Assert.Equal("secret.unusual_use:secret://builtin/github", alert.Resource);
        Assert.Contains("agent dev-agent used secret://builtin/github 6 times in the hour from 2026-12-04 09:00 UTC, at least 3x its average of 2 in the hours it used it over the last 7 days", alert.Reasons.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Use_at_an_hour_never_seen_raises_secret_unusual_use_only_with_enough_history()
    {
        await using var ws = await SecretsWorkspace.OpenAsync(vaultSection: Unusual);
        await ws.Workspace.Builtin.SetAsync("github", GitHubValue, "test", Ct);
        await UseAsync(ws, Day(1, 9), 1);
        await UseAsync(ws, Day(2, 10), 1);

        // Two days of history: not enough (min_history_days 3), whatever the hour.
        await UseAsync(ws, Day(3, 3), 1);
        Assert.Empty(await AlertsAsync(ws, "secret.unusual_use"));

        // Three days now (09, 10 and 03 h): 03 h again is usual, 22 h is not (once in that hour, not per use).
        await UseAsync(ws, Day(4, 3), 1);
        Assert.Empty(await AlertsAsync(ws, "secret.unusual_use"));
        await UseAsync(ws, Day(4, 22), 3);
        var alert = Assert.Single(await AlertsAsync(ws, "secret.unusual_use"));
        Assert.Contains("agent dev-agent used secret://builtin/github between 22:00 and 23:00 UTC, an hour of the day it had not used it at in the last 7 days (its hours: 03, 09, 10)", alert.Reasons.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unusual_use_alerts_can_be_turned_off()
    {
        await using var ws = await SecretsWorkspace.OpenAsync(vaultSection: "  unusual_use: { enabled: false, min_history_days: 1 }");
        await ws.Workspace.Builtin.SetAsync("github", GitHubValue, "test", Ct);
        await UseAsync(ws, Day(1, 9), 1);
        await UseAsync(ws, Day(2, 3), 25);
        Assert.Empty(await AlertsAsync(ws, "secret.unusual_use"));
    }

    [Fact]
    public async Task Hour_counts_are_written_at_most_once_a_minute_and_the_rest_when_the_observers_stop()
    {
        await using var ws = await SecretsWorkspace.OpenAsync(vaultSection: Unusual);
        await ws.Workspace.Builtin.SetAsync("github", GitHubValue, "test", Ct);
        var hour = Day(1, 9);
        async Task<long> StoredAsync() => (await ws.Workspace.Store.Secrets.HoursAsync("secret://builtin/github", "dev-agent", hour, hour.AddHours(1), Ct)).Sum(h => h.Count);

        // Twelve uses 5 s apart span 55 s: all counted in memory, none written (a write per use would queue beside
        // every ledger commit).
        await UseAsync(ws, hour, 12);
        await ws.Workspace.Observers.DrainAsync(Ct);
        Assert.Equal(0, await StoredAsync());

        // The 13th, a minute after the first, writes the thirteen; two more stay in memory.
        await UseAsync(ws, ws.Clock.GetUtcNow(), 3);
        await ws.Workspace.Observers.DrainAsync(Ct);
        Assert.Equal(13, await StoredAsync());

        // Stopping the observers writes the rest.
        await ws.Workspace.Observers.DisposeAsync();
        Assert.Equal(15, await StoredAsync());
    }
}
