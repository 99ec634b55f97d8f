using System.Text;
using Anthropic;
using Anthropic.Exceptions;
using Anthropic.Models.Messages;
using Custos.Core.Pipeline;

namespace Custos.Llm.Tests;

/// <summary>The official Anthropic .NET SDK as an agent would use it, with its Custos token as the API key.</summary>
public sealed class AnthropicClientTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static AnthropicClient Client(LlmWorkspace workspace, string token) =>
        new() { ApiKey = token, BaseUrl = workspace.Root.ToString().TrimEnd('/'), MaxRetries = 0 };

    private static MessageCreateParams Ask(string model, string text) => new()
    {
        Model = model,
        MaxTokens = 256,
        Messages = [new UserMessageParam { Content = text }],
    };

    [Fact]
    public async Task A_granted_message_reaches_the_provider_with_the_provider_key_and_is_metered_and_recorded()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");

        var message = await Client(workspace, token).Messages.Create(Ask("claude-sonnet-4-5", "Say hello"), Cancel);

        Assert.True(message.Content[0].TryPickText(out var text));
        Assert.Equal(workspace.Stub.Reply, text!.Text);
        Assert.Equal((11, 7), (message.Usage.InputTokens, message.Usage.OutputTokens));
        var received = Assert.Single(workspace.Stub.Received);
        Assert.Equal(workspace.ProviderKey, received.Headers["x-api-key"]);
        Assert.False(string.IsNullOrEmpty(received.Headers["anthropic-version"]));
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal(("anthropic.claude-sonnet-4-5", ActionOutcome.Success), (record.Resource, record.Outcome));

        // claude-sonnet-4* at 3 and 15 USD per million tokens in and out.
        Assert.Equal(((11 * 3m) + (7 * 15m)) / 1_000_000m, record.Usage!.CostUsd);
    }

    [Fact]
    public async Task A_stream_passes_through_with_its_usage_and_ends_once_recorded()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        workspace.Stub.Reply = "alpha beta gamma delta";
        var token = await workspace.Server.IssueAsync("dev-agent");

        var text = new StringBuilder();
        var stopped = false;
        await foreach (var e in Client(workspace, token).Messages.CreateStreaming(Ask("claude-sonnet-4-5", "Stream"), Cancel))
        {
            if (e.TryPickContentBlockDelta(out var delta) && delta!.Delta.TryPickText(out var part))
            {
                text.Append(part!.Text);
            }

            stopped |= e.TryPickStop(out _);
        }

        Assert.Equal(workspace.Stub.Reply, text.ToString());
        Assert.True(stopped);
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal((ActionOutcome.Success, 11L, 7L), (record.Outcome, record.Usage!.InputTokens, record.Usage.OutputTokens));
    }

    [Fact]
    public async Task A_model_no_grant_allows_is_a_permission_error_and_never_reaches_the_provider()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");

        var error = await Assert.ThrowsAnyAsync<AnthropicApiException>(() => Client(workspace, token).Messages.Create(Ask("claude-opus-4-1", "hi"), Cancel));

        Assert.Contains("Custos denied this call", error.Message, StringComparison.Ordinal);
        Assert.Empty(workspace.Stub.Received);
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal((ActionOutcome.Denied, "anthropic.claude-opus-4-1"), (record.Outcome, record.Resource));
    }

    [Fact]
    public async Task An_openai_model_asked_for_on_the_anthropic_endpoint_is_refused_with_where_to_go()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");

        var error = await Assert.ThrowsAnyAsync<AnthropicApiException>(() => Client(workspace, token).Messages.Create(Ask("gpt-4.1", "hi"), Cancel));

        Assert.Contains("/v1/chat/completions", error.Message, StringComparison.Ordinal);
        Assert.Empty(workspace.Stub.Received);
    }

    [Fact]
    public async Task Models_lists_in_anthropics_format_only_the_claude_models_policy_lets_the_agent_use()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var dev = await workspace.Server.IssueAsync("dev-agent");
        var finance = await workspace.Server.IssueAsync("finance-agent");

        var page = await Client(workspace, dev).Models.List(new Anthropic.Models.Models.ModelListParams(), Cancel);
        var none = await Client(workspace, finance).Models.List(new Anthropic.Models.Models.ModelListParams(), Cancel);

        // The system serves claude-opus-4-1 too, but the dev agent's grant names claude-sonnet-4* only.
        Assert.Equal(["claude-sonnet-4-5"], page.Items.Select(m => m.ID).ToArray());
        Assert.Equal("model", page.Items[0].Type.ToString());
        Assert.Empty(none.Items);
    }
}
