using System.Net;
using System.Text.Json;
using Custos.Core.Pipeline;

namespace Custos.Server.Tests;

/// <summary>The kill switch and the rest of /api, over real HTTP.</summary>
public sealed class ControlPlaneTests
{
    [Fact]
    public async Task After_an_operator_halts_an_agent_its_very_next_request_is_denied_until_resumed()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.IssueAdminAsync();
        var token = await server.IssueAsync("support-agent");
        Assert.Equal("allow", await server.DecideAsync(token, "call", "crm.get_customer"));

        using (var halt = await server.SendAsync(HttpMethod.Post, "/api/agents/support-agent/halt", admin, """{"reason": "leaked a ticket"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, halt.StatusCode);
            using var body = JsonDocument.Parse(await halt.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal("halted", body.RootElement.GetProperty("status").GetString());
            Assert.StartsWith("operator:tok_", body.RootElement.GetProperty("status_changed_by").GetString(), StringComparison.Ordinal);
        }

        using (var denied = await server.AuthorizeAsync(token, "call", "crm.get_customer"))
        {
            var text = await denied.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("\"deny\"", text, StringComparison.Ordinal);
            Assert.Contains("support-agent is halted", text, StringComparison.Ordinal);
            Assert.Contains("leaked a ticket", text, StringComparison.Ordinal);
        }

        using (await server.SendAsync(HttpMethod.Post, "/api/agents/support-agent/resume", admin))
        {
        }

        Assert.Equal("allow", await server.DecideAsync(token, "call", "crm.get_customer"));
        var records = await server.RecordsAsync();
        Assert.Contains(records, r => r.Action == "halt" && r.Principal.StartsWith("operator:", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Action == "resume");
    }

    [Fact]
    public async Task A_halt_survives_a_server_restart()
    {
        var server = await TestServer.StartAsync();
        var directory = server.Directory;
        var admin = await server.IssueAdminAsync();
        var token = await server.IssueAsync("dev-agent");
        using (await server.SendAsync(HttpMethod.Post, "/api/agents/dev-agent/halt", admin))
        {
        }

        await server.StopAsync();
        await using var restarted = await TestServer.StartAsync(directory: directory);
        using var response = await restarted.AuthorizeAsync(token, "call", "github.get_file_contents");
        Assert.Contains("dev-agent is halted", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quarantined_agent_may_only_read()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.IssueAdminAsync();
        var token = await server.IssueAsync("finance-agent");
        using (await server.SendAsync(HttpMethod.Post, "/api/agents/finance-agent/quarantine", admin))
        {
        }

        Assert.Equal("allow", await server.DecideAsync(token, "read", "billing.invoices"));
        Assert.Equal("deny", await server.DecideAsync(token, "create", "billing.invoices"));
    }

    [Fact]
    public async Task The_security_agent_may_halt_others_because_a_grant_says_so_and_others_may_not()
    {
        await using var server = await TestServer.StartAsync();
        var security = await server.IssueAsync("security-agent");
        var dev = await server.IssueAsync("dev-agent");

        using (var denied = await server.SendAsync(HttpMethod.Post, "/api/agents/security-agent/halt", dev))
        {
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
            Assert.Contains("no grant lets dev-agent use custos", await denied.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        using (var halted = await server.SendAsync(HttpMethod.Post, "/api/agents/marketing-agent/halt", security, """{"reason": "exfiltration attempt"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, halted.StatusCode);
        }

        using (var resume = await server.SendAsync(HttpMethod.Post, "/api/agents/marketing-agent/resume", security))
        {
            Assert.Equal(HttpStatusCode.Forbidden, resume.StatusCode);
        }

        var records = await server.RecordsAsync();
        var halt = Assert.Single(records, r => r.Action == "halt" && r.Principal == "security-agent");
        Assert.Equal((ActionOutcome.Success, "custos.agents"), (halt.Outcome, halt.Resource));
        Assert.Equal(["security-contains-agents"], halt.Policies);
        Assert.Contains(records, r => r.Principal == "dev-agent" && r.Action == "halt" && r.Outcome == ActionOutcome.Denied);
        Assert.Equal("halted", (await server.Workspace.Control.GetAsync("marketing-agent", CancellationToken.None)).Status.ToString().ToLowerInvariant());
    }

