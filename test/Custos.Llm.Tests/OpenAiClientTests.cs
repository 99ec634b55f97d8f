using System.ClientModel;
using System.Net;
using System.Text.Json;
using Custos.Core.Pipeline;
using OpenAI;
using OpenAI.Chat;
using OpenAI.Models;

namespace Custos.Llm.Tests;

/// <summary>
/// The official OpenAI .NET SDK as an agent would use it, pointed at Custos with its Custos token, Custos in
/// front of a stub provider speaking OpenAI's wire protocol.
/// </summary>
public sealed class OpenAiClientTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static ChatClient Chat(LlmWorkspace workspace, string token, string model) =>
        new(model, new ApiKeyCredential(token), new OpenAIClientOptions { Endpoint = workspace.OpenAiEndpoint, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) });

    [Fact]
    public async Task A_granted_completion_reaches_the_provider_with_the_provider_key_and_is_metered_and_recorded()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");

        ChatCompletion completion = await Chat(workspace, token, "gpt-4.1-mini").CompleteChatAsync([new UserChatMessage("Say hello")], cancellationToken: Cancel);

        Assert.Equal(workspace.Stub.Reply, completion.Content[0].Text);
        Assert.Equal((11, 7), (completion.Usage.InputTokenCount, completion.Usage.OutputTokenCount));
        var received = Assert.Single(workspace.Stub.Received);
        Assert.Equal($"Bearer {workspace.ProviderKey}", received.Headers["authorization"]);
        Assert.DoesNotContain(token, received.Body + string.Join(' ', received.Headers.Values), StringComparison.Ordinal);
        Assert.Equal("gpt-4.1-mini", (string?)received.Json["model"]);
        Assert.Equal("Say hello", (string?)received.Json["messages"]![0]!["content"]);

        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal(("dev-agent", "openai.gpt-4.1-mini", ActionOutcome.Success, ActionChannel.Llm), (record.Principal, record.Resource, record.Outcome, record.Channel));
        Assert.NotNull(record.Usage);
        Assert.Equal(("gpt-4.1-mini-2025-04-14", 11L, 7L), (record.Usage.Model, record.Usage.InputTokens, record.Usage.OutputTokens));

        // gpt-4.1-mini at 0.40 and 1.60 USD per million tokens in and out.
        Assert.Equal(((11 * 0.40m) + (7 * 1.60m)) / 1_000_000m, record.Usage.CostUsd);
    }

    [Fact]
    public async Task A_stream_passes_through_and_ends_only_once_recorded_with_the_usage_custos_asked_for()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        workspace.Stub.Reply = "one two three four five six";
        var token = await workspace.Server.IssueAsync("dev-agent");

        var text = new System.Text.StringBuilder();
        ChatTokenUsage? usage = null;
        await foreach (var update in Chat(workspace, token, "gpt-4.1").CompleteChatStreamingAsync([new UserChatMessage("Count")], cancellationToken: Cancel))
        {
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }

            usage ??= update.Usage;
        }

        Assert.Equal(workspace.Stub.Reply, text.ToString());
        Assert.NotNull(usage);
        var received = Assert.Single(workspace.Stub.Received);
        Assert.True((bool?)received.Json["stream_options"]!["include_usage"]);
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal(ActionOutcome.Success, record.Outcome);
        Assert.Equal((11L, 7L), (record.Usage!.InputTokens, record.Usage.OutputTokens));
    }

    [Fact]
    public async Task A_model_no_grant_allows_is_refused_with_403_naming_the_reason_and_never_reaches_the_provider()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");

        var error = await Assert.ThrowsAsync<ClientResultException>(() => Chat(workspace, token, "gpt-4o").CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel));

        Assert.Equal(403, error.Status);
        Assert.Contains("Custos denied this call", error.Message, StringComparison.Ordinal);
        Assert.Contains("dev-agent", error.Message, StringComparison.Ordinal);
        Assert.Empty(workspace.Stub.Received);
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal((ActionOutcome.Denied, StageName.Authorize, "openai.gpt-4o"), (record.Outcome, record.StoppedAt, record.Resource));
    }

    [Fact]
    public async Task A_bad_token_is_401_in_openai_format_and_recorded()
    {
        await using var workspace = await LlmWorkspace.StartAsync();

        var error = await Assert.ThrowsAsync<ClientResultException>(() => Chat(workspace, "sk-not-a-custos-token", "gpt-4.1").CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel));

        Assert.Equal(401, error.Status);
        Assert.Contains("not a Custos token", error.Message, StringComparison.Ordinal);
        Assert.Empty(workspace.Stub.Received);
        Assert.Contains(await workspace.Server.RecordsAsync(), r => r.Action == "complete" && r.StoppedAt == StageName.Authenticate);
    }

    [Fact]
    public async Task Models_lists_only_what_the_agent_may_complete_or_embed_with()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var dev = await workspace.Server.IssueAsync("dev-agent");
        var finance = await workspace.Server.IssueAsync("finance-agent");

        var client = new OpenAIModelClient(new ApiKeyCredential(dev), new OpenAIClientOptions { Endpoint = workspace.OpenAiEndpoint });
        var models = (await client.GetModelsAsync(Cancel)).Value.Select(m => m.Id).Order(StringComparer.Ordinal).ToArray();
        // gpt-4o is on the system but no grant of the dev agent's names it; the embedding model is granted for embed.
        Assert.Equal(["gpt-4.1", "gpt-4.1-mini", "text-embedding-3-small"], models);

        var financeModels = await new OpenAIModelClient(new ApiKeyCredential(finance), new OpenAIClientOptions { Endpoint = workspace.OpenAiEndpoint }).GetModelsAsync(Cancel);
        Assert.DoesNotContain(financeModels.Value, m => m.Id == "gpt-4o");
    }

    [Fact]
    public async Task A_provider_429_reaches_the_client_with_its_retry_after_and_the_call_is_recorded_as_failed()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");
        workspace.Stub.Failures.Enqueue((429, "7"));

        using var response = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, """{"model": "gpt-4.1", "messages": [{"role": "user", "content": "hi"}]}""");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("7", response.Headers.RetryAfter?.ToString());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("rate_limit_exceeded", body.RootElement.GetProperty("error").GetProperty("type").GetString());
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal((ActionOutcome.Failure, StageName.Forward), (record.Outcome, record.StoppedAt));
        Assert.Contains(record.Reasons, r => r.Contains("answered 429", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stream_the_provider_breaks_ends_with_an_error_event_not_a_done_and_is_recorded_as_failed()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");
        workspace.Stub.Reply = "one two three four five";
        workspace.Stub.BreakStreamAfter = 2;

        using var response = await StreamText.PostAsync(workspace.Server, "/v1/chat/completions", token, """{"model": "gpt-4.1", "stream": true, "messages": [{"role": "user", "content": "hi"}]}""", Cancel);
        var (text, complete) = await StreamText.ReadAsync(response, Cancel);
        // A failed chat stream is cut off after its error chunk, so that every client sees it fail.
        Assert.False(complete);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The text before the break was still in the screening window: unscreened text is never released.
        Assert.Contains("\"role\":\"assistant\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("two", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[DONE]", text, StringComparison.Ordinal);
        Assert.Contains("Custos stopped this stream", text, StringComparison.Ordinal);
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal((ActionOutcome.Failure, StageName.Forward), (record.Outcome, record.StoppedAt));
    }

    [Fact]
    public async Task The_provider_key_never_reaches_a_log_or_the_ledger()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");
        await Chat(workspace, token, "gpt-4.1").CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel);
        workspace.Stub.Failures.Enqueue((500, null));
        await Assert.ThrowsAsync<ClientResultException>(() => Chat(workspace, token, "gpt-4.1").CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel));

        Assert.DoesNotContain(workspace.Server.Logs, line => line.Contains(workspace.ProviderKey, StringComparison.Ordinal));
        var records = await workspace.Server.RecordsAsync();
        Assert.DoesNotContain(records, r => JsonSerializer.Serialize(r).Contains(workspace.ProviderKey, StringComparison.Ordinal));
    }
}
