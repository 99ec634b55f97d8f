using System.ClientModel;
using System.Diagnostics;
using System.Text;
using Anthropic;
using Anthropic.Models.Messages;
using Custos.Core.Pipeline;
using OpenAI;
using OpenAI.Chat;
using OpenAI.Responses;

#pragma warning disable OPENAI001 // The Responses client is marked experimental in the SDK.

namespace Custos.Llm.Tests;

/// <summary>
/// Providers that answer badly: a cut-off or oversized body, an HTML error page, a stream that stalls, trickles,
/// sends an event that is not JSON, or drops the connection midway. Whatever they do, the official SDKs get an
/// error they raise, in their API's format, and the call is recorded as a failure; nothing unscreened reaches them.
/// Also a keyless OpenAI-compatible server (Ollama or vLLM style) that must never be sent a key.
/// </summary>
public sealed class UpstreamFailureTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task<LlmWorkspace> StartAsync() =>
        LlmWorkspace.StartAsync(yaml =>
        {
            var url = yaml[(yaml.IndexOf("url: http://127.0.0.1:", StringComparison.Ordinal) + 5)..].Split('\n')[0].Replace("/v1", string.Empty, StringComparison.Ordinal);
            var at = yaml.IndexOf("# Least privilege:", StringComparison.Ordinal);
            yaml = yaml[..at] + $"""
                  - name: local
                    kind: llm
                    provider: openai-compatible
                    url: {url}/ollama/v1
                    tools: [llama3.2]
                  - name: bad
                    kind: llm
                    provider: openai-compatible
                    url: {url}/bad/v1
                    dpa: Test provider DPA, signed 2026-01-01
                    tools: [gpt-4.1]
                    timeout: 30s
                    idle_timeout: 2s
                  - name: badclaude
                    kind: llm
                    provider: anthropic
                    url: {url}/bad/v1
                    dpa: Test provider DPA, signed 2026-01-01
                    tools: [claude-sonnet-4-5]
                    timeout: 30s
                    idle_timeout: 2s


                """ + yaml[at..];
            at = yaml.IndexOf("  - id: marketing-drafts", StringComparison.Ordinal);
            return yaml[..at] + """
                  - id: dev-uses-local
                    agent: dev-agent
                    system: local
                    actions: [complete]
                  - id: dev-uses-bad
                    agent: dev-agent
                    system: bad
                    actions: [complete]
                  - id: dev-uses-badclaude
                    agent: dev-agent
                    system: badclaude
                    actions: [complete]

                """ + yaml[at..];
        });

    private static OpenAIClientOptions Options(LlmWorkspace workspace) =>
        new() { Endpoint = workspace.OpenAiEndpoint, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0), NetworkTimeout = TimeSpan.FromSeconds(30) };

    private static ChatClient Chat(LlmWorkspace workspace, string token, string model = "bad/gpt-4.1") => new(model, new ApiKeyCredential(token), Options(workspace));

    private static ResponsesClient Responses(LlmWorkspace workspace, string token) =>
        new(new ApiKeyCredential(token), new ResponsesClientOptions { Endpoint = workspace.OpenAiEndpoint, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0), NetworkTimeout = TimeSpan.FromSeconds(30) });

    private static AnthropicClient Claude(LlmWorkspace workspace, string token) =>
        new() { ApiKey = token, BaseUrl = workspace.Root.ToString().TrimEnd('/'), MaxRetries = 0 };

    private static MessageCreateParams Ask() => new() { Model = "badclaude/claude-sonnet-4-5", MaxTokens = 100, Messages = [new UserMessageParam { Content = "hi" }] };

    [Fact]
    public async Task A_keyless_openai_compatible_server_is_sent_no_key_and_serves_plain_and_streamed_calls()
    {
        await using var workspace = await StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");
        var chat = Chat(workspace, token, "local/llama3.2");

        ChatCompletion completion = await chat.CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel);
        var streamed = new StringBuilder();
        await foreach (var update in chat.CompleteChatStreamingAsync([new UserChatMessage("hi")], cancellationToken: Cancel))
        {
            streamed.Append(string.Concat(update.ContentUpdate.Select(p => p.Text)));
        }

        // The stub answers 401 to any key under /ollama: success means none was sent.
        Assert.Equal(workspace.Stub.Reply, completion.Content[0].Text);
        Assert.Equal(workspace.Stub.Reply, streamed.ToString());
        Assert.All(workspace.Stub.Received, r => Assert.False(r.Headers.ContainsKey("authorization")));
        var records = (await workspace.Server.RecordsAsync()).Where(r => r.Action == "complete").ToArray();
        Assert.Equal(2, records.Length);
        Assert.All(records, r => Assert.Equal((ActionOutcome.Success, "local.llama3.2"), (r.Outcome, r.Resource)));
    }

    [Fact]
    public async Task Bad_answers_before_a_stream_are_a_502_in_each_sdks_own_error_naming_what_was_wrong()
    {
        await using var workspace = await StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");
        var cases = new (Misbehavior Misbehave, int Status, string Expected)[]
        {
            (Misbehavior.TruncatedJson, 502, "with a body that is not a JSON object"),
            (Misbehavior.DuplicateProperty, 502, "names a property twice"),
            (Misbehavior.OversizedBody, 502, "an answer larger than 33554432 bytes"),
            (Misbehavior.HtmlError, 502, "answered 502"),
            (Misbehavior.ForeignJsonError, 500, "answered 500"),
            (Misbehavior.Redirect, 502, "answered 307"),
        };
        foreach (var (misbehave, status, expected) in cases)
        {
            workspace.Stub.Misbehave = misbehave;

            var openAi = await Assert.ThrowsAsync<ClientResultException>(() => Chat(workspace, token).CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel));
            var responses = await Assert.ThrowsAsync<ClientResultException>(() => Responses(workspace, token).CreateResponseAsync("bad/gpt-4.1", [ResponseItem.CreateUserMessageItem("hi")], cancellationToken: Cancel));
            var anthropic = await Assert.ThrowsAnyAsync<Anthropic.Exceptions.AnthropicApiException>(() => Claude(workspace, token).Messages.Create(Ask(), Cancel));

            Assert.Equal((status, status), (openAi.Status, responses.Status));
            Assert.Contains(expected, openAi.Message, StringComparison.Ordinal);
            Assert.Contains(expected, responses.Message, StringComparison.Ordinal);
            Assert.Contains(expected, anthropic.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("<html>", openAi.Message + responses.Message + anthropic.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("worker crashed", openAi.Message + responses.Message + anthropic.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("bob.duplicate", openAi.Message + responses.Message + anthropic.Message, StringComparison.Ordinal);
        }

        var records = (await workspace.Server.RecordsAsync()).Where(r => r.Action == "complete").ToArray();
        Assert.Equal(3 * cases.Length, records.Length);
        Assert.All(records, r => Assert.Equal((ActionOutcome.Failure, StageName.Forward), (r.Outcome, r.StoppedAt)));
        // A cut-off or oversized 200 is not retried: the provider answered, and may have charged for it. A redirect is
        // not followed: the request (and the key on it) reaches the provider's URL only.
        Assert.Equal(3 * cases.Length, workspace.Stub.Received.Count);
    }

    [Fact]
    public async Task Streams_that_stall_trickle_send_unreadable_events_or_drop_midway_end_in_an_error_every_sdk_raises()
    {
        await using var workspace = await StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");
        var cases = new (Misbehavior Misbehave, string Expected)[]
        {
            (Misbehavior.StallAfterFirstEvent, "sent no complete stream event for 2 s"),
            (Misbehavior.Slowloris, "sent no complete stream event for 2 s"),
            (Misbehavior.InvalidJsonEvent, "not a JSON object"),
            (Misbehavior.Disconnect, "broke the stream"),
        };
        foreach (var (misbehave, expected) in cases)
        {
            workspace.Stub.Misbehave = misbehave;
            var started = Stopwatch.StartNew();
            var seen = new StringBuilder();

            var openAi = await Assert.ThrowsAnyAsync<Exception>(async () =>
            {
                await foreach (var update in Chat(workspace, token).CompleteChatStreamingAsync([new UserChatMessage("hi")], cancellationToken: Cancel))
                {
                    seen.Append(string.Concat(update.ContentUpdate.Select(p => p.Text)));
                }
            });
            // The Responses SDK hands an error event over as an update of its own.
            string? responses = null;
            await foreach (var update in await Responses(workspace, token).CreateResponseStreamingAsync("bad/gpt-4.1", [ResponseItem.CreateUserMessageItem("hi")], cancellationToken: Cancel))
            {
                seen.Append(update.GetType().Name).Append(' ');
                if (update is StreamingResponseErrorUpdate error)
                {
                    responses = error.Message;
                }
            }

            var anthropic = await Assert.ThrowsAnyAsync<Exception>(async () =>
            {
                await foreach (var item in Claude(workspace, token).Messages.CreateStreaming(Ask(), Cancel))
                {
                    seen.Append(item.ToString());
                }
            });

            Assert.True(started.Elapsed < TimeSpan.FromSeconds(20), $"{misbehave}: took {started.Elapsed}");
            // The .NET SDK reads Chat Completions' error chunk as an empty update: Custos cuts the body off after it, which it raises.
            Assert.True(openAi is IOException or HttpRequestException || openAi.InnerException is IOException or HttpRequestException, $"{misbehave}: {openAi}");
            var newest = (await workspace.Server.RecordsAsync()).Where(r => r.Action == "complete").OrderByDescending(r => r.At).Take(3).ToArray();
            Assert.All(newest, r => Assert.Contains(r.Reasons, reason => reason.Contains(expected, StringComparison.Ordinal)));
            foreach (var error in new[] { responses, anthropic.ToString() })
            {
                Assert.NotNull(error);
                Assert.Contains("Custos stopped this stream", error, StringComparison.Ordinal);
                Assert.Contains(expected, error, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("ghp_", seen.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Completed", seen.ToString(), StringComparison.Ordinal);
        }

        var records = (await workspace.Server.RecordsAsync()).Where(r => r.Action == "complete").ToArray();
        Assert.Equal(3 * cases.Length, records.Length);
        Assert.All(records, r => Assert.Equal((ActionOutcome.Failure, StageName.Forward), (r.Outcome, r.StoppedAt)));
    }
}
