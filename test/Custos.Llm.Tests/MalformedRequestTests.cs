using System.Net;
using System.Text.Json;

namespace Custos.Llm.Tests;

/// <summary>Every way an LLM request body can be wrong: an error in the API's own format naming the field, nothing forwarded.</summary>
public sealed class MalformedRequestTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Malformed_bodies_get_a_clear_error_in_the_apis_format_and_reach_no_provider()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");
        (string Path, string Body, HttpStatusCode Status, string Expected, string? Param)[] cases =
        [
            ("/v1/chat/completions", "{", HttpStatusCode.BadRequest, "not valid JSON", null),
            ("/v1/chat/completions", "[]", HttpStatusCode.BadRequest, "must be a JSON object", "$"),
            ("/v1/chat/completions", """{"messages": [{"role": "user", "content": "hi"}]}""", HttpStatusCode.BadRequest, "'model' is required", "model"),
            ("/v1/chat/completions", """{"model": 4, "messages": [{"role": "user", "content": "hi"}]}""", HttpStatusCode.BadRequest, "'model' is required", "model"),
            ("/v1/chat/completions", """{"model": "gpt-4.1"}""", HttpStatusCode.BadRequest, "'messages' is required", "messages"),
            ("/v1/chat/completions", """{"model": "gpt-4.1", "messages": []}""", HttpStatusCode.BadRequest, "non-empty array", "messages"),
            ("/v1/chat/completions", """{"model": "gpt-4.1", "stream": "yes", "messages": [{"role": "user", "content": "hi"}]}""", HttpStatusCode.BadRequest, "'stream' must be true or false", "stream"),
            ("/v1/chat/completions", """{"model": "gpt-4.1", "max_tokens": -3, "messages": [{"role": "user", "content": "hi"}]}""", HttpStatusCode.BadRequest, "non-negative integer", "max_tokens"),
            ("/v1/chat/completions", """{"model": "gpt 4 ; drop", "messages": [{"role": "user", "content": "hi"}]}""", HttpStatusCode.NotFound, "model must be", "model"),
            ("/v1/chat/completions", """{"model": "\ud800", "messages": [{"role": "user", "content": "hi"}]}""", HttpStatusCode.BadRequest, "'model' is required", "model"),
            ("/v1/chat/completions", """{"model": "llama-3-70b", "messages": [{"role": "user", "content": "hi"}]}""", HttpStatusCode.NotFound, "no LLM system in custos.yaml serves model 'llama-3-70b'", "model"),
            ("/v1/chat/completions", """{"model": "claude-sonnet-4-5", "messages": [{"role": "user", "content": "hi"}]}""", HttpStatusCode.NotFound, "use /v1/messages", "model"),
            ("/v1/messages", """{"model": "claude-sonnet-4-5", "max_tokens": "many", "messages": [{"role": "user", "content": "hi"}]}""", HttpStatusCode.BadRequest, "non-negative integer", null),
            ("/v1/chat/completions", new string('[', 40) + new string(']', 40), HttpStatusCode.BadRequest, "nesting deeper", null),
        ];

        foreach (var (path, body, status, expected, param) in cases)
        {
            using var response = await workspace.Server.SendAsync(HttpMethod.Post, path, token, body);
            var text = await response.Content.ReadAsStringAsync(Cancel);
            Assert.True(status == response.StatusCode, $"{path} {body}: {(int)response.StatusCode} {text}");
            using var json = JsonDocument.Parse(text);
            var error = json.RootElement.GetProperty("error");
            Assert.Contains(expected, error.GetProperty("message").GetString(), StringComparison.Ordinal);
            if (path == "/v1/messages")
            {
                Assert.Equal("error", json.RootElement.GetProperty("type").GetString());
            }
            else if (param is not null)
            {
                Assert.Equal(param, error.GetProperty("param").GetString());
            }
        }

        Assert.Empty(workspace.Stub.Received);
    }

    [Fact]
    public async Task A_prompt_larger_than_the_servers_default_limit_passes_and_one_over_the_llm_limit_is_413()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");
        var large = $$"""{"model": "gpt-4.1", "messages": [{"role": "user", "content": "{{new string('a', 1024 * 1024)}}"}]}""";
        using var accepted = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, large);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        // Announce a body one byte over the limit: Custos answers 413 before reading it.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(workspace.Root.Host, workspace.Root.Port, Cancel);
        var stream = tcp.GetStream();
        var head = $"POST /v1/chat/completions HTTP/1.1\r\nHost: {workspace.Root.Authority}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {Gateway.Llm.LlmEndpoints.MaxRequestBytes + 1}\r\n\r\n{{";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head), Cancel);
        using var reader = new StreamReader(stream);
        var status = await reader.ReadLineAsync(Cancel);
        Assert.StartsWith("HTTP/1.1 413", status, StringComparison.Ordinal);

        using var text = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, "model=gpt-4.1", "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Single(workspace.Stub.Received);
    }

    [Fact]
    public async Task A_provider_that_cannot_be_reached_is_a_502_and_a_recorded_failure()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");
        await workspace.Stub.DisposeAsync();

        using var response = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, """{"model": "gpt-4.1", "messages": [{"role": "user", "content": "hi"}]}""");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("could not be reached", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal(Core.Pipeline.ActionOutcome.Failure, record.Outcome);
    }
}