    [Fact]
    public async Task An_agent_may_lift_a_halt_only_once_the_resume_is_recorded()
    {
        var yaml = Core.Configuration.StarterWorkspace.Yaml.Replace("actions: [halt, quarantine]", "actions: [halt, quarantine, resume]", StringComparison.Ordinal);
        await using var server = await TestServer.StartAsync(yaml: yaml);
        var security = await server.IssueAsync("security-agent");
        using (await server.SendAsync(HttpMethod.Post, "/api/agents/support-agent/halt", security))
        {
        }

        server.ExecuteSql("CREATE TRIGGER refuse BEFORE INSERT ON ledger_entries BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
        using (var refused = await server.SendAsync(HttpMethod.Post, "/api/agents/support-agent/resume", security))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        }

        Assert.Equal(Core.Agents.AgentStatus.Halted, (await server.Workspace.Control.GetAsync("support-agent", CancellationToken.None)).Status);

        server.ExecuteSql("DROP TRIGGER refuse");
        using (var resumed = await server.SendAsync(HttpMethod.Post, "/api/agents/support-agent/resume", security))
        {
            Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        }

        Assert.Equal(Core.Agents.AgentStatus.Active, (await server.Workspace.Control.GetAsync("support-agent", CancellationToken.None)).Status);
    }

    [Fact]
    public async Task The_control_plane_refuses_strangers_and_reveals_no_agent_names_to_them()
    {
        await using var server = await TestServer.StartAsync();
        foreach (var (method, path) in new[] { (HttpMethod.Get, "/api/agents"), (HttpMethod.Post, "/api/agents/nobody/halt"), (HttpMethod.Get, "/api/decisions") })
        {
            using var response = await server.SendAsync(method, path, null);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.DoesNotContain("dev-agent", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        using var forged = await server.SendAsync(HttpMethod.Post, "/api/agents/nobody/halt", Core.Agents.AgentToken.Generate());
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task Operators_list_agents_and_get_404_for_an_unknown_one()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.IssueAdminAsync();
        using (var list = await server.SendAsync(HttpMethod.Get, "/api/agents", admin))
        {
            using var body = JsonDocument.Parse(await list.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(5, body.RootElement.GetArrayLength());
            Assert.Equal("legal_obligation", body.RootElement.EnumerateArray().Single(a => a.GetProperty("name").GetString() == "finance-agent").GetProperty("lawful_basis").GetString());
        }

        using var missing = await server.SendAsync(HttpMethod.Post, "/api/agents/ghost-agent/halt", admin);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("no agent named 'ghost-agent'", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"reason\": 5}", "reason must be a string")]
    [InlineData("{\"why\": \"x\"}", "unknown field")]
    [InlineData("{not json", "not valid JSON")]
    public async Task A_malformed_halt_body_is_a_400_and_halts_nothing(string body, string expected)
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.IssueAdminAsync();
        using var response = await server.SendAsync(HttpMethod.Post, "/api/agents/dev-agent/halt", admin, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("Active", (await server.Workspace.Control.GetAsync("dev-agent", CancellationToken.None)).Status.ToString());
    }

    [Fact]
    public async Task The_audit_trail_is_readable_by_the_security_agent_and_validated()
    {
        await using var server = await TestServer.StartAsync();
        var security = await server.IssueAsync("security-agent");
        var marketing = await server.IssueAsync("marketing-agent");
        Assert.Equal("deny", await server.DecideAsync(marketing, "call", "crm.export_customers"));

        using (var response = await server.SendAsync(HttpMethod.Get, "/api/decisions?agent=marketing-agent&outcome=denied", security))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal("crm.export_customers", Assert.Single(body.RootElement.EnumerateArray()).GetProperty("resource").GetString());
        }

        foreach (var (query, message) in new[]
        {
            ("outcome=maybe", "outcome must be one of"),
            ("limit=0", "limit must be a whole number between 1 and 1000"),
            ("limit=abc", "limit must be a whole number between 1 and 1000"),
            ("since=yesterday", "since must be an ISO 8601 time"),
        })
        {
            using var bad = await server.SendAsync(HttpMethod.Get, "/api/decisions?" + query, security);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains(message, await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }
}
