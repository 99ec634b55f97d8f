using System.Net;
using Custos.Server.Tests;

namespace Custos.Client.Tests;

/// <summary>The .NET client against a real Custos server over loopback HTTP.</summary>
public sealed class CustosClientTests
{
    [Fact]
    public async Task Allowed_and_denied_decisions_come_back_with_their_reasons()
    {
        await using var server = await TestServer.StartAsync();
        var client = new CustosClient(server.Http, await server.IssueAsync("support-agent"));

        var allowed = await client.AuthorizeAsync("call", "crm.get_customer", new Dictionary<string, object?> { ["customer_id"] = "C-1042" }, TestContext.Current.CancellationToken);
        Assert.True(allowed.IsAllowed);
        Assert.Equal(["support-reads-customers"], allowed.Policies);
        Assert.Equal("support-agent", allowed.Agent);
        Assert.Contains(await server.RecordsAsync(), r => r.Id.ToString() == allowed.ActionId && r.ContextSha256 is not null);

        var denied = await client.AuthorizeAsync("delete", "crm.customers", cancellationToken: TestContext.Current.CancellationToken);
        Assert.False(denied.IsAllowed);
        Assert.Contains("no grant lets support-agent delete crm.customers", denied.Reasons[0], StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<CustosDeniedException>(() => client.EnsureAllowedAsync("delete", "crm.customers", cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(denied.Reasons, error.Decision!.Reasons);
    }

    [Fact]
    public async Task A_rejected_token_is_an_exception_carrying_the_recorded_action_id()
    {
        await using var server = await TestServer.StartAsync();
        var client = new CustosClient(server.Http, "cst_not_a_real_token");
        var error = await Assert.ThrowsAsync<CustosException>(() => client.AuthorizeAsync("call", "crm.get_customer", cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("not a Custos token", error.Message, StringComparison.Ordinal);
        Assert.Contains(await server.RecordsAsync(), r => r.Id.ToString() == error.ActionId);
    }

    [Fact]
    public async Task An_unreachable_server_is_an_exception_not_an_allow()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:1/") };
        var client = new CustosClient(http, "cst_x");
        var error = await Assert.ThrowsAsync<CustosException>(() => client.AuthorizeAsync("call", "crm.get_customer", cancellationToken: TestContext.Current.CancellationToken));
        Assert.Null(error.StatusCode);
        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_token_does_not_show_in_the_client_description()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:8421/") };
        Assert.DoesNotContain("cst_secret", new CustosClient(http, "cst_secret").ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CustosClient(new HttpClient(), "cst_secret"));
    }
}
