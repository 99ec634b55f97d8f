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
        Assert.Equal("budget.dev-agent", alert.Resource);
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