/// <summary>GDPR Art. 28: no personal data to a provider without a data processing agreement.</summary>
public sealed class DataProcessingTests
{
    private const string Prompt = """{"model": "gpt-4.1", "messages": [{"role": "user", "content": "Summarise the complaint from jane.doe@example.org"}]}""";

    [Fact]
    public async Task A_prompt_with_personal_data_is_refused_for_a_provider_without_a_dpa_and_passes_with_one()
    {
        await using (var without = await LlmWorkspace.StartAsync(yaml => yaml.Replace("    dpa: OpenAI Ireland Ltd data processing addendum, signed 2026-03-02\n", string.Empty, StringComparison.Ordinal)))
        {
            var token = await without.Server.IssueAsync("dev-agent");
            using var refused = await without.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, Prompt);
            var text = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("EMAIL_ADDRESS", text, StringComparison.Ordinal);
            Assert.Contains("names no data processing agreement", text, StringComparison.Ordinal);
            Assert.DoesNotContain("jane.doe", text, StringComparison.Ordinal);
            Assert.Empty(without.Stub.Received);
            var record = Assert.Single(await without.Server.RecordsAsync(), r => r.Action == "complete");
            Assert.Equal(Core.Pipeline.StageName.ScreenIn, record.StoppedAt);

            using var clean = await without.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, """{"model": "gpt-4.1", "messages": [{"role": "user", "content": "Say hello"}]}""");
            Assert.True(clean.IsSuccessStatusCode);
        }

        await using var with = await LlmWorkspace.StartAsync();
        var agent = await with.Server.IssueAsync("dev-agent");
        using var allowed = await with.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", agent, Prompt);
        Assert.True(allowed.IsSuccessStatusCode);
        Assert.Contains("jane.doe@example.org", Assert.Single(with.Stub.Received).Body, StringComparison.Ordinal);
    }
}

/// <summary>A provider that refuses Custos's key may quote part of it: the agent gets Custos's explanation instead.</summary>
public sealed class ProviderKeyRefusedTests
{
    [Fact]
    public async Task A_provider_refusing_the_key_is_a_502_naming_the_system_and_its_body_is_not_relayed()
    {
        await using var workspace = await LlmWorkspace.StartAsync(yaml => yaml.Replace("api_key: secret://env/CUSTOS_TEST_PROVIDER_KEY_", "api_key: secret://env/CUSTOS_TEST_WRONG_KEY_", StringComparison.Ordinal));
        var token = await workspace.Server.IssueAsync("dev-agent");
        var variable = WrongVariable(workspace);
        Environment.SetEnvironmentVariable(variable, "sk-wrong-key-0123456789abcdef");

        using var response = await workspace.Server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, """{"model": "gpt-4.1", "messages": [{"role": "user", "content": "hi"}]}""");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("refused the credentials Custos holds for it (401)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("invalid x-api-key", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-wrong", text, StringComparison.Ordinal);
        Environment.SetEnvironmentVariable(variable, null);
    }

    private static string WrongVariable(LlmWorkspace workspace)
    {
        var yaml = File.ReadAllText(workspace.Server.ConfigPath);
        var at = yaml.IndexOf("CUSTOS_TEST_WRONG_KEY_", StringComparison.Ordinal);
        return yaml[at..yaml.IndexOf('\n', at)].Trim();
    }
}

/// <summary>What a provider sends is bounded too, and /v1/models authenticates whatever systems exist.</summary>
public sealed class UpstreamLimitTests
{
    [Fact]
    public async Task A_stream_event_over_the_limit_stops_the_stream_with_an_error_and_is_recorded_as_failed()
    {
        await using var workspace = await LlmWorkspace.StartAsync();
        var token = await workspace.Server.IssueAsync("dev-agent");
        workspace.Stub.OversizedEvent = (4 * 1024 * 1024) + 10; // just over LlmExchange.MaxEventChars

        using var response = await StreamText.PostAsync(workspace.Server, "/v1/chat/completions", token, """{"model": "gpt-4.1", "stream": true, "messages": [{"role": "user", "content": "hi"}]}""", TestContext.Current.CancellationToken);
        var (text, complete) = await StreamText.ReadAsync(response, TestContext.Current.CancellationToken);
        // A failed chat stream is cut off after its error chunk, so that every client sees it fail.
        Assert.False(complete);

        Assert.DoesNotContain("xxxxxxxxxx", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[DONE]", text, StringComparison.Ordinal);
        Assert.Contains("Custos stopped this stream", text, StringComparison.Ordinal);
        var record = Assert.Single(await workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Contains(record.Reasons, r => r.Contains("longer than", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Models_refuses_a_bad_token_even_with_no_llm_system_configured_and_records_it()
    {
        await using var server = await Custos.Server.Tests.TestServer.StartAsync(yaml: Core.Configuration.StarterWorkspace.Yaml.Replace("    kind: llm\n", "    kind: http\n", StringComparison.Ordinal).Replace("    provider: openai\n", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain(server.Workspace.Config.Systems, s => s.Kind == Core.Configuration.SystemKind.Llm);

        using var response = await server.SendAsync(HttpMethod.Get, "/v1/models", "cst_not-a-token");

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(await server.RecordsAsync(), r => r.StoppedAt == Core.Pipeline.StageName.Authenticate);
    }
}
