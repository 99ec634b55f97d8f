using System.Diagnostics;
using System.Text.Json;
using Custos.Core.Pipeline;

namespace Custos.Llm.Tests;

/// <summary>The official <c>openai</c> npm package (pinned in test/peers/openai) from node, against a real Custos.</summary>
public sealed class NodeClientTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string PeersFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "test", "peers", "openai");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                Assert.True(Directory.Exists(Path.Combine(candidate, "node_modules", "openai")), $"the openai npm package is not installed; run 'npm ci' in {candidate}");
                return candidate;
            }
        }

        throw new InvalidOperationException("test/peers/openai not found above the test's folder");
    }

    [Fact]
    public async Task The_openai_npm_client_completes_streams_responds_embeds_and_sees_a_refusal_in_its_own_error()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");
        var folder = PeersFolder();
        var info = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(folder, "openai-client.mjs"));
        info.ArgumentList.Add(workspace.OpenAiEndpoint.ToString());
        info.Environment["CUSTOS_TOKEN"] = token;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(Cancel);
        var errors = process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel).WaitAsync(TimeSpan.FromSeconds(90), Cancel);
        var line = (await output).Trim();
        Assert.True(line.Length > 0, "the node client printed nothing: " + await errors);
        using var document = JsonDocument.Parse(line);
        var answer = document.RootElement;

        foreach (var call in new[] { "chat", "chatStream", "responses", "responsesStream" })
        {
            Assert.False(answer.GetProperty(call).TryGetProperty("error", out var error), $"{call}: {error}");
            Assert.Equal("Hello from the stub provider.", answer.GetProperty(call).GetProperty("text").GetString());
        }

        Assert.Equal(7, answer.GetProperty("chatStream").GetProperty("usage").GetProperty("completion_tokens").GetInt32());
        Assert.Equal(7, answer.GetProperty("responsesStream").GetProperty("usage").GetProperty("output_tokens").GetInt32());
        var vectors = answer.GetProperty("embeddings").GetProperty("vectors");
        Assert.Equal(StubProvider.VectorOf("bb"), vectors[1].EnumerateArray().Select(v => v.GetSingle()).ToArray());
        var denied = answer.GetProperty("denied").GetProperty("error");
        Assert.Equal(403, denied.GetProperty("status").GetInt32());
        Assert.Contains("Custos denied this call", denied.GetProperty("message").GetString(), StringComparison.Ordinal);

        var records = await workspace.Server.RecordsAsync();
        Assert.Equal(4, records.Count(r => r.Action == "complete" && r.Outcome == ActionOutcome.Success));
        Assert.Single(records, r => r.Action == "embed" && r.Outcome == ActionOutcome.Success);
        Assert.Single(records, r => r.Action == "complete" && r.Outcome == ActionOutcome.Denied && r.Resource == "openai.gpt-4o");
    }
}
