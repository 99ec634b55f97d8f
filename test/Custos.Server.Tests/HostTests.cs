using System.Net;
using System.Text.Json;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;

namespace Custos.Server.Tests;

/// <summary>Health, the OpenAPI document, metrics and configuration reloads.</summary>
public sealed class HostTests
{
    [Fact]
    public async Task Health_and_readiness_answer_and_readiness_reports_the_schema()
    {
        await using var server = await TestServer.StartAsync();
        using var health = await server.SendAsync(HttpMethod.Get, "/healthz", null);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var ready = await server.SendAsync(HttpMethod.Get, "/readyz", null);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("ready", body.RootElement.GetProperty("status").GetString());
        Assert.Equal(Storage.Sqlite.SqliteStore.LatestSchemaVersion, body.RootElement.GetProperty("schema_version").GetInt32());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_authorize_api_and_the_control_plane()
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.SendAsync(HttpMethod.Get, "/openapi/v1.json", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/v1/authorize", out var authorize));
        Assert.True(authorize.GetProperty("post").GetProperty("responses").TryGetProperty("401", out _));
        Assert.True(paths.TryGetProperty("/api/agents/{name}/halt", out _));
        Assert.Equal("Custos", document.RootElement.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Decisions_are_counted_in_the_metrics_endpoint()
    {
        await using var server = await TestServer.StartAsync();
        var token = await server.IssueAsync("dev-agent");
        using (await server.AuthorizeAsync(token, "call", "github.get_file_contents"))
        using (await server.AuthorizeAsync(token, "delete", "github"))
        {
        }

        // The Prometheus exporter caches a scrape briefly; ask until both decisions show.
        string text = string.Empty;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var metrics = await server.SendAsync(HttpMethod.Get, "/metrics", null);
            text = await metrics.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            if (text.Contains("custos_decision=\"deny\"", StringComparison.Ordinal) && text.Contains("custos_decision=\"allow\"", StringComparison.Ordinal))
            {
                break;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        Assert.Contains("custos_actions_total", text, StringComparison.Ordinal);
        Assert.Contains("custos_decision=\"deny\"", text, StringComparison.Ordinal);
        Assert.Contains("custos_decision=\"allow\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_custos_yaml_takes_effect_without_a_restart_and_the_reload_is_recorded()
    {
        await using var server = await TestServer.StartAsync();
        var token = await server.IssueAsync("marketing-agent");
        Assert.Equal("allow", await server.DecideAsync(token, "call", "cms.create_draft"));

        var edited = StarterWorkspace.Yaml.Replace("tools: [list_posts, get_post, create_draft, update_draft]", "tools: [list_posts, get_post]", StringComparison.Ordinal);
        Assert.NotEqual(StarterWorkspace.Yaml, edited);
        var reloaded = WaitForReload(server);
        await File.WriteAllTextAsync(server.ConfigPath, edited, TestContext.Current.CancellationToken);
        Assert.True((await reloaded).IsValid);

        Assert.Equal("deny", await server.DecideAsync(token, "call", "cms.create_draft"));
        Assert.Contains(await server.RecordsAsync(), r => r.Resource == "custos.config" && r.Action == "update");
    }

    [Fact]
    public async Task A_broken_edit_is_refused_and_the_previous_configuration_stays_in_force()
    {
        await using var server = await TestServer.StartAsync();
        var token = await server.IssueAsync("marketing-agent");
        var reloaded = WaitForReload(server);
        await File.WriteAllTextAsync(server.ConfigPath, StarterWorkspace.Yaml.Replace("grants:", "grantz:", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        Assert.False((await reloaded).IsValid);

        Assert.Equal("allow", await server.DecideAsync(token, "call", "cms.create_draft"));
        Assert.Contains(server.Logs, line => line.Contains("unknown key 'grantz'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cedar_policy_file_change_takes_effect_without_a_restart_and_a_bad_one_is_refused_and_recorded()
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("custos-server-").FullName;
        await File.WriteAllTextAsync(Path.Combine(dir, CustosConfig.DefaultFileName), StarterWorkspace.Yaml, TestContext.Current.CancellationToken);
        System.IO.Directory.CreateDirectory(Path.Combine(dir, "policies"));
        var policyFile = Path.Combine(dir, "policies", "extra.cedar");
        await File.WriteAllTextAsync(policyFile, "// nothing yet\n", TestContext.Current.CancellationToken);
        await using var server = await TestServer.StartAsync(directory: dir);
        var token = await server.IssueAsync("marketing-agent");
        Assert.Equal("allow", await server.DecideAsync(token, "call", "cms.create_draft"));

        // A forbid added in Cedar overrides the grant.
        var reloaded = WaitForReload(server);
        await File.WriteAllTextAsync(policyFile, """
            @id("no-drafts")
            forbid (principal == Custos::Agent::"marketing-agent", action == Custos::Action::"call", resource == Custos::Tool::"cms.create_draft");
            """, TestContext.Current.CancellationToken);
        Assert.True((await reloaded).IsValid);
        Assert.Equal("deny", await server.DecideAsync(token, "call", "cms.create_draft"));
        Assert.Equal("allow", await server.DecideAsync(token, "call", "cms.list_posts"));

        // A policy that does not validate is refused: the previous set stays, and the refusal is recorded.
        reloaded = WaitForReload(server);
        await File.WriteAllTextAsync(policyFile, "permit (principal, action, resource) when { principal.nosuch };", TestContext.Current.CancellationToken);
        var refused = await reloaded;
        Assert.False(refused.IsValid);
        Assert.Contains(refused.Diagnostics, d => d.File.EndsWith("extra.cedar", StringComparison.Ordinal) && d.Line == 1 && d.Message.Contains("nosuch", StringComparison.Ordinal));
        Assert.Equal("deny", await server.DecideAsync(token, "call", "cms.create_draft"));
        var records = await server.RecordsAsync();
        Assert.Contains(records, r => r.Resource == "custos.config" && r.Outcome == ActionOutcome.Success && r.Reasons[0].Contains("Cedar policies", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Resource == "custos.config" && r.Outcome == ActionOutcome.Denied && r.Reasons[0].Contains("refused", StringComparison.Ordinal));
    }

    private static Task<ConfigLoadResult> WaitForReload(TestServer server)
    {
        var done = new TaskCompletionSource<ConfigLoadResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.ConfigSource.Reloaded += (_, result) => done.TrySetResult(result);
        return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
