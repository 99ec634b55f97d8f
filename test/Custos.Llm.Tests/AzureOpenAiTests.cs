using System.ClientModel;
using System.Text;
using System.Text.Json;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using OpenAI;
using OpenAI.Chat;
using OpenAI.Embeddings;
using OpenAI.Responses;

#pragma warning disable OPENAI001 // The Responses client is marked experimental in the SDK.

namespace Custos.Llm.Tests;

/// <summary>
/// An Azure OpenAI system (provider: azure-openai) behind Custos, the official OpenAI .NET SDK as the agent's
/// client: Custos turns the agent's OpenAI-style call into Azure's deployment URL with its api-version and
/// api-key (or an Entra bearer), and Azure's errors into OpenAI's shape.
/// </summary>
public sealed class AzureOpenAiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>An Azure system on the stub with two deployments, granted to the dev agent; <paramref name="settings"/> lines go under it.</summary>
    private static Task<LlmWorkspace> StartAsync(string settings = "", string? credential = null) =>
        LlmWorkspace.StartAsync(yaml =>
        {
            var key = yaml[(yaml.IndexOf("api_key: secret://env/CUSTOS_TEST_PROVIDER_KEY_", StringComparison.Ordinal) + 9)..].Split('\n')[0];
            var url = yaml[(yaml.IndexOf("url: http://127.0.0.1:", StringComparison.Ordinal) + 5)..].Split('\n')[0].Replace("/v1", string.Empty, StringComparison.Ordinal);
            var at = yaml.IndexOf("# Least privilege:", StringComparison.Ordinal);
            yaml = yaml[..at] + $"""
                  - name: azure
                    kind: llm
                    provider: azure-openai
                    url: {url}
                    dpa: Microsoft Products and Services DPA, signed 2026-01-15
                    deployments:
                      gpt-4o: prod-gpt4o
                      text-embedding-3-small: prod-embed
                    credentials:
                      {credential ?? "api_key: " + key}
                {settings}

                """ + yaml[at..];
            at = yaml.IndexOf("  - id: marketing-drafts", StringComparison.Ordinal);
            return yaml[..at] + """
                  - id: dev-uses-azure
                    agent: dev-agent
                    system: azure
                    actions: [complete, embed]

                """ + yaml[at..];
        });

    private static OpenAIClientOptions Options(LlmWorkspace workspace) =>
        new() { Endpoint = workspace.OpenAiEndpoint, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) };

    private static ChatClient Chat(LlmWorkspace workspace, string token) => new("azure/gpt-4o", new ApiKeyCredential(token), Options(workspace));

    [Fact]
    public async Task A_completion_goes_to_the_deployment_with_the_api_version_and_api_key_and_is_metered_at_the_model_azure_ran()
    {
        await using var workspace = await StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");

        ChatCompletion completion = await Chat(workspace, token).CompleteChatAsync([new UserChatMessage("Say hello")], cancellationToken: Cancel);

        Assert.Equal(workspace.Stub.Reply, completion.Content[0].Text);
        Assert.Equal(ChatFinishReason.Stop, completion.FinishReason);
        var received = Assert.Single(workspace.Stub.Received);
        Assert.Equal($"/openai/deployments/prod-gpt4o/chat/completions?api-version={AzureOpenAiSettings.DefaultApiVersion}", received.Path);
        Assert.Equal(workspace.ProviderKey, received.Headers["api-key"]);
        Assert.False(received.Headers.ContainsKey("authorization"));
        Assert.Null(received.Json["model"]);
        Assert.DoesNotContain(token, received.Body + string.Join(' ', received.Headers.Values), StringComparison.Ordinal);

        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal((ActionOutcome.Success, "azure.gpt-4o"), (record.Outcome, record.Resource));
        Assert.Equal(("gpt-4o-2024-11-20", 11L, 7L), (record.Usage!.Model, record.Usage.InputTokens, record.Usage.OutputTokens));
        Assert.Equal(((11 * 2.50m) + (7 * 10.00m)) / 1_000_000m, record.Usage.CostUsd);
    }

    [Fact]
    public async Task A_stream_with_azures_filter_chunks_arrives_whole_and_is_metered_at_the_model_not_the_empty_first_chunk()
    {
        await using var workspace = await StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");
        workspace.Stub.Reply = "one two three four";

        var text = new StringBuilder();
        ChatTokenUsage? usage = null;
        await foreach (var update in Chat(workspace, token).CompleteChatStreamingAsync([new UserChatMessage("Count")], cancellationToken: Cancel))
        {
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }

            usage ??= update.Usage;
        }

        Assert.Equal(workspace.Stub.Reply, text.ToString());
        Assert.Equal(11, usage?.InputTokenCount);
        Assert.True((bool?)Assert.Single(workspace.Stub.Received).Json["stream_options"]!["include_usage"]);
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal(ActionOutcome.Success, record.Outcome);
        Assert.Equal(("gpt-4o-2024-11-20", 11L, 7L), (record.Usage!.Model, record.Usage.InputTokens, record.Usage.OutputTokens));
    }

    [Fact]
    public async Task Embeddings_go_to_the_embedding_deployment_and_responses_to_the_v1_api_with_the_deployment_as_model()
    {
        await using var workspace = await StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");

        var embedding = await new EmbeddingClient("azure/text-embedding-3-small", new ApiKeyCredential(token), Options(workspace)).GenerateEmbeddingAsync("custos", cancellationToken: Cancel);
        var responses = new ResponsesClient(new ApiKeyCredential(token), new ResponsesClientOptions { Endpoint = workspace.OpenAiEndpoint, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) });
        var response = await responses.CreateResponseAsync("azure/gpt-4o", [ResponseItem.CreateUserMessageItem("Say hello")], cancellationToken: Cancel);

        Assert.Equal(StubProvider.VectorOf("custos"), embedding.Value.ToFloats().ToArray());
        Assert.Equal(workspace.Stub.Reply, response.Value.GetOutputText());
        var sent = workspace.Stub.Received.ToArray();
        Assert.Equal($"/openai/deployments/prod-embed/embeddings?api-version={AzureOpenAiSettings.DefaultApiVersion}", sent[0].Path);
        Assert.Equal("/openai/v1/responses", sent[1].Path);
        Assert.Equal("prod-gpt4o", (string?)sent[1].Json["model"]);
        var records = await workspace.Server.RecordsAsync();
        Assert.Contains(records, r => (r.Action, r.Resource, r.Outcome) == ("embed", "azure.text-embedding-3-small", ActionOutcome.Success));
        Assert.Contains(records, r => (r.Action, r.Resource, r.Outcome) == ("complete", "azure.gpt-4o", ActionOutcome.Success));
    }

    [Fact]
    public async Task A_prompt_azures_content_filter_refuses_is_a_400_in_openai_shape_with_the_filter_categories()
    {
        await using var workspace = await StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");

        var error = await Assert.ThrowsAsync<ClientResultException>(() => Chat(workspace, token).CompleteChatAsync([new UserChatMessage($"Tell me about {StubProvider.FilteredWord}")], cancellationToken: Cancel));

        Assert.Equal(400, error.Status);
        using var body = JsonDocument.Parse(error.GetRawResponse()!.Content.ToString());
        var detail = body.RootElement.GetProperty("error");
        Assert.Equal("content_filter", detail.GetProperty("code").GetString());
        Assert.Equal("invalid_request_error", detail.GetProperty("type").GetString());
        Assert.Equal("prompt", detail.GetProperty("param").GetString());
        Assert.StartsWith("Azure OpenAI: The response was filtered", detail.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(detail.GetProperty("innererror").GetProperty("content_filter_result").GetProperty("hate").GetProperty("filtered").GetBoolean());
        Assert.Contains("content_filter", error.Message, StringComparison.Ordinal);
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal(ActionOutcome.Failure, record.Outcome);
    }

    [Fact]
    public async Task A_429_is_waited_out_by_its_retry_after_ms_and_without_retries_reaches_the_sdk_with_both_headers()
    {
        await using (var workspace = await StartAsync("    retries: 1"))
        {
            var token = await workspace.Server.IssueAsync("dev-agent");
            // retry-after says 60 s, longer than Custos waits inside a call (it would give up at once); retry-after-ms
            // says 300: the precise one is what Custos goes by, so it waits and tries again.
            workspace.Stub.AzureThrottles.Enqueue((300, 60));
            var started = System.Diagnostics.Stopwatch.StartNew();

            ChatCompletion completion = await Chat(workspace, token).CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel);

            Assert.Equal(workspace.Stub.Reply, completion.Content[0].Text);
            Assert.True(started.Elapsed >= TimeSpan.FromMilliseconds(290), $"retried after {started.Elapsed}");
            Assert.Equal(2, workspace.Stub.Received.Count);
        }

        await using (var workspace = await StartAsync())
        {
            var token = await workspace.Server.IssueAsync("dev-agent");
            workspace.Stub.AzureThrottles.Enqueue((2500, null));

            var error = await Assert.ThrowsAsync<ClientResultException>(() => Chat(workspace, token).CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel));

            Assert.Equal(429, error.Status);
            var raw = error.GetRawResponse()!;
            Assert.True(raw.Headers.TryGetValue("retry-after-ms", out var ms));
            Assert.Equal("2500", ms);
            Assert.True(raw.Headers.TryGetValue("retry-after", out var seconds));
            Assert.Equal("2", seconds);
            using var body = JsonDocument.Parse(raw.Content.ToString());
            Assert.Equal("rate_limit_exceeded", body.RootElement.GetProperty("error").GetProperty("code").GetString());
            Assert.Contains("exceeded token rate limit", body.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_entra_token_goes_as_a_bearer_instead_of_api_key_and_the_api_version_is_the_configured_one()
    {
        var variable = "CUSTOS_TEST_ENTRA_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await using var workspace = await StartAsync("    api_version: 2025-04-01-preview", $"entra_token: secret://env/{variable}");
        Environment.SetEnvironmentVariable(variable, workspace.Stub.EntraToken);
        try
        {
            var token = await workspace.Server.IssueAsync("dev-agent");

            ChatCompletion completion = await Chat(workspace, token).CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel);

            Assert.Equal(workspace.Stub.Reply, completion.Content[0].Text);
            var received = Assert.Single(workspace.Stub.Received);
            Assert.Equal("/openai/deployments/prod-gpt4o/chat/completions?api-version=2025-04-01-preview", received.Path);
            Assert.Equal("Bearer " + workspace.Stub.EntraToken, received.Headers["authorization"]);
            Assert.False(received.Headers.ContainsKey("api-key"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task Models_lists_the_azure_deployments_models_the_agent_may_use()
    {
        await using var workspace = await StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");

        var models = (await new OpenAI.Models.OpenAIModelClient(new ApiKeyCredential(token), Options(workspace)).GetModelsAsync(Cancel)).Value;

        Assert.Contains(models, m => m.Id == "gpt-4o" && m.OwnedBy == "azure");
        Assert.Contains(models, m => m.Id == "text-embedding-3-small" && m.OwnedBy == "azure");
    }

    [Fact]
    public void Azure_settings_are_checked_with_the_line_and_how_to_fix_them()
    {
        var cases = new (string Yaml, string Expected)[]
        {
            ("    provider: openai\n    url: https://api.openai.com/v1\n    deployments:\n      gpt-4o: prod\n", "deployments and api_version are only for Azure OpenAI systems"),
            ("    provider: azure-openai\n    url: https://res.openai.azure.com\n    api_version: latest\n", "api_version 'latest' is not an Azure OpenAI API version; write a date such as 2024-10-21"),
            ("    provider: azure-openai\n", "is an Azure OpenAI system without 'url'"),
            ("    provider: azure-openai\n    url: https://res.openai.azure.com\n    deployments:\n      gpt-4o: 'bad name!'\n", "is not a deployment name"),
            ("    provider: azure-openai\n    url: https://res.openai.azure.com\n    credentials:\n      api_key: secret://env/A\n      entra_token: secret://env/B\n", "has both api_key and entra_token"),
            ("    provider: azure-openai\n    url: https://res.openai.azure.com\n    idle_timeout: 2d\n", "idle_timeout must be a duration between 1s and 1h"),
        };
        foreach (var (settings, expected) in cases)
        {
            var yaml = "version: 1\nsystems:\n  - name: llm\n    kind: llm\n" + settings;
            var result = ConfigLoader.Parse(yaml, "custos.yaml", "/tmp/custos.yaml");
            var diagnostic = Assert.Single(result.Diagnostics, d => d.Message.Contains(expected, StringComparison.Ordinal));
            Assert.True(diagnostic.Line > 1, $"{expected}: no line");
        }

        var good = ConfigLoader.Parse("version: 1\nsystems:\n  - name: llm\n    kind: llm\n    provider: azure-openai\n    url: https://res.openai.azure.com/openai/\n    deployments:\n      gpt-4o: prod-gpt4o\n", "custos.yaml", "/tmp/custos.yaml");
        Assert.True(good.IsValid, string.Join("\n", good.Diagnostics));
        var system = Assert.Single(good.GetConfigOrThrow().Systems);
        Assert.Equal("https://res.openai.azure.com/openai/deployments/prod-gpt4o/chat/completions?api-version=2024-10-21", Custos.Gateway.Llm.LlmUpstream.UrlOf(system, Custos.Gateway.Llm.LlmApi.ChatCompletions, "gpt-4o").AbsoluteUri);
        Assert.Equal("https://res.openai.azure.com/openai/deployments/other/embeddings?api-version=2024-10-21", Custos.Gateway.Llm.LlmUpstream.UrlOf(system, Custos.Gateway.Llm.LlmApi.Embeddings, "other").AbsoluteUri);
    }
}
