using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Server.Hosting;
using Custos.Server.Workspaces;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Custos.Server.Tests;

/// <summary>The same host in memory through WebApplicationFactory, as embedders and fast tests use it.</summary>
public sealed class WebApplicationFactoryTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("custos-waf-").FullName;

    public void Dispose()
    {
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task The_in_memory_host_decides_like_the_real_one()
    {
        var path = Path.Combine(directory, CustosConfig.DefaultFileName);
        await File.WriteAllTextAsync(path, StarterWorkspace.Yaml, TestContext.Current.CancellationToken);
        await using var factory = new CustosFactory(ConfigLoader.LoadFile(path).GetConfigOrThrow());
        using var client = factory.CreateClient();
        var workspace = factory.Services.GetRequiredService<Workspace>();
        var token = (await workspace.Tokens.IssueAsync(TokenKind.Agent, "finance-agent", TimeSpan.FromHours(1), "test", ActionChannel.Cli, CancellationToken.None)).Token;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        Assert.Equal("allow", await DecideAsync(client, "read", "billing.payments"));
        Assert.Equal("deny", await DecideAsync(client, "pay", "billing.payments"));
        var records = await workspace.Store.QueryAsync(new ActionQuery(Principal: "finance-agent"), CancellationToken.None);
        Assert.Equal(2, records.Count);
    }

    private static async Task<string?> DecideAsync(HttpClient client, string action, string resource)
    {
        using var content = new StringContent($$"""{"action": "{{action}}", "resource": "{{resource}}"}""", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/v1/authorize", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("decision").GetString();
    }

    private sealed class CustosFactory(CustosConfig config) : WebApplicationFactory<Cli.Program>
    {
        protected override IHostBuilder CreateHostBuilder() =>
            CustosHost.CreateBuilder(new CustosServerOptions { Config = config, ConsoleLogs = false });

        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseContentRoot(Path.GetDirectoryName(config.SourcePath)!);
    }
}
