using System.Net;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace Custos.Server.Tests;

/// <summary>A flood of bad tokens from one address is cut off before it can fill the audit trail.</summary>
public sealed class ThrottleTests
{
    [Fact]
    public async Task After_the_limit_of_failed_authentications_an_address_gets_429_for_a_minute()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await TestServer.StartAsync(clock, StarterWorkspace.Yaml.Replace("failed_auth_limit: 20", "failed_auth_limit: 5", StringComparison.Ordinal));
        var good = await server.IssueAsync("dev-agent");
        for (var i = 0; i < 5; i++)
        {
            using var refused = await server.AuthorizeAsync(Core.Agents.AgentToken.Generate(), "call", "github.get_file_contents");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using (var blocked = await server.AuthorizeAsync(Core.Agents.AgentToken.Generate(), "call", "github.get_file_contents"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(60), blocked.Headers.RetryAfter?.Delta);
        }

        using (var blockedApi = await server.SendAsync(HttpMethod.Get, "/api/agents", "cst_wrong"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, blockedApi.StatusCode);
        }

        var records = await server.RecordsAsync();
        Assert.Equal(5, records.Count(r => r.StoppedAt == StageName.Authenticate));
        var block = Assert.Single(records, r => r.Resource == "custos.origins");
        Assert.Equal("127.0.0.1", block.Origin);

        clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal("allow", await server.DecideAsync(good, "call", "github.get_file_contents"));
    }

    [Fact]
    public async Task A_limit_of_zero_turns_the_throttle_off()
    {
        await using var server = await TestServer.StartAsync(yaml: StarterWorkspace.Yaml.Replace("failed_auth_limit: 20", "failed_auth_limit: 0", StringComparison.Ordinal));
        for (var i = 0; i < 30; i++)
        {
            using var refused = await server.AuthorizeAsync("cst_bad", "call", "github");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
    }
}
