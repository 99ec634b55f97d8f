using System.ClientModel;
using Custos.Core.Pipeline;
using OpenAI;
using OpenAI.Chat;

namespace Custos.Llm.Tests;

/// <summary>Budgets from custos.yaml against real metered calls: the soft limit alerts once, the hard limit stops.</summary>
public sealed class BudgetTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Passing_the_soft_limit_records_one_alert_and_reaching_the_daily_limit_stops_the_next_call()
    {
        // One stub call on gpt-4.1-mini costs 0.0000156 USD: the first passes 50% of 0.00002, the second reaches it.
        await using var workspace = await LlmWorkspace.StartAsync(yaml => yaml.Replace(
            "  - agent: dev-agent\n    daily_usd: 40\n",
            "  - agent: dev-agent\n    daily_usd: 0.00002\n    soft_limit_percent: 50\n",
            StringComparison.Ordinal));
        var token = await workspace.Server.IssueAsync("dev-agent");
        var chat = new ChatClient("gpt-4.1-mini", new ApiKeyCredential(token), new OpenAIClientOptions { Endpoint = workspace.OpenAiEndpoint, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) });

        await chat.CompleteChatAsync([new UserChatMessage("one")], cancellationToken: Cancel);
        var alerts = (await workspace.Server.RecordsAsync()).Where(r => r.Action == "alert").ToArray();
        var alert = Assert.Single(alerts);
        Assert.Equal("budget.soft_limit:dev-agent", alert.Resource);
        Assert.Contains("passed 50% of its daily budget", alert.Reasons[0], StringComparison.Ordinal);

        await chat.CompleteChatAsync([new UserChatMessage("two")], cancellationToken: Cancel);
        var refused = await Assert.ThrowsAsync<ClientResultException>(() => chat.CompleteChatAsync([new UserChatMessage("three")], cancellationToken: Cancel));

        Assert.Equal(403, refused.Status);
        Assert.Contains("daily budget", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, workspace.Stub.Received.Count);
        var records = await workspace.Server.RecordsAsync();
        Assert.Single(records, r => r.Action == "alert");
        Assert.Contains(records, r => r.Action == "complete" && r.Outcome == ActionOutcome.Denied && r.Reasons.Any(x => x.Contains("resets at 00:00 UTC", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Spend_survives_a_restart_because_it_is_read_back_from_the_ledger()
    {
        await using var workspace = await LlmWorkspace.StartAsync(yaml => yaml.Replace(
            "  - agent: dev-agent\n    daily_usd: 40\n",
            "  - agent: dev-agent\n    daily_usd: 0.00002\n",
            StringComparison.Ordinal));
        var token = await workspace.Server.IssueAsync("dev-agent");
        using var first = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, """{"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "one"}]}""");
        using var second = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, """{"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "two"}]}""");
        Assert.True(second.IsSuccessStatusCode);

        await workspace.Server.StopAsync();
        await workspace.Server.StartAsync();
        using var third = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, """{"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "three"}]}""");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, third.StatusCode);
        Assert.Equal(2, workspace.Stub.Received.Count);
    }
}

/// <summary><c>custos costs</c> over the metered calls a running server recorded.</summary>
public sealed class CostsCommandTests
{
    [Fact]
    public async Task Costs_reports_calls_tokens_and_cost_by_day_agent_and_model_with_the_budget()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");
        foreach (var model in new[] { "gpt-4.1-mini", "gpt-4.1-mini", "gpt-4.1" })
        {
            using var response = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, $$"""{"model": "{{model}}", "messages": [{"role": "user", "content": "hi"}]}""");
            Assert.True(response.IsSuccessStatusCode);
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await Custos.Cli.CustosCli.RunAsync(["costs", "--config", workspace.Server.ConfigPath, "--json"], new Custos.Cli.CliOutput(stdout, stderr));

        Assert.True(exit == 0, stderr.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(stdout.ToString());
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(2, rows.Length);
        var mini = rows.Single(r => r.GetProperty("model").GetString() == "gpt-4.1-mini-2025-04-14");
        Assert.Equal(("dev-agent", 2, 22L, 14L), (mini.GetProperty("agent").GetString(), mini.GetProperty("calls").GetInt32(), mini.GetProperty("tokens_in").GetInt64(), mini.GetProperty("tokens_out").GetInt64()));
        Assert.Equal(2 * ((11 * 0.40m) + (7 * 1.60m)) / 1_000_000m, mini.GetProperty("cost_usd").GetDecimal());
        var budget = json.RootElement.GetProperty("budgets").EnumerateArray().Single(b => b.GetProperty("agent").GetString() == "dev-agent");
        Assert.Equal(rows.Sum(r => r.GetProperty("cost_usd").GetDecimal()), budget.GetProperty("spent_today_usd").GetDecimal());
        Assert.Equal(40m, budget.GetProperty("daily_usd").GetDecimal());
    }
}
