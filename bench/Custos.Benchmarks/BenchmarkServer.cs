using System.Net;
using System.Text;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Server.Hosting;
using Custos.Server.Workspaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Custos.Benchmarks;

/// <summary>A Custos server on a loopback port over a fresh starter workspace, and a keep-alive client.</summary>
internal sealed class BenchmarkServer : IAsyncDisposable
{
    public const string AllowedBody = """{"action": "call", "resource": "github.create_pull_request", "context": {"repo": "acme/api", "title": "Fix the retry loop"}}""";
    public const string DeniedBody = """{"action": "call", "resource": "github.delete_repository", "context": {"repo": "acme/api"}}""";

    private readonly IHost host;
    private readonly string directory;

    private BenchmarkServer(IHost host, string directory, Uri address, string token)
    {
        this.host = host;
        this.directory = directory;
        Address = address;
        Token = token;
    }

    public Uri Address { get; }

    public string Token { get; }

    public static async Task<BenchmarkServer> StartAsync(Func<string, string>? editYaml = null)
    {
        var directory = Directory.CreateTempSubdirectory("custos-bench-").FullName;
        var path = Path.Combine(directory, CustosConfig.DefaultFileName);
        await File.WriteAllTextAsync(path, editYaml is null ? StarterWorkspace.Yaml : editYaml(StarterWorkspace.Yaml));
        var host = CustosHost.CreateBuilder(new CustosServerOptions
        {
            Config = ConfigLoader.LoadFile(path).GetConfigOrThrow(),
            Urls = "http://127.0.0.1:0",
            ConsoleLogs = false,
            MinimumLogLevel = LogLevel.Warning,

            // CUSTOS_BENCH_INLINE_SCHEDULING=1 measures the server with Kestrel's pipes scheduled inline
            // (UnsafePreferInlineScheduling: no thread-pool hand-off per read and per flush), which custos serve does not
            // use: it cut the hand-offs per request but lost throughput at concurrency 32 (bench/README.md, latency23).
            ConfigureServices = Environment.GetEnvironmentVariable("CUSTOS_BENCH_INLINE_SCHEDULING") == "1"
                ? services => services.PostConfigure<Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets.SocketTransportOptions>(o => o.UnsafePreferInlineScheduling = true)
                : null,
        }).Build();
        await host.StartAsync();
        var address = host.ListeningAddress();
        var workspace = host.Services.GetRequiredService<Workspace>();
        var token = (await workspace.Tokens.IssueAsync(TokenKind.Agent, "dev-agent", TimeSpan.FromDays(1), "bench", ActionChannel.Cli, CancellationToken.None)).Token;
        return new BenchmarkServer(host, directory, address, token);
    }

    /// <summary>A client that keeps its connections open, as an agent's SDK does.</summary>
    public HttpClient CreateClient(int connections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
        };
        var client = new HttpClient(handler) { BaseAddress = Address, DefaultRequestVersion = HttpVersion.Version11 };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    public static async Task<bool> PostAsync(HttpClient client, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/v1/authorize", content);
        await response.Content.LoadIntoBufferAsync();
        return response.StatusCode == HttpStatusCode.OK;
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
