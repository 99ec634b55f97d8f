using System.Diagnostics;
using System.Text.Json;

namespace Custos.Mcp.Tests;

/// <summary>The official TypeScript MCP SDK client (from test/peers/mcp) against a real Custos.</summary>
public sealed class TypeScriptClientTests : IAsyncLifetime
{
    private GatewayServer server = null!;

    public async ValueTask InitializeAsync()
    {
        Environment.SetEnvironmentVariable(GatewayServer.SecretVariable, "test-token-" + Guid.NewGuid().ToString("N"));
        server = await GatewayServer.StartAsync();
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private async Task<JsonElement> RunAsync(string? token, params string[] arguments)
    {
        var info = new ProcessStartInfo("node") { WorkingDirectory = McpPeers.Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(McpPeers.Folder, "ts-client.mjs"));
        info.ArgumentList.Add(server.Endpoint.ToString());
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["CUSTOS_TOKEN"] = token ?? string.Empty;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        var line = (await output).Trim();
        Assert.True(line.Length > 0, "the TypeScript client printed nothing: " + await errors);
        using var document = JsonDocument.Parse(line);
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task TypeScript_client_lists_only_granted_tools_and_calls_one()
    {
        var token = await server.IssueAsync("dev-agent");
        var answer = await RunAsync(token, "files.read_text_file", JsonSerializer.Serialize(new Dictionary<string, string> { ["path"] = Path.Combine(server.Shared, "hello.txt") }));
        Assert.False(answer.TryGetProperty("error", out var error), error.ToString());
        var tools = answer.GetProperty("tools").EnumerateArray().Select(t => t.GetString()).ToArray();
        Assert.Contains("files.read_text_file", tools);
        Assert.DoesNotContain("files.write_file", tools);
        Assert.DoesNotContain(tools, t => t!.StartsWith("memory.", StringComparison.Ordinal));
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("session").GetString()));
        var text = answer.GetProperty("result").GetProperty("content")[0].GetProperty("text").GetString();
        Assert.Contains("hello from the share", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypeScript_client_gets_a_denied_call_as_a_tool_error()
    {
        var token = await server.IssueAsync("support-agent");
        var answer = await RunAsync(token, "files.read_text_file", """{"path": "/etc/passwd"}""");
        var result = answer.GetProperty("result");
        Assert.True(result.GetProperty("isError").GetBoolean());
        Assert.Contains("at the authorize stage", result.GetProperty("content")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypeScript_client_with_a_bad_token_cannot_connect()
    {
        var answer = await RunAsync("cst_wrong");
        Assert.True(answer.GetProperty("code").ValueKind == JsonValueKind.Number && answer.GetProperty("code").GetInt32() == 401, answer.ToString());
        Assert.Contains("not a Custos token", answer.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
