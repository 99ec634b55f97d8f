using System.ClientModel;
using Custos.Core.Pipeline;
using OpenAI;
using OpenAI.Embeddings;

namespace Custos.Llm.Tests;

/// <summary>
/// The starter guardrail <c>no-personal-data-to-llms</c> (policies/guardrails.cedar, as <c>custos init</c> writes
/// it) on <c>POST /v1/embeddings</c>, end to end: a real server over a workspace with the starter policies folder,
/// the official OpenAI .NET SDK's embedding client. Without the guardrail, personal data may be embedded only by a
/// provider with a data processing agreement; with it, by none.
/// </summary>
public sealed class GuardrailTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string PersonalData = "Customer note: write to jane.doe@example.org about her refund";

    /// <summary>Adds 'nodpa', a provider without a data processing agreement that serves the same embedding model, granted to the dev agent.</summary>
    private static Task<LlmWorkspace> StartAsync(bool starterPolicies) =>
        LlmWorkspace.StartAsync(
            yaml =>
            {
                var key = yaml[(yaml.IndexOf("api_key: secret://env/CUSTOS_TEST_PROVIDER_KEY_", StringComparison.Ordinal) + 9)..].Split('\n')[0];
                var url = yaml[(yaml.IndexOf("url: http://127.0.0.1:", StringComparison.Ordinal) + 5)..].Split('\n')[0].Replace("/v1", "/backup/v1", StringComparison.Ordinal);
                var at = yaml.IndexOf("# Least privilege:", StringComparison.Ordinal);
                yaml = yaml[..at] + $"""
                      - name: nodpa
                        kind: llm
                        provider: openai-compatible
                        url: {url}
                        tools: [text-embedding-3-small]
                        credentials:
                          api_key: {key}


                    """ + yaml[at..];
                at = yaml.IndexOf("  - id: marketing-drafts", StringComparison.Ordinal);
                return yaml[..at] + """
                      - id: dev-embeds-nodpa
                        agent: dev-agent
                        system: nodpa
                        actions: [embed]

                    """ + yaml[at..];
            },
            starterPolicies: starterPolicies);

    private static EmbeddingClient Embeddings(LlmWorkspace workspace, string token, string model) =>
        new(model, new ApiKeyCredential(token), new OpenAIClientOptions { Endpoint = workspace.OpenAiEndpoint, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) });

    [Fact]
    public async Task Without_the_guardrail_personal_data_is_embedded_only_by_a_provider_with_a_dpa()
    {
        await using var workspace = await StartAsync(starterPolicies: false);
        var token = await workspace.Server.IssueAsync("dev-agent");

        var refused = await Assert.ThrowsAsync<ClientResultException>(() => Embeddings(workspace, token, "nodpa/text-embedding-3-small").GenerateEmbeddingAsync(PersonalData, cancellationToken: Cancel));
        var embedded = await Embeddings(workspace, token, "openai/text-embedding-3-small").GenerateEmbeddingAsync(PersonalData, cancellationToken: Cancel);

        Assert.Equal(403, refused.Status);
        Assert.Contains("names no data processing agreement", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("jane.doe", refused.Message, StringComparison.Ordinal);
        Assert.Equal(StubProvider.VectorOf(PersonalData), embedded.Value.ToFloats().ToArray());
        Assert.Equal("/v1/embeddings", Assert.Single(workspace.Stub.Received).Path);
    }

    [Fact]
    public async Task With_the_starter_guardrail_personal_data_is_embedded_by_no_provider_whatever_its_dpa()
    {
        await using var workspace = await StartAsync(starterPolicies: true);
        var token = await workspace.Server.IssueAsync("dev-agent");

        foreach (var model in new[] { "openai/text-embedding-3-small", "nodpa/text-embedding-3-small" })
        {
            var refused = await Assert.ThrowsAsync<ClientResultException>(() => Embeddings(workspace, token, model).GenerateEmbeddingAsync(PersonalData, cancellationToken: Cancel));

            Assert.Equal(403, refused.Status);
            Assert.DoesNotContain("jane.doe", refused.Message, StringComparison.Ordinal);
        }

        Assert.Empty(workspace.Stub.Received);
        var records = (await workspace.Server.RecordsAsync()).Where(r => r.Action == "embed").ToArray();
        Assert.Equal(2, records.Length);
        Assert.All(records, r => Assert.Equal(ActionOutcome.Denied, r.Outcome));
        // The provider with a dpa is refused by the guardrail itself, and the decision names it.
        var withDpa = records.Single(r => r.Resource == "openai.text-embedding-3-small");
        Assert.Contains(withDpa.Reasons, r => r.Contains("no-personal-data-to-llms", StringComparison.Ordinal));

        // Text without personal data is still embedded: the guardrail is about the data, not the endpoint.
        var clean = await Embeddings(workspace, token, "openai/text-embedding-3-small").GenerateEmbeddingAsync("release notes for version 2", cancellationToken: Cancel);
        Assert.Equal(StubProvider.VectorOf("release notes for version 2"), clean.Value.ToFloats().ToArray());
    }
}
