using System.Net;
using System.Text.Json;
using Custos.Core.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace Custos.Server.Tests;

/// <summary>POST /v1/authorize over real HTTP: decisions, authentication, and every way a request can be wrong.</summary>
public sealed class AuthorizeApiTests
{
    [Fact]
    public async Task A_granted_action_is_allowed_names_its_grant_and_is_recorded()
    {
        await using var server = await TestServer.StartAsync();
        var token = await server.IssueAsync("dev-agent");

        using var response = await server.AuthorizeAsync(token, "call", "github.create_pull_request", """{"repo": "acme/api"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("allow", body.RootElement.GetProperty("decision").GetString());
        Assert.Equal("dev-agent", body.RootElement.GetProperty("agent").GetString());
        Assert.Equal(["dev-proposes-changes"], body.RootElement.GetProperty("policies").EnumerateArray().Select(p => p.GetString()));

        var id = Guid.Parse(body.RootElement.GetProperty("action_id").GetString()!);
        var record = Assert.Single(await server.RecordsAsync(), r => r.Id == id);
        Assert.Equal(("dev-agent", Effect.Allow, ActionOutcome.Success), (record.Principal, record.Effect, record.Outcome));
        Assert.Equal(64, record.ContextSha256?.Length);
        Assert.Equal("127.0.0.1", record.Origin);
    }

    [Fact]
    public async Task An_action_no_grant_allows_is_denied_with_a_reason_and_recorded()
    {
        await using var server = await TestServer.StartAsync();
        var token = await server.IssueAsync("marketing-agent");

        using var response = await server.AuthorizeAsync(token, "call", "crm.export_customers");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("deny", body.RootElement.GetProperty("decision").GetString());
        Assert.Contains("no grant lets marketing-agent use crm", body.RootElement.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        var record = Assert.Single(await server.RecordsAsync(), r => r.Principal == "marketing-agent");
        Assert.Equal((Effect.Deny, ActionOutcome.Denied, StageName.Authorize), (record.Effect, record.Outcome, record.StoppedAt));
    }

    [Theory]
    [InlineData(null, "no credential")]
    [InlineData("not-a-token", "not a Custos token")]
    [InlineData("cst_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "not a Custos token")]
    public async Task A_missing_or_malformed_token_is_401_and_recorded_as_unauthenticated(string? token, string expected)
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.AuthorizeAsync(token, "call", "github.get_file_contents");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        var record = Assert.Single(await server.RecordsAsync());
        Assert.Equal(("unauthenticated", ActionOutcome.Denied, StageName.Authenticate), (record.Principal, record.Outcome, record.StoppedAt));
    }

    [Fact]
    public async Task A_well_formed_token_that_was_never_issued_is_401()
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.AuthorizeAsync(Core.Agents.AgentToken.Generate(), "call", "github.get_file_contents");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not known", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoked_and_expired_tokens_are_refused_and_admin_tokens_cannot_act_as_agents()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await TestServer.StartAsync(clock);
        var revoked = await server.IssueAsync("dev-agent");
        var shortLived = await server.IssueAsync("dev-agent", TimeSpan.FromMinutes(5));
        var admin = await server.IssueAdminAsync();
        var tokens = await server.Workspace.Tokens.ListAsync("dev-agent", CancellationToken.None);
        var revokedId = tokens.Single(t => t.ExpiresAt > clock.GetUtcNow().AddMinutes(10)).Id;
        Assert.True(await server.Workspace.Tokens.RevokeAsync(revokedId, Core.Storage.TokenKind.Agent, "test", ActionChannel.Cli, CancellationToken.None));

        using (var response = await server.AuthorizeAsync(revoked, "call", "github.get_file_contents"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("was revoked", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        using (var response = await server.AuthorizeAsync(shortLived, "call", "github.get_file_contents"))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        clock.Advance(TimeSpan.FromMinutes(6));
        using (var response = await server.AuthorizeAsync(shortLived, "call", "github.get_file_contents"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("expired", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        using (var response = await server.AuthorizeAsync(admin, "call", "github.get_file_contents"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("admin token", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("{\"action\": \"call\", \"resource\": ", "not valid JSON at line 1")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("{\"action\": \"call\"}", "resource is required")]
    [InlineData("{\"resource\": \"github\"}", "action is required")]
    [InlineData("{\"action\": 7, \"resource\": \"github\"}", "action must be a string")]
    [InlineData("{\"action\": \"call\", \"resource\": \"github\", \"context\": [1]}", "context must be a JSON object")]
    [InlineData("{\"action\": \"call\", \"resource\": \"github\", \"admin\": true}", "unknown field 'admin'")]
    [InlineData("{\"action\": \"\", \"resource\": \"github\"}", "1 to 64 characters")]
    [InlineData("\"just a string\"", "must be a JSON object")]
    [InlineData("{\"action\": \"call\",\n \"resource\": \"github\",\n \"context\": {\"a\": tru}}", "line 3")]
    public async Task A_malformed_body_is_a_400_problem_that_says_what_and_where(string body, string expected)
    {
        await using var server = await TestServer.StartAsync();
        var token = await server.IssueAsync("dev-agent");
        using var response = await server.SendAsync(HttpMethod.Post, "/v1/authorize", token, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_requests_each_keep_their_own_context()
    {
        // Regression: the parsed body must not share a pooled buffer that the next request reuses.
        await using var server = await TestServer.StartAsync();
        var token = await server.IssueAsync("dev-agent");
        var contexts = Enumerable.Range(0, 200).Select(i => $$"""{"request": {{i}}, "padding": "{{new string((char)('a' + (i % 26)), 300 + i)}}"}""").ToList();
        var ids = await Task.WhenAll(contexts.Select(async context =>
        {
            using var response = await server.AuthorizeAsync(token, "call", "github.get_file_contents", context);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return Guid.Parse(body.RootElement.GetProperty("action_id").GetString()!);
        }));

        var records = (await server.RecordsAsync()).ToDictionary(r => r.Id);
        for (var i = 0; i < contexts.Count; i++)
        {
            var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(contexts[i])));
            Assert.Equal(expected, records[ids[i]].ContextSha256);
        }
    }

    [Fact]
    public async Task Deep_nesting_is_refused_without_a_crash()
    {
        await using var server = await TestServer.StartAsync();
        var token = await server.IssueAsync("dev-agent");
        var deep = new string('[', 5000) + new string(']', 5000);
        using var response = await server.SendAsync(HttpMethod.Post, "/v1/authorize", token, "{\"action\": \"call\", \"resource\": \"github\", \"context\": {\"x\": " + deep + "}}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nesting deeper than 32", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_oversized_body_is_413_whether_or_not_its_length_is_declared(bool declareLength)
    {
        await using var server = await TestServer.StartAsync();
        var token = await server.IssueAsync("dev-agent");
        var body = "{\"action\": \"call\", \"resource\": \"github\", \"context\": {\"pad\": \"" + new string('x', 200_000) + "\"}}";

        var (status, text) = await RawPostAsync(server.Http.BaseAddress!, token, body, declareLength);
        Assert.Equal(413, status);
        Assert.Contains("max_request_bytes", text, StringComparison.Ordinal);
        Assert.DoesNotContain(await server.RecordsAsync(), r => r.Channel == ActionChannel.AuthorizeApi);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.SendAsync(HttpMethod.Post, "/v1/authorize", null, "action=call", "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_route_answers_with_a_problem_not_an_empty_page()
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.SendAsync(HttpMethod.Get, "/v1/nothing-here", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_action_that_cannot_be_recorded_is_refused_with_503_even_when_policy_allows_it()
    {
        await using var server = await TestServer.StartAsync();
        var token = await server.IssueAsync("dev-agent");
        server.ExecuteSql("CREATE TRIGGER refuse BEFORE INSERT ON ledger_entries BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;");

        using var response = await server.AuthorizeAsync(token, "call", "github.create_pull_request");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("could not be written to the audit trail", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"allow\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("disk is full", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_never_appear_in_the_logs_or_the_audit_trail()
    {
        await using var server = await TestServer.StartAsync();
        var token = await server.IssueAsync("dev-agent");
        using (await server.AuthorizeAsync(token, "call", "github.create_pull_request"))
        using (await server.AuthorizeAsync(token, "delete", "github"))
        using (await server.AuthorizeAsync(token + "x", "call", "github"))
        using (await server.SendAsync(HttpMethod.Post, "/v1/authorize", token, "{broken"))
        {
        }

        var secret = token[4..];
        Assert.DoesNotContain(server.Logs, line => line.Contains(secret, StringComparison.Ordinal));
        var records = JsonSerializer.Serialize(await server.RecordsAsync());
        Assert.DoesNotContain(secret, records, StringComparison.Ordinal);
    }

    /// <summary>
    /// Posts over a raw socket, so a server that answers 413 and closes before the body is sent is observed
    /// as a client would see it, not as a broken pipe inside HttpClient.
    /// </summary>
    private static async Task<(int Status, string Body)> RawPostAsync(Uri baseAddress, string token, string body, bool declareLength)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port);
        var stream = client.GetStream();
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        var head = "POST /v1/authorize HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + $"Authorization: Bearer {token}\r\n"
            + (declareLength ? $"Content-Length: {bytes.Length}\r\n" : "Transfer-Encoding: chunked\r\n")
            + "Connection: close\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head));
        try
        {
            for (var offset = 0; offset < bytes.Length; offset += 4096)
            {
                var count = Math.Min(4096, bytes.Length - offset);
                if (!declareLength)
                {
                    await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"{count:x}\r\n"));
                }

                await stream.WriteAsync(bytes.AsMemory(offset, count));
                if (!declareLength)
                {
                    await stream.WriteAsync("\r\n"u8.ToArray());
                }
            }

            if (!declareLength)
            {
                await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
            }
        }
        catch (IOException)
        {
            // The server may answer and stop reading before the body is complete; that is the point.
        }

        using var reader = new StreamReader(stream);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }
}
