using System.Collections.Concurrent;
using Custos.Core.Agents;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Server.Hosting;
using Custos.Server.Workspaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Client;

namespace Custos.Mcp.Tests;

/// <summary>
/// A real Custos on Kestrel (random loopback port) whose custos.yaml names three real MCP servers from npm,
/// started over stdio: the filesystem server over a <c>shared</c> folder, the everything server and the memory
/// server. The dev agent may read the folder and use some of everything's tools; the support agent may use
/// its memory. Logs are captured so tests can check that no secret leaked.
/// </summary>
internal sealed class GatewayServer : IAsyncDisposable
{
    public const string SecretVariable = "CUSTOS_MCP_TEST_EVERYTHING_TOKEN";

    private IHost? host;
    private Action<IServiceCollection>? extraServices;

    private GatewayServer(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    public string Shared => Path.Combine(Directory, "shared");

    public ConcurrentQueue<string> Logs { get; } = new();

    public Uri Endpoint { get; private set; } = null!;

    public Workspace Workspace => host!.Services.GetRequiredService<Workspace>();

    public IServiceProvider Services => host!.Services;

    public static string Yaml(string directory) => $"""
        version: 1
        data_dir: .custos
        server:
          failed_auth_limit: 0
        agents:
          - name: dev-agent
            owner: platform@example.com
            purpose: Reads the engineering share.
            gdpr:
              lawful_basis: legitimate_interests
              processing_purpose: Software development.
          - name: support-agent
            owner: support@example.com
            purpose: Answers customers and remembers them.
            gdpr:
              lawful_basis: contract
              processing_purpose: Customer support.
        systems:
          - name: files
            kind: mcp
            command: {McpPeers.Command("server-filesystem", Path.Combine(directory, "shared"))}
          - name: everything
            kind: mcp
            command: {McpPeers.Command("server-everything", "stdio")}
            env:
              CUSTOS_MCP_TEST_PLAIN: plain-value
              CUSTOS_MCP_TEST_WORKSPACE: {directory}
            credentials:
              EVERYTHING_TOKEN: secret://env/{SecretVariable}
          - name: memory
            kind: mcp
            command: {McpPeers.Command("server-memory")}
            env:
              MEMORY_FILE_PATH: {Path.Combine(directory, "memory.jsonl")}
        grants:
          - id: dev-reads-share
            agent: dev-agent
            system: files
            actions: [call]
            tools: [read_text_file, list_directory, list_allowed_directories]
          - id: dev-uses-everything
            agent: dev-agent
            system: everything
            actions: [call]
            tools: [echo, trigger-long-running-operation, get-env]
          - id: dev-reads-everything
            agent: dev-agent
            system: everything
            actions: [read]
            tools: [prompt/simple-prompt, prompt/args-prompt, "resource/demo/resource/static/*", "resource/demo/resource/dynamic/text/*"]
          - id: support-remembers
            agent: support-agent
            system: memory
            actions: [call]
            tools: [create_entities, search_nodes, read_graph]
        """;

    /// <param name="services">Replaces host services (for a ledger that can be made to fail, which a real store cannot be on demand).</param>
    public static async Task<GatewayServer> StartAsync(Func<string, string>? yaml = null, Action<IServiceCollection>? services = null)
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("custos-mcp-").FullName;
        System.IO.Directory.CreateDirectory(Path.Combine(dir, "shared"));
        await File.WriteAllTextAsync(Path.Combine(dir, "shared", "hello.txt"), "hello from the share\n");
        await File.WriteAllTextAsync(Path.Combine(dir, CustosConfig.DefaultFileName), (yaml ?? Yaml)(dir));
        var server = new GatewayServer(dir) { extraServices = services };
        await server.StartHostAsync();
        return server;
    }

    private async Task StartHostAsync()
    {
        var loaded = ConfigLoader.LoadFile(Path.Combine(Directory, CustosConfig.DefaultFileName));
        var config = loaded.GetConfigOrThrow();
        host = CustosHost.CreateBuilder(new CustosServerOptions
        {
            Config = config,
            Urls = "http://127.0.0.1:0",
            MinimumLogLevel = LogLevel.Debug,
            ConsoleLogs = false,
            ConfigureServices = services =>
            {
                services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(Logs));
                extraServices?.Invoke(services);
            },
        }).Build();
        await host.StartAsync();
        Endpoint = new Uri(host.ListeningAddress(), "/mcp");
    }

    /// <summary>Stops and starts the host over the same workspace and database, as a restart of 'custos serve' does.</summary>
    public async Task RestartAsync()
    {
        await host!.StopAsync();
        host.Dispose();
        await StartHostAsync();
    }

    public async Task<string> IssueAsync(string agent) =>
        (await Workspace.Tokens.IssueAsync(TokenKind.Agent, agent, TimeSpan.FromHours(1), "test", ActionChannel.Cli, CancellationToken.None)).Token;

    /// <summary>The official MCP C# SDK client, over Streamable HTTP, with the agent's token.</summary>
    /// <remarks>By default the client negotiates the newest protocol (no sessions); name an older one such as 2025-11-25 for a session.</remarks>
    public async Task<McpClient> ConnectAsync(string token, string? protocolVersion = null, CancellationToken cancellationToken = default)
    {
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = Endpoint,
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + token },
        });
        return await McpClient.CreateAsync(transport, new McpClientOptions { ProtocolVersion = protocolVersion }, cancellationToken: cancellationToken);
    }

    public async Task<McpClient> ConnectAsAsync(string agent) => await ConnectAsync(await IssueAsync(agent));

    public Task<IReadOnlyList<ActionRecord>> RecordsAsync() => Workspace.Store.QueryAsync(new ActionQuery(Limit: 10_000), CancellationToken.None);

    public async Task<ActionRecord> RecordOfAsync(string resource)
    {
        // The record is written before the answer is released, so it is there when the client has the answer.
        var records = await RecordsAsync();
        return records.Where(r => r.Resource == resource).MaxBy(r => r.Id) ?? throw new InvalidOperationException($"no record for {resource}");
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
            host = null;
        }

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
