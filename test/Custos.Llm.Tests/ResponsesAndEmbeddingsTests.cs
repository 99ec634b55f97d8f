using System.ClientModel;
using System.Net;
using System.Text;
using System.Text.Json;
using Custos.Core.Pipeline;
using OpenAI;
using OpenAI.Embeddings;
using OpenAI.Responses;

#pragma warning disable OPENAI001 // The Responses client is marked experimental in the 2.15.0 SDK.

namespace Custos.Llm.Tests;

/// <summary><c>POST /v1/responses</c> and <c>POST /v1/embeddings</c> through Custos with the official OpenAI .NET SDK's clients.</summary>
public sealed class ResponsesAndEmbeddingsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static OpenAIClientOptions Options(LlmWorkspace workspace) =>
        new() { Endpoint = workspace.OpenAiEndpoint, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) };

    private static ResponsesClient Responses(LlmWorkspace workspace, string token) =>
        new(new ApiKeyCredential(token), new ResponsesClientOptions { Endpoint = workspace.OpenAiEndpoint, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) });

    [Fact]
    public async Task A_response_is_served_metered_and_recorded_as_a_complete_action()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");

        var response = await Responses(workspace, token).CreateResponseAsync("gpt-4.1", [ResponseItem.CreateUserMessageItem("Say hello")], cancellationToken: Cancel);

        Assert.Equal("Hello from the stub provider.", response.Value.GetOutputText());
        Assert.Equal(11, response.Value.Usage.InputTokenCount);
        var sent = Assert.Single(workspace.Stub.Received);
        Assert.Equal("/v1/responses", sent.Path);
        Assert.Equal("Bearer " + workspace.ProviderKey, sent.Headers["authorization"]);
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal((ActionOutcome.Success, "openai.gpt-4.1"), (record.Outcome, record.Resource));
        Assert.Equal(("gpt-4.1-2025-04-14", 11L, 7L), (record.Usage!.Model, record.Usage.InputTokens, record.Usage.OutputTokens));
        Assert.Equal(((11 * 2.00m) + (7 * 8.00m)) / 1_000_000m, record.Usage.CostUsd);
    }

    [Fact]
    public async Task A_streamed_response_arrives_as_text_deltas_and_ends_with_completed_carrying_usage()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");
        workspace.Stub.Reply = "Streaming through Custos works.";

        var text = new StringBuilder();
        var kinds = new List<string>();
        ResponseTokenUsage? usage = null;
        await foreach (var update in await Responses(workspace, token).CreateResponseStreamingAsync("gpt-4.1", [ResponseItem.CreateUserMessageItem("Stream")], cancellationToken: Cancel))
        {
            kinds.Add(update.GetType().Name);
            if (update is StreamingResponseOutputTextDeltaUpdate delta)
            {
                text.Append(delta.Delta);
            }
            else if (update is StreamingResponseCompletedUpdate completed)
            {
                usage = completed.Response.Usage;
            }
        }

        Assert.Equal("Streaming through Custos works.", text.ToString());
        Assert.Equal(nameof(StreamingResponseCreatedUpdate), kinds[0]);
        Assert.Equal(nameof(StreamingResponseCompletedUpdate), kinds[^1]);
        Assert.Equal(7, usage!.OutputTokenCount);
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal((ActionOutcome.Success, 11L, 7L), (record.Outcome, record.Usage!.InputTokens, record.Usage.OutputTokens));
    }

    [Fact]
    public async Task A_broken_response_stream_ends_with_an_error_event_and_no_completed()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");
        workspace.Stub.BreakStreamAfter = 1;

        using var response = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/responses", token, """{"model": "gpt-4.1", "stream": true, "input": "hi"}""");
        var text = await response.Content.ReadAsStringAsync(Cancel);

        Assert.DoesNotContain("response.completed", text, StringComparison.Ordinal);
        var error = text.Split("\n\n").Single(e => e.StartsWith("event: error", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(error.Split('\n')[1]["data: ".Length..]);
        Assert.Equal("error", json.RootElement.GetProperty("type").GetString());
        Assert.Contains("Custos stopped this stream", json.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal(ActionOutcome.Failure, record.Outcome);
    }

    [Fact]
    public async Task Embeddings_are_an_embed_action_served_in_the_sdks_base64_format_and_metered()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");
        var client = new EmbeddingClient("text-embedding-3-small", new ApiKeyCredential(token), Options(workspace));

        var one = await client.GenerateEmbeddingAsync("custos", cancellationToken: Cancel);
        var many = await client.GenerateEmbeddingsAsync(["a", "bb"], cancellationToken: Cancel);

        Assert.Equal(StubProvider.VectorOf("custos"), one.Value.ToFloats().ToArray());
        Assert.Equal(StubProvider.VectorOf("bb"), many.Value[1].ToFloats().ToArray());
        Assert.Equal("base64", (string?)workspace.Stub.Received.First().Json["encoding_format"]);
        var records = (await workspace.Server.RecordsAsync()).Where(r => r.Action == "embed").OrderBy(r => r.At).ToArray();
        Assert.Equal(2, records.Length);
        Assert.All(records, r => Assert.Equal((ActionOutcome.Success, "openai.text-embedding-3-small"), (r.Outcome, r.Resource)));
        Assert.Equal((10L, 0L), (records[1].Usage!.InputTokens, records[1].Usage!.OutputTokens));
        Assert.Equal(10 * 0.02m / 1_000_000m, records[1].Usage!.CostUsd);
    }

    [Fact]
    public async Task An_agent_granted_complete_but_not_embed_is_refused_embeddings_in_openai_format()
    {
        await using var workspace = await LlmWorkspace.StartAsync(yaml => yaml.Replace("    actions: [embed]\n", "    actions: [complete]\n", StringComparison.Ordinal));
        var token = await workspace.Server.IssueAsync("dev-agent");

        using var response = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/embeddings", token, """{"model": "text-embedding-3-small", "input": "hi"}""");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("permission_denied", body.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Empty(workspace.Stub.Received);
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "embed");
        Assert.Equal(ActionOutcome.Denied, record.Outcome);
    }

    [Fact]
    public async Task Malformed_responses_and_embeddings_bodies_get_a_field_error()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");
        var cases = new (string Path, string Body, string Param)[]
        {
            ("/v1/responses", """{"model": "gpt-4.1"}""", "input"),
            ("/v1/responses", """{"model": "gpt-4.1", "input": ""}""", "input"),
            ("/v1/responses", """{"model": "gpt-4.1", "input": "hi", "max_output_tokens": -1}""", "max_output_tokens"),
            ("/v1/embeddings", """{"model": "text-embedding-3-small", "input": []}""", "input"),
            ("/v1/embeddings", """{"model": "text-embedding-3-small", "input": "hi", "stream": true}""", "stream"),
            ("/v1/embeddings", """{"input": "hi"}""", "model"),
        };
        foreach (var (path, body, param) in cases)
        {
            using var response = await workspace.Server.SendAsync(HttpMethod.Post, path, token, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
            Assert.Equal(param, json.RootElement.GetProperty("error").GetProperty("param").GetString());
        }

        Assert.Empty(workspace.Stub.Received);
    }
}
