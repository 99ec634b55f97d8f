using System.Collections.Concurrent;
using Custos.Core.Agents;
using Custos.Core.Storage;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Server.Workspaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Custos.Server.Tests.Secrets;

/// <summary>
/// A workspace on a real SQLite file in a temporary directory, with systems that take credentials from the
/// built-in store, a scoped one, a honeytoken and vault; every log line at every level is captured.
/// </summary>
internal sealed class SecretsWorkspace : IAsyncDisposable
{
    public const string Yaml = """
        version: 1
        agents:
          - name: dev-agent
            owner: a@example.com
            purpose: Writes code.
            gdpr: { lawful_basis: contract, processing_purpose: Development. }
          - name: other-agent
            owner: b@example.com
            purpose: Reads the CRM.
            gdpr: { lawful_basis: contract, processing_purpose: Support. }
        systems:
          - name: github
            kind: http
            url: https://api.github.com
            credentials:
              token: secret://builtin/github
          - name: crm
            kind: http
            url: https://crm.example
            credentials:
              authorization: secret://builtin/crm#authorization
          - name: trap
            kind: http
            url: https://trap.example
            credentials:
              key: secret://builtin/decoy
          - name: billing
            kind: http
            url: https://billing.example
            credentials:
              api_key: secret://vault/kv/billing#api_key
        grants:
          - { agent: dev-agent, system: github, actions: [read] }
          - { agent: dev-agent, system: crm, actions: [read] }
          - { agent: dev-agent, system: trap, actions: [read] }
          - { agent: dev-agent, system: billing, actions: [read] }
          - { agent: other-agent, system: crm, actions: [read] }
          - { agent: other-agent, system: github, actions: [read] }
        secrets:
          cache_ttl: __TTL__
        __VAULT__
          scopes:
            - secret: secret://builtin/crm#authorization
              agents: [dev-agent]
              systems: [crm]
        __SCOPES__
        """;

    private SecretsWorkspace(string directory, FakeTimeProvider clock, Workspace workspace, ConcurrentQueue<string> logs)
    {
        Logs = logs;
        Directory = directory;
        Clock = clock;
        Workspace = workspace;
    }

    public string Directory { get; }

    public FakeTimeProvider Clock { get; }

    public Workspace Workspace { get; }

    /// <summary>Every line logged, at every level.</summary>
    public ConcurrentQueue<string> Logs { get; }

    public static async Task<SecretsWorkspace> OpenAsync(string vaultSection = "", string cacheTtl = "30s", string scopes = "")
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("custos-secrets-").FullName;
        var path = Path.Combine(directory, CustosConfig.DefaultFileName);
        await File.WriteAllTextAsync(path, Yaml.Replace("__VAULT__", vaultSection, StringComparison.Ordinal).Replace("__TTL__", cacheTtl, StringComparison.Ordinal).Replace("__SCOPES__", scopes, StringComparison.Ordinal));
        var config = ConfigLoader.LoadFile(path).GetConfigOrThrow();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        var logs = new ConcurrentQueue<string>();
        var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingProvider(logs)));
        var workspace = Workspace.Open(new FixedConfigSource(config), clock, loggerFactory);
        return new SecretsWorkspace(directory, clock, workspace, logs);
    }

    public async Task<string> TokenAsync(string agent) =>
        (await Workspace.Tokens.IssueAsync(TokenKind.Agent, agent, TimeSpan.FromHours(1), "test", ActionChannel.Cli, CancellationToken.None)).Token;

    /// <summary>Runs a read on <paramref name="resource"/> for <paramref name="agent"/>; the forwarder keeps what it was handed.</summary>
    public async Task<(ActionContext Context, IReadOnlyDictionary<string, string>? Injected)> RunAsync(string agent, string resource)
    {
        IReadOnlyDictionary<string, string>? injected = null;
        var action = AgentAction.Create(ActionChannel.AuthorizeApi, new AgentCredential(await TokenAsync(agent)), "read", resource, null, Clock);
        var context = await Workspace.Pipeline.RunAsync(action, (ctx, _) =>
        {
            injected = ctx.Credentials.ToDictionary(c => c.Key, c => c.Value.Reveal());
            return ValueTask.CompletedTask;
        }, CancellationToken.None);
        return (context, injected);
    }

    public async ValueTask DisposeAsync()
    {
        await Workspace.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class CapturingProvider(ConcurrentQueue<string> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capturing(categoryName, sink);

        public void Dispose()
        {
        }
    }

    private sealed class Capturing(string category, ConcurrentQueue<string> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
