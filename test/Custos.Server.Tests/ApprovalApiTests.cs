using System.Net;
using System.Text.Json;
using Custos.Core.Approvals;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;

namespace Custos.Server.Tests;

/// <summary>
/// Actions that wait for a person, over real HTTP: a grant with <c>approval: required</c> holds the authorize
/// call until an operator answers through /api/approvals, the time runs out, the caller cancels or the agent is halted.
/// </summary>
public sealed class ApprovalApiTests
{
    private static string Yaml(string timeout = "15m") =>
        StarterWorkspace.Yaml.Replace("  - id: finance-drafts-invoices\n", "  - id: finance-drafts-invoices\n    approval: required\n", StringComparison.Ordinal)
        + $"\napprovals:\n  timeout: {timeout}\n";

    private static Task<HttpResponseMessage> Invoice(TestServer server, string token, CancellationToken cancellationToken) =>
        server.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/v1/authorize")
        {
            Content = new StringContent("""{"action": "create", "resource": "billing.invoices", "context": {"amount": 120}}""", System.Text.Encoding.UTF8, "application/json"),
            Headers = { Authorization = new("Bearer", token) },
        }, cancellationToken);

    private static async Task<JsonElement> PendingAsync(TestServer server, string admin)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            using var response = await server.SendAsync(HttpMethod.Get, "/api/approvals", admin);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
            if (list.GetArrayLength() > 0)
            {
                return list[0];
            }

            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20), "no approval request appeared");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private static async Task<JsonElement> BodyAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    [Fact]
    public async Task A_call_waits_until_an_operator_approves_then_proceeds_and_the_ledger_says_who()
    {
        await using var server = await TestServer.StartAsync(yaml: Yaml());
        var token = await server.IssueAsync("finance-agent");
        var admin = await server.IssueAdminAsync();

        var call = Invoice(server, token, TestContext.Current.CancellationToken);
        var pending = await PendingAsync(server, admin);
        Assert.Equal(("finance-agent", "create", "billing.invoices", "pending"), (pending.GetProperty("agent").GetString(), pending.GetProperty("action").GetString(), pending.GetProperty("resource").GetString(), pending.GetProperty("status").GetString()));
        Assert.Contains("finance-drafts-invoices", pending.GetProperty("why")[0].GetString(), StringComparison.Ordinal);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.False(call.IsCompleted, "the call went on before anyone approved it");

        var id = pending.GetProperty("id").GetString()!;
        var answered = DateTime.UtcNow;
        using (var approve = await server.SendAsync(HttpMethod.Post, $"/api/approvals/{id}/approve", admin, """{"reason": "invoice checked"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        }

        var body = await BodyAsync(call);
        Assert.True(DateTime.UtcNow - answered < TimeSpan.FromSeconds(1), "the waiting call took more than a second to see the answer");
        Assert.Equal("allow", body.GetProperty("decision").GetString());

        var records = await server.RecordsAsync();
        var action = Assert.Single(records, r => r.Principal == "finance-agent" && r.Action == "create");
        Assert.Equal(ActionOutcome.Success, action.Outcome);
        Assert.Contains(action.Reasons, r => r.StartsWith("approved by operator:", StringComparison.Ordinal) && r.Contains(id, StringComparison.Ordinal) && r.Contains("invoice checked", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Action == "approve" && r.Principal.StartsWith("operator:", StringComparison.Ordinal) && r.Reasons[0].Contains(id, StringComparison.Ordinal));
        Assert.Contains(records, r => r.Action == "request_approval" && r.Principal == "finance-agent");

        // A second answer does not count.
        using var again = await server.SendAsync(HttpMethod.Post, $"/api/approvals/{id}/deny", admin);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already approved", await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_denied_approval_denies_the_call_with_the_operators_reason()
    {
        await using var server = await TestServer.StartAsync(yaml: Yaml());
        var token = await server.IssueAsync("finance-agent");
        var admin = await server.IssueAdminAsync();
        var call = Invoice(server, token, TestContext.Current.CancellationToken);
        var id = (await PendingAsync(server, admin)).GetProperty("id").GetString()!;

        using (var deny = await server.SendAsync(HttpMethod.Post, $"/api/approvals/{id}/deny", admin, """{"reason": "duplicate invoice"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, deny.StatusCode);
        }

        var body = await BodyAsync(call);
        Assert.Equal("deny", body.GetProperty("decision").GetString());
        Assert.Contains("duplicate invoice", body.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        var action = Assert.Single(await server.RecordsAsync(), r => r.Principal == "finance-agent" && r.Action == "create");
        Assert.Equal((ActionOutcome.Denied, StageName.Approve), (action.Outcome, action.StoppedAt));
    }

    [Fact]
    public async Task No_answer_within_the_timeout_denies_the_call()
    {
        await using var server = await TestServer.StartAsync(yaml: Yaml("1s"));
        var token = await server.IssueAsync("finance-agent");
        var admin = await server.IssueAdminAsync();

        var body = await BodyAsync(Invoice(server, token, TestContext.Current.CancellationToken));
        Assert.Equal("deny", body.GetProperty("decision").GetString());
        Assert.Contains("no one answered approval", body.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        using var list = await server.SendAsync(HttpMethod.Get, "/api/approvals?status=expired", admin);
        var expired = Assert.Single(JsonDocument.Parse(await list.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.EnumerateArray());
        using var late = await server.SendAsync(HttpMethod.Post, $"/api/approvals/{expired.GetProperty("id").GetString()}/approve", admin);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains(await server.RecordsAsync(), r => r.Action == "expire_approval");
    }

    [Fact]
    public async Task Cancelling_the_request_ends_the_wait_and_the_approval_is_cancelled()
    {
        await using var server = await TestServer.StartAsync(yaml: Yaml());
        var token = await server.IssueAsync("finance-agent");
        var admin = await server.IssueAdminAsync();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var call = Invoice(server, token, cancel.Token);
        var id = (await PendingAsync(server, admin)).GetProperty("id").GetString()!;

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        var started = DateTime.UtcNow;
        while ((await server.Workspace.Approvals.Store.FindAsync(id, CancellationToken.None))!.Status != ApprovalStatus.Cancelled)
        {
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "the approval was not cancelled");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        while (!(await server.RecordsAsync()).Any(r => r.Principal == "finance-agent" && r.Action == "create"))
        {
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "the cancelled action was not recorded");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        var action = Assert.Single(await server.RecordsAsync(), r => r.Principal == "finance-agent" && r.Action == "create");
        Assert.Equal((ActionOutcome.Failure, StageName.Approve), (action.Outcome, action.StoppedAt));
    }

    [Fact]
    public async Task Halting_the_agent_ends_its_wait_within_a_second()
    {
        await using var server = await TestServer.StartAsync(yaml: Yaml());
        var token = await server.IssueAsync("finance-agent");
        var admin = await server.IssueAdminAsync();
        var call = Invoice(server, token, TestContext.Current.CancellationToken);
        await PendingAsync(server, admin);

        var halted = DateTime.UtcNow;
        using (var halt = await server.SendAsync(HttpMethod.Post, "/api/agents/finance-agent/halt", admin, """{"reason": "runaway payments"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, halt.StatusCode);
        }

        var body = await BodyAsync(call);
        Assert.True(DateTime.UtcNow - halted < TimeSpan.FromSeconds(1.5), "the wait did not end promptly after the halt");
        Assert.Equal("deny", body.GetProperty("decision").GetString());
        Assert.Contains("halted while it waited", body.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agents_may_not_see_or_answer_approvals()
    {
        await using var server = await TestServer.StartAsync(yaml: Yaml());
        var token = await server.IssueAsync("finance-agent");
        using var list = await server.SendAsync(HttpMethod.Get, "/api/approvals", token);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        using var approve = await server.SendAsync(HttpMethod.Post, "/api/approvals/apr_0123456789abcdef/approve", token);
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        using var anonymous = await server.SendAsync(HttpMethod.Get, "/api/approvals", null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var admin = await server.IssueAdminAsync();
        using var unknown = await server.SendAsync(HttpMethod.Post, "/api/approvals/apr_0123456789abcdef/approve", admin);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var malformed = await server.SendAsync(HttpMethod.Get, "/api/approvals?status=maybe", admin);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }
}
