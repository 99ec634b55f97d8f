using System.ClientModel;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Anthropic;
using Anthropic.Models.Messages;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using OpenAI;
using OpenAI.Chat;

namespace Custos.Llm.Tests;

/// <summary>Retries and fallback per LLM system (custos.yaml retries, fallback, timeout) against a stub that fails, hangs and breaks streams.</summary>
public sealed class ResilienceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string Request = """{"model": "gpt-4.1", "messages": [{"role": "user", "content": "hi"}]}""";

    /// <summary>The OpenAI system gets retries (and optionally a timeout and a fallback to 'backup', the stub's second provider).</summary>
    private static Task<LlmWorkspace> StartAsync(string openAiSettings, bool backup = false, bool backupGrant = true) =>
        LlmWorkspace.StartAsync(yaml =>
        {
            yaml = yaml.Replace("    tools: [gpt-4.1, gpt-4.1-mini, gpt-4o, text-embedding-3-small]\n", "    tools: [gpt-4.1, gpt-4.1-mini, gpt-4o, text-embedding-3-small]\n" + openAiSettings, StringComparison.Ordinal);
            if (!backup)
            {
                return yaml;
            }

            var key = yaml[(yaml.IndexOf("api_key: secret://env/CUSTOS_TEST_PROVIDER_KEY_", StringComparison.Ordinal) + 9)..].Split('\n')[0];
            var url = yaml[(yaml.IndexOf("url: http://127.0.0.1:", StringComparison.Ordinal) + 5)..].Split('\n')[0].Replace("/v1", "/backup/v1", StringComparison.Ordinal);
            var at = yaml.IndexOf("# Least privilege:", StringComparison.Ordinal);
            yaml = yaml[..at] + $"""
                  - name: backup
                    kind: llm
                    provider: openai-compatible
                    url: {url}
                    dpa: Backup provider DPA, signed 2026-06-01
                    tools: [gpt-4.1, gpt-4.1-backup]
                    credentials:
                      api_key: {key}


                """ + yaml[at..];
            if (backupGrant)
            {
                at = yaml.IndexOf("  - id: marketing-drafts", StringComparison.Ordinal);
                yaml = yaml[..at] + """
                      - id: dev-completes-backup
                        agent: dev-agent
                        system: backup
                        actions: [complete]
                        tools: [gpt-4.1*]

                    """ + yaml[at..];
            }

            return yaml;
        });

    private static ChatClient Chat(LlmWorkspace workspace, string token) =>
        new("gpt-4.1", new ApiKeyCredential(token), new OpenAIClientOptions { Endpoint = workspace.OpenAiEndpoint, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) });

    [Fact]
    public async Task Two_5xx_answers_are_retried_and_the_third_attempt_is_served_with_every_attempt_in_the_record()
    {
        await using var workspace = await StartAsync("    retries: 2\n");
        var token = await workspace.Server.IssueAsync("dev-agent");
        workspace.Stub.Failures.Enqueue((500, null));
        workspace.Stub.Failures.Enqueue((503, null));

        var completion = await Chat(workspace, token).CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel);

        Assert.Equal("Hello from the stub provider.", completion.Value.Content[0].Text);
        Assert.Equal(3, workspace.Stub.Received.Count);
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal(ActionOutcome.Success, record.Outcome);
        var note = Assert.Single(record.Reasons, r => r.StartsWith("served by", StringComparison.Ordinal));
        Assert.Equal("served by openai.gpt-4.1 after 2 failed attempts: openai answered 500 Internal Server Error; openai answered 503 Service Unavailable", note);
    }

    [Fact]
    public async Task A_429_is_retried_after_its_retry_after_and_one_beyond_the_cap_is_relayed_at_once()
    {
        await using var workspace = await StartAsync("    retries: 1\n");
        var token = await workspace.Server.IssueAsync("dev-agent");
        workspace.Stub.Failures.Enqueue((429, "1"));
        var watch = Stopwatch.StartNew();
        using (var served = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, Request))
        {
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(5));

        workspace.Stub.Failures.Enqueue((429, "120"));
        watch.Restart();
        using var refused = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, Request);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"Custos waited {watch.Elapsed} for a 120 s Retry-After");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("120", refused.Headers.RetryAfter?.ToString());
        using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("rate_limit_exceeded", body.RootElement.GetProperty("error").GetProperty("type").GetString());
        Assert.Equal(3, workspace.Stub.Received.Count);
    }

    [Fact]
    public async Task A_provider_that_hangs_is_given_up_on_after_the_timeout_and_tried_again()
    {
        await using var workspace = await StartAsync("    retries: 1\n    timeout: 1s\n");
        var token = await workspace.Server.IssueAsync("dev-agent");
        workspace.Stub.HangNext = 1;
        var watch = Stopwatch.StartNew();

        using var response = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, Request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(8));
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Contains(record.Reasons, r => r.Contains("openai did not answer within 1 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_its_retries_a_failing_system_falls_back_to_the_next_one_which_serves_the_call()
    {
        await using var workspace = await StartAsync("    retries: 1\n    fallback: backup\n", backup: true);
        var token = await workspace.Server.IssueAsync("dev-agent");
        workspace.Stub.Failures.Enqueue((502, null));
        workspace.Stub.Failures.Enqueue((500, null));

        using var response = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, Request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("backup", response.Headers.GetValues("x-custos-served-by").Single());
        Assert.Equal(["/v1/chat/completions", "/v1/chat/completions", "/backup/v1/chat/completions"], workspace.Stub.Received.Select(r => r.Path));
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal(ActionOutcome.Success, record.Outcome);
        Assert.Contains(record.Reasons, r => r.StartsWith("served by backup.gpt-4.1 after 2 failed attempts", StringComparison.Ordinal));
        Assert.Contains(record.Secrets!, s => s.StartsWith("backup:api_key=secret://env/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_fallback_the_agent_may_not_use_is_not_called_and_the_client_gets_the_providers_error()
    {
        await using var workspace = await StartAsync("    fallback: backup\n", backup: true, backupGrant: false);
        var token = await workspace.Server.IssueAsync("dev-agent");
        workspace.Stub.Failures.Enqueue((503, null));

        using var response = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, Request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Single(workspace.Stub.Received);
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal((ActionOutcome.Failure, StageName.Forward), (record.Outcome, record.StoppedAt));
        Assert.Contains(record.Reasons, r => r.Contains("fallback backup.gpt-4.1 is not allowed for this agent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stream_that_ends_before_its_first_event_is_retried_and_the_client_sees_one_whole_stream()
    {
        await using var workspace = await StartAsync("    retries: 1\n");
        var token = await workspace.Server.IssueAsync("dev-agent");
        workspace.Stub.EmptyStreamNext = 1;

        var text = new System.Text.StringBuilder();
        await foreach (var update in Chat(workspace, token).CompleteChatStreamingAsync([new UserChatMessage("hi")], cancellationToken: Cancel))
        {
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }
        }

        Assert.Equal("Hello from the stub provider.", text.ToString());
        Assert.Equal(2, workspace.Stub.Received.Count);
    }

    [Fact]
    public async Task An_anthropic_stream_broken_midway_ends_with_an_error_event_the_sdk_raises()
    {
        await using var workspace = await LlmWorkspace.StartAsync(yaml => yaml.Replace("    tools: [claude-sonnet-4-5, claude-opus-4-1]\n", "    tools: [claude-sonnet-4-5, claude-opus-4-1]\n    retries: 2\n", StringComparison.Ordinal));
        var token = await workspace.Server.IssueAsync("dev-agent");
        workspace.Stub.Reply = "one two three four five";
        workspace.Stub.BreakStreamAfter = 2;
        using var client = new AnthropicClient { ApiKey = token, BaseUrl = workspace.Root.ToString().TrimEnd('/'), MaxRetries = 0 };

        var seen = new System.Text.StringBuilder();
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await foreach (var item in client.Messages.CreateStreaming(new MessageCreateParams { Model = "claude-sonnet-4-5", MaxTokens = 100, Messages = [new UserMessageParam { Content = "hi" }] }, Cancel))
            {
                if (item.TryPickContentBlockDelta(out var delta) && delta.Delta.TryPickText(out var textDelta))
                {
                    seen.Append(textDelta.Text);
                }
            }
        });

        // "one two" was still held in the screening window when the stream broke: never released unscreened.
        Assert.Equal(string.Empty, seen.ToString());
        Assert.Contains("Custos stopped this stream", error.ToString(), StringComparison.Ordinal);
        // Bytes had reached the client: a broken stream is not retried (the agent would see the text twice).
        Assert.Single(workspace.Stub.Received);
    }

    [Fact]
    public void Retries_fallback_and_timeout_are_checked_at_their_line()
    {
        var yaml = StarterWorkspace.Yaml.Replace("    api_key: secret://env/OPENAI_API_KEY\n", "    api_key: secret://env/OPENAI_API_KEY\n    retries: 9\n    timeout: 2h\n    fallback: opneai\n", StringComparison.Ordinal)
            .Replace("    url: https://billing.internal.example/api\n", "    url: https://billing.internal.example/api\n    retries: 1\n", StringComparison.Ordinal);
        var result = ConfigLoader.Parse(yaml, "custos.yaml", Path.Combine(Path.GetTempPath(), "custos.yaml"));
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
        Assert.Contains(errors, e => e.Contains("retries must be between 0 and 5", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("timeout must be a duration between 1s and 10m", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("systems.openai.fallback names the system itself", StringComparison.Ordinal) || e.Contains("fallback 'opneai' is not defined under systems (did you mean 'openai'?)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("retries, fallback, timeout and idle_timeout are only for LLM systems", StringComparison.Ordinal));
        var lines = yaml.Split('\n');
        var fallback = result.Diagnostics.First(d => d.Message.Contains("opneai", StringComparison.Ordinal));
        Assert.Contains("fallback: opneai", lines[fallback.Line - 1], StringComparison.Ordinal);
    }
}
