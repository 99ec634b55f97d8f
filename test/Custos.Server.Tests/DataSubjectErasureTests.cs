using System.Net;
using System.Text.Json;
using Custos.Ledger.Privacy;

namespace Custos.Server.Tests;

/// <summary>POST /api/dsr/erase over real HTTP.</summary>
public sealed class DataSubjectErasureTests
{
    [Fact]
    public async Task An_operator_erases_a_subject_and_the_erasure_is_recorded_by_reference_only()
    {
        await using var server = await TestServer.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var admin = await server.IssueAdminAsync();
        var sealedData = await server.Workspace.Store.SubjectKeys.SealAsync(["customer:42"], "{\"email\":\"ada@example.com\"}"u8.ToArray(), ct);

        using var response = await server.SendAsync(HttpMethod.Post, "/api/dsr/erase", admin, """{"subject": "customer:42", "reason": "request by email"}""");
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(text);
        Assert.Equal(sealedData.SubjectRefs[0], body.RootElement.GetProperty("ref").GetString());
        Assert.True(body.RootElement.TryGetProperty("erased_at", out _));
        Assert.DoesNotContain("customer:42", text, StringComparison.Ordinal);

        Assert.Equal(OpenStatus.KeyErased, server.Workspace.Store.SubjectKeys.Open(sealedData.Sealed).Status);
        var records = await server.RecordsAsync();
        var recorded = Assert.Single(records, r => r.Action == "dsr.erase");
        Assert.Equal("subject:" + sealedData.SubjectRefs[0], recorded.Resource);
        Assert.StartsWith("operator:tok_", recorded.Principal, StringComparison.Ordinal);
        Assert.Contains("request by email", recorded.Reasons[0], StringComparison.Ordinal);
        Assert.DoesNotContain(records, r => JsonSerializer.Serialize(r).Contains("customer:42", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Logs, l => l.Contains("customer:42", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_subject_is_404()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.IssueAdminAsync();
        using var response = await server.SendAsync(HttpMethod.Post, "/api/dsr/erase", admin, """{"subject": "customer:404"}""");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(await server.RecordsAsync(), r => r.Action == "dsr.erase");
    }

    [Fact]
    public async Task An_agent_may_not_erase_even_with_a_valid_token()
    {
        await using var server = await TestServer.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        await server.Workspace.Store.SubjectKeys.SealAsync(["customer:42"], "{}"u8.ToArray(), ct);
        var agent = await server.IssueAsync("security-agent");
        using var response = await server.SendAsync(HttpMethod.Post, "/api/dsr/erase", agent, """{"subject": "customer:42"}""");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotNull(await server.Workspace.Store.SubjectKeys.FindRefAsync("customer:42", ct));
    }

    [Fact]
    public async Task Without_a_token_the_answer_is_401()
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.SendAsync(HttpMethod.Post, "/api/dsr/erase", null, """{"subject": "customer:42"}""");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("""{}""", "$.subject")]
    [InlineData("""{"subject": ""}""", "$.subject")]
    [InlineData("""{"subject": 42}""", "$.subject")]
    [InlineData("""{"subject": "customer:42", "why": "x"}""", "$.why")]
    [InlineData("""{"subject": "customer:42", "reason": "customer:42 asked"}""", "$.reason")]
    [InlineData("""[]""", "$")]
    public async Task A_bad_body_is_400_naming_the_field(string json, string field)
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.IssueAdminAsync();
        using var response = await server.SendAsync(HttpMethod.Post, "/api/dsr/erase", admin, json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
