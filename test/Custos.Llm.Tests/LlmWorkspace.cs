using System.Security.Cryptography;
using Custos.Core.Configuration;
using Custos.Server.Tests;

namespace Custos.Llm.Tests;

/// <summary>
/// A real Custos server (Kestrel, starter workspace) whose OpenAI and Anthropic systems point at one
/// <see cref="StubProvider"/>, with the providers' keys held by Custos in environment variables the agents
/// never see. The dev agent may use gpt-4.1 and gpt-4.1-mini on OpenAI and claude-sonnet-4* on Anthropic.
/// </summary>
internal sealed class LlmWorkspace : IAsyncDisposable
{
    private LlmWorkspace(StubProvider stub, TestServer server, string keyVariable)
    {
        Stub = stub;
        Server = server;
        KeyVariable = keyVariable;
    }

    public StubProvider Stub { get; }

    public TestServer Server { get; }

    private string KeyVariable { get; }

    /// <summary>Custos's OpenAI-compatible base URL, as an agent's SDK is configured with it.</summary>
    public Uri OpenAiEndpoint => new(Server.Http.BaseAddress!, "v1");

    public Uri Root => Server.Http.BaseAddress!;

    /// <param name="starterPolicies">Also write the starter workspace's <c>policies/guardrails.cedar</c>, as <c>custos init</c> does.</param>
    public static async Task<LlmWorkspace> StartAsync(Func<string, string>? editYaml = null, TimeProvider? clock = null, bool starterPolicies = false)
    {
        // A fresh provider key per workspace, held only in this process's environment, as an operator would.
        var key = "sk-stub-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var variable = "CUSTOS_TEST_PROVIDER_KEY_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
        Environment.SetEnvironmentVariable(variable, key);
        var stub = await StubProvider.StartAsync(key);
        var yaml = StarterWorkspace.Yaml
            .Replace("    url: https://api.openai.com/v1\n", $"    url: {stub.BaseAddress}v1\n    tools: [gpt-4.1, gpt-4.1-mini, gpt-4o, text-embedding-3-small]\n", StringComparison.Ordinal)
            .Replace("api_key: secret://env/OPENAI_API_KEY", $"api_key: secret://env/{variable}", StringComparison.Ordinal);
        yaml = Insert(yaml, "# Least privilege:", $"""
              - name: anthropic
                kind: llm
                provider: anthropic
                url: {stub.BaseAddress}v1
                dpa: Anthropic Ireland data processing addendum, signed 2026-05-01
                tools: [claude-sonnet-4-5, claude-opus-4-1]
                credentials:
                  api_key: secret://env/{variable}
            """);
        yaml = Insert(yaml, "  - id: marketing-drafts", """
              - id: dev-embeds
                agent: dev-agent
                system: openai
                actions: [embed]
                tools: [text-embedding-3-small]
              - id: dev-completes-claude
                agent: dev-agent
                system: anthropic
                actions: [complete]
                tools: [claude-sonnet-4*]
            """);
        yaml = editYaml is null ? yaml : editYaml(yaml);
        TestServer server;
        if (starterPolicies)
        {
            var directory = Directory.CreateTempSubdirectory("custos-llm-").FullName;
            await File.WriteAllTextAsync(Path.Combine(directory, CustosConfig.DefaultFileName), yaml);
            Directory.CreateDirectory(Path.Combine(directory, "policies"));
            await File.WriteAllTextAsync(Path.Combine(directory, "policies", "guardrails.cedar"), StarterWorkspace.Guardrails);
            server = await TestServer.StartAsync(clock, directory: directory);
        }
        else
        {
            server = await TestServer.StartAsync(clock, yaml: yaml);
        }

        return new LlmWorkspace(stub, server, variable);
    }

    private static string Insert(string yaml, string before, string text)
    {
        var at = yaml.IndexOf(before, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the starter workspace no longer has '{before}'");
        return yaml[..at] + text + "\n\n" + yaml[at..];
    }

    public string ProviderKey => Stub.ApiKey;

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Stub.DisposeAsync();
        Environment.SetEnvironmentVariable(KeyVariable, null);
    }
}
