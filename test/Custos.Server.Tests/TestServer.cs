using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using Custos.Core.Agents;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Server.Hosting;
using Custos.Server.Workspaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Custos.Server.Tests;

/// <summary>
/// A real Custos server on Kestrel, on a random loopback port, over a fresh starter workspace in a temporary
/// directory. Everything it logs is captured so tests can check that no secret leaked.
/// </summary>
internal sealed class TestServer : IAsyncDisposable
{
    private IHost? host;

    private TestServer(string directory, TimeProvider clock)
    {
        Directory = directory;
        Clock = clock;
    }

    public string Directory { get; }

    public string ConfigPath => Path.Combine(Directory, CustosConfig.DefaultFileName);

    public TimeProvider Clock { get; }

    public ConcurrentQueue<string> Logs { get; } = new();

    public HttpClient Http { get; private set; } = null!;

    public Workspace Workspace => host!.Services.GetRequiredService<Workspace>();

    public WatchedConfigSource ConfigSource => host!.Services.GetRequiredService<WatchedConfigSource>();

    public static async Task<TestServer> StartAsync(TimeProvider? clock = null, string? yaml = null, string? directory = null)
    {
        var dir = directory ?? System.IO.Directory.CreateTempSubdirectory("custos-server-").FullName;
        if (directory is null)
        {
            await File.WriteAllTextAsync(Path.Combine(dir, CustosConfig.DefaultFileName), yaml ?? StarterWorkspace.Yaml);
        }

        var server = new TestServer(dir, clock ?? TimeProvider.System);
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        var config = ConfigLoader.LoadFile(ConfigPath).GetConfigOrThrow();
        host = CustosHost.CreateBuilder(new CustosServerOptions
        {
            Config = config,
            Urls = "http://127.0.0.1:0",
            Clock = Clock,
            MinimumLogLevel = LogLevel.Debug,
            ConsoleLogs = false,
            ConfigureServices = services => services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(Logs)),
        }).Build();
        await host.StartAsync();
        Http = new HttpClient { BaseAddress = host.ListeningAddress() };
    }

    public async Task StopAsync()
    {
        Http.Dispose();
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
            host = null;
        }
    }

    public async Task<string> IssueAsync(string agent, TimeSpan? lifetime = null) =>
        (await Workspace.Tokens.IssueAsync(TokenKind.Agent, agent, lifetime ?? TimeSpan.FromHours(1), "test", ActionChannel.Cli, CancellationToken.None)).Token;

    public async Task<string> IssueAdminAsync() =>
        (await Workspace.Tokens.IssueAsync(TokenKind.Admin, "test-operator", TimeSpan.FromHours(1), "test", ActionChannel.Cli, CancellationToken.None)).Token;

    public Task<HttpResponseMessage> AuthorizeAsync(string? token, string action, string resource, string context = "{}") =>
        SendAsync(HttpMethod.Post, "/v1/authorize", token, $$"""{"action": "{{action}}", "resource": "{{resource}}", "context": {{context}}}""");

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>Asks /v1/authorize and returns the decision ("allow" or "deny").</summary>
    public async Task<string?> DecideAsync(string token, string action, string resource)
    {
        using var response = await AuthorizeAsync(token, action, resource);
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("decision").GetString();
    }

    /// <summary>Runs SQL against the server's database from outside, as an operator or a failing disk would.</summary>
    public void ExecuteSql(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Workspace.Store.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public Task<IReadOnlyList<ActionRecord>> RecordsAsync() => Workspace.Store.QueryAsync(new ActionQuery(Limit: 10_000), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, sink);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
