using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Custos.Cli.Tests;

/// <summary><c>custos serve</c> as a process, driven over HTTP and by the CLI beside it.</summary>
public sealed class ServeTests
{
    [Fact]
    public async Task Serve_answers_health_and_authorizes_with_a_cli_issued_token()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var (token, id) = await TokenTests.IssueAsync(workspace, "dev-agent");
        var server = await CustosServer.StartAsync(workspace);
        try
        {
            using var http = new HttpClient { BaseAddress = server.Address };
            using (var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken))
            {
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
                Assert.Contains("\"ok\"", await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            }

            Assert.Equal("allow", await DecideAsync(http, token, "call", "github.create_pull_request"));
            Assert.Equal("deny", await DecideAsync(http, token, "call", "github.delete_repository"));

            (await workspace.RunAsync("agent", "token", "revoke", id)).Expect(0);
            using var revoked = await AuthorizeAsync(http, token, "call", "github.create_pull_request");
            Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
            Assert.DoesNotContain(token, server.Output);
        }
        finally
        {
            await server.KillAsync();
        }
    }

    [Fact]
    public async Task A_halt_from_the_cli_stops_the_next_request_and_survives_a_restart()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var (token, _) = await TokenTests.IssueAsync(workspace, "marketing-agent");
        var server = await CustosServer.StartAsync(workspace);
        try
        {
            using var http = new HttpClient { BaseAddress = server.Address };
            Assert.Equal("allow", await DecideAsync(http, token, "call", "cms.create_draft"));
            (await workspace.RunAsync("agent", "halt", "marketing-agent", "--reason", "leaked a draft")).Expect(0);
            Assert.Equal("deny", await DecideAsync(http, token, "call", "cms.create_draft"));
        }
        finally
        {
            await server.KillAsync();
        }

        var restarted = await CustosServer.StartAsync(workspace);
        try
        {
            using var http = new HttpClient { BaseAddress = restarted.Address };
            using var response = await AuthorizeAsync(http, token, "call", "cms.create_draft");
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"decision\":\"deny\"", body);
            Assert.Contains("marketing-agent is halted", body);
        }
        finally
        {
            await restarted.KillAsync();
        }
    }

    [Fact]
    public async Task Serve_on_a_port_in_use_exits_1_and_says_why()
    {
        using var workspace = await TempWorkspace.InitAsync();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = (await workspace.RunAsync("serve", "--urls", $"http://127.0.0.1:{port}")).Expect(1);
        Assert.Contains($"custos: error: cannot listen on http://127.0.0.1:{port}", result.StdErr);
        Assert.Contains("address already in use", result.StdErr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", result.StdOut + result.StdErr, StringComparison.Ordinal);
    }

    private static async Task<string> DecideAsync(HttpClient http, string token, string action, string resource)
    {
        using var response = await AuthorizeAsync(http, token, action, resource);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("decision").GetString()!;
    }

    private static async Task<HttpResponseMessage> AuthorizeAsync(HttpClient http, string token, string action, string resource)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v1/authorize", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new Dictionary<string, string> { ["action"] = action, ["resource"] = resource }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
