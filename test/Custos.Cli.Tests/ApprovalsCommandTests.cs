using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Custos.Cli.Tests;

/// <summary>
/// <c>custos approvals</c> as a process beside <c>custos serve</c>: a call waiting for approval on the server is
/// answered from the command line, through the database they share.
/// </summary>
public sealed class ApprovalsCommandTests
{
    private static async Task<TempWorkspace> WorkspaceAsync()
    {
        var workspace = await TempWorkspace.InitAsync();
        workspace.WriteConfig(workspace.ReadConfig().Replace("  - id: finance-drafts-invoices\n", "  - id: finance-drafts-invoices\n    approval: required\n", StringComparison.Ordinal));
        return workspace;
    }

    private static Task<HttpResponseMessage> InvoiceAsync(HttpClient http, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v1/authorize", UriKind.Relative))
        {
            Content = new StringContent("""{"action": "create", "resource": "billing.invoices", "context": {"amount": 120}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<string> PendingIdAsync(TempWorkspace workspace)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var list = (await workspace.RunAsync("approvals", "list", "--json")).Expect(0);
            using var document = JsonDocument.Parse(list.StdOut);
            if (document.RootElement.GetArrayLength() > 0)
            {
                var pending = document.RootElement[0];
                Assert.Equal(("finance-agent", "pending"), (pending.GetProperty("agent").GetString(), pending.GetProperty("status").GetString()));
                return pending.GetProperty("id").GetString()!;
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        Assert.Fail("no approval request appeared");
        return null;
    }

    [Theory]
    [InlineData("approve", "allow")]
    [InlineData("deny", "deny")]
    public async Task A_waiting_call_is_answered_from_the_cli_and_the_answer_is_recorded(string verb, string decision)
    {
        using var workspace = await WorkspaceAsync();
        var (token, _) = await TokenTests.IssueAsync(workspace, "finance-agent");
        var server = await CustosServer.StartAsync(workspace);
        try
        {
            using var http = new HttpClient { BaseAddress = server.Address };
            var call = InvoiceAsync(http, token);
            var id = await PendingIdAsync(workspace);
            Assert.False(call.IsCompleted, "the call went on before anyone answered");

            var answer = (await workspace.RunAsync("approvals", verb, id, "--reason", "checked the invoice")).Expect(0);
            Assert.Contains(id, answer.StdOut, StringComparison.Ordinal);
            var answered = DateTime.UtcNow;
            using var response = await call;
            Assert.True(DateTime.UtcNow - answered < TimeSpan.FromSeconds(1.5), "the waiting call did not see the CLI's answer promptly");
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"\"decision\":\"{decision}\"", body, StringComparison.Ordinal);

            var again = (await workspace.RunAsync("approvals", verb, id)).Expect(1);
            Assert.Contains("already", again.StdErr, StringComparison.Ordinal);
            var listed = (await workspace.RunAsync("approvals", "list", "--status", "all", "--json")).Expect(0);
            using var document = JsonDocument.Parse(listed.StdOut);
            var request = Assert.Single(document.RootElement.EnumerateArray());
            Assert.Equal(verb == "approve" ? "approved" : "denied", request.GetProperty("status").GetString());
            Assert.StartsWith("cli:", request.GetProperty("decided_by").GetString(), StringComparison.Ordinal);

            var audit = (await workspace.RunAsync("audit", "query", "--action", verb, "--json")).Expect(0);
            Assert.Contains(id, audit.StdOut, StringComparison.Ordinal);
            Assert.Contains("checked the invoice", audit.StdOut, StringComparison.Ordinal);
        }
        finally
        {
            await server.KillAsync();
        }
    }

    [Fact]
    public async Task Malformed_and_unknown_ids_get_clear_errors()
    {
        using var workspace = await WorkspaceAsync();
        var malformed = (await workspace.RunAsync("approvals", "approve", "12")).Expect(2);
        Assert.Contains("is not an approval id", malformed.StdErr, StringComparison.Ordinal);
        var unknown = (await workspace.RunAsync("approvals", "deny", "apr_0123456789abcdef")).Expect(1);
        Assert.Contains("no approval request 'apr_0123456789abcdef'", unknown.StdErr, StringComparison.Ordinal);
        var empty = (await workspace.RunAsync("approvals", "list")).Expect(0);
        Assert.Contains("No action is waiting", empty.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_query_shows_screening_findings_without_their_text()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var (token, _) = await TokenTests.IssueAsync(workspace, "finance-agent");
        var server = await CustosServer.StartAsync(workspace);
        try
        {
            using var http = new HttpClient { BaseAddress = server.Address };
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v1/authorize", UriKind.Relative))
            {
                Content = new StringContent("""{"action": "read", "resource": "billing.invoices", "context": {"q": "password=Tr0ub4dor3x"}}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Contains("\"decision\":\"deny\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
        finally
        {
            await server.KillAsync();
        }

        var audit = (await workspace.RunAsync("audit", "query", "--agent", "finance-agent", "--json")).Expect(0);
        Assert.DoesNotContain("Tr0ub4dor3x", audit.StdOut, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(audit.StdOut);
        var finding = Assert.Single(document.RootElement[0].GetProperty("findings").EnumerateArray());
        Assert.Equal(("in", "SECRET", "/q", "block"), (finding.GetProperty("direction").GetString(), finding.GetProperty("type").GetString(), finding.GetProperty("location").GetString(), finding.GetProperty("action").GetString()));
    }
}
