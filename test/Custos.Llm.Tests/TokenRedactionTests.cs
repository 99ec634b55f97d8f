using System.ClientModel;
using System.Text.RegularExpressions;
using System.Text.Json;
using Custos.Core.Pipeline;
using OpenAI;
using OpenAI.Chat;

namespace Custos.Llm.Tests;

/// <summary>
/// Reversible tokens on the way out: a completion quoting an email address reaches the agent (the official OpenAI
/// SDK) with <c>[EMAIL_ADDRESS:tok_…]</c> in its place, and an agent policy allows turns it back over
/// POST /v1/detokenize.
/// </summary>
public sealed partial class TokenRedactionTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"\[EMAIL_ADDRESS:tok_[a-z2-7]{26}\]")]
    private static partial Regex EmailToken();

    [Fact]
    public async Task A_completion_quoting_an_email_reaches_the_agent_tokenized_and_an_allowed_agent_turns_it_back()
    {
        await using var workspace = await StartAsync();
        var email = $"grace.{Guid.NewGuid():N}@example.org";
        workspace.Stub.Reply = $"Write to {email} about the invoice.";

        var dev = await workspace.Server.IssueAsync("dev-agent");
        var chat = new ChatClient("gpt-4.1", new ApiKeyCredential(dev), new OpenAIClientOptions { Endpoint = workspace.OpenAiEndpoint, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) });
        ChatCompletion completion = await chat.CompleteChatAsync([new UserChatMessage("Who do I write to?")], cancellationToken: Cancel);
        var text = completion.Content[0].Text;
        Assert.DoesNotContain(email, text, StringComparison.Ordinal);
        var token = EmailToken().Match(text).Value;
        Assert.Equal($"Write to {token} about the invoice.", text);

        // The same address in the next completion has the same token.
        ChatCompletion second = await chat.CompleteChatAsync([new UserChatMessage("Again?")], cancellationToken: Cancel);
        Assert.Equal(text, second.Content[0].Text);

        var support = await workspace.Server.IssueAsync("support-agent");
        using var allowed = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/detokenize", support, JsonSerializer.Serialize(new { tokens = new[] { token } }));
        using (var body = JsonDocument.Parse(await allowed.Content.ReadAsStringAsync(Cancel)))
        {
            Assert.Equal(email, body.RootElement.GetProperty("results")[0].GetProperty("value").GetString());
        }

        using var refused = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/detokenize", dev, JsonSerializer.Serialize(new { tokens = new[] { token } }));
        var refusedText = await refused.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("\"outcome\":\"denied\"", refusedText, StringComparison.Ordinal);
        Assert.DoesNotContain(email, refusedText, StringComparison.Ordinal);

        var records = await workspace.Server.RecordsAsync();
        Assert.Equal(2, records.Count(r => r.Action == "complete" && r.Outcome == ActionOutcome.Success));
        Assert.Equal([ActionOutcome.Success, ActionOutcome.Denied], records.Where(r => r.Action == "detokenize").OrderBy(r => r.At).ThenBy(r => r.Principal == "dev-agent").Select(r => r.Outcome));
        Assert.DoesNotContain(workspace.Server.Logs, line => line.Contains(email, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_streamed_completion_gets_the_same_vault_token_as_a_plain_one_and_it_turns_back()
    {
        await using var workspace = await StartAsync();
        var email = $"ada.{Guid.NewGuid():N}@example.org";
        workspace.Stub.Reply = $"Write to {email} about the invoice, then copy {email} on the reply.";

        var dev = await workspace.Server.IssueAsync("dev-agent");
        var chat = new ChatClient("gpt-4.1", new ApiKeyCredential(dev), new OpenAIClientOptions { Endpoint = workspace.OpenAiEndpoint, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) });
        var streamed = new System.Text.StringBuilder();
        await foreach (var update in chat.CompleteChatStreamingAsync([new UserChatMessage("Who do I write to?")], cancellationToken: Cancel))
        {
            foreach (var part in update.ContentUpdate)
            {
                streamed.Append(part.Text);
            }
        }

        var text = streamed.ToString();
        Assert.DoesNotContain(email, text, StringComparison.Ordinal);
        var token = EmailToken().Match(text).Value;
        Assert.Equal($"Write to {token} about the invoice, then copy {token} on the reply.", text);

        // A plain completion of the same address gets the same token: one vault behind both.
        ChatCompletion plain = await chat.CompleteChatAsync([new UserChatMessage("Again?")], cancellationToken: Cancel);
        Assert.Equal(text, plain.Content[0].Text);

        var support = await workspace.Server.IssueAsync("support-agent");
        using var allowed = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/detokenize", support, JsonSerializer.Serialize(new { tokens = new[] { token } }));
        using (var body = JsonDocument.Parse(await allowed.Content.ReadAsStringAsync(Cancel)))
        {
            Assert.Equal(email, body.RootElement.GetProperty("results")[0].GetProperty("value").GetString());
        }

        Assert.DoesNotContain(workspace.Server.Logs, line => line.Contains(email, StringComparison.Ordinal));
    }

    /// <summary>A workspace that redacts email addresses in answers as tokens, with a policy that lets the support agent turn them back.</summary>
    private static async Task<LlmWorkspace> StartAsync()
    {
        var workspace = await LlmWorkspace.StartAsync(yaml => yaml + """

            screening:
              types:
                EMAIL_ADDRESS: {out: redact, redaction: token}
            """);
        try
        {
            Directory.CreateDirectory(Path.Combine(workspace.Server.Directory, "policies"));
            await File.WriteAllTextAsync(Path.Combine(workspace.Server.Directory, "policies", "tokens.cedar"), """
                permit (principal == Custos::Agent::"support-agent", action == Custos::Action::"detokenize", resource == Custos::Tool::"tokens.EMAIL_ADDRESS");
                """, Cancel);
            Assert.True((await workspace.Server.ConfigSource.ReloadAsync(Cancel)).IsValid);
            return workspace;
        }
        catch
        {
            await workspace.DisposeAsync();
            throw;
        }
    }
}
