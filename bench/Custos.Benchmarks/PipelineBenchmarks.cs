using BenchmarkDotNet.Attributes;
using Custos.Core.Authorization;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Policies;
using Custos.Core.Storage;
using Custos.Server.Workspaces;

namespace Custos.Benchmarks;

/// <summary>
/// The pipeline without HTTP: what one action costs inside Custos, and the authorize step alone. The full run
/// includes two SQLite lookups and a durable SQLite commit (synchronous=FULL), which dominates.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string directory = null!;
    private Workspace workspace = null!;
    private AgentCredential credential = null!;
    private AuthorizationRequest request = null!;
    private GrantAuthorizer authorizer = null!;
    private CedarAuthorizer cedar = null!;

    [GlobalSetup]
    public void Setup()
    {
        directory = Directory.CreateTempSubdirectory("custos-bench-").FullName;
        var path = Path.Combine(directory, CustosConfig.DefaultFileName);
        File.WriteAllText(path, StarterWorkspace.Yaml);
        workspace = Workspace.Open(new FixedConfigSource(ConfigLoader.LoadFile(path).GetConfigOrThrow()));
        credential = new AgentCredential(workspace.Tokens.IssueAsync(TokenKind.Agent, "dev-agent", TimeSpan.FromDays(1), "bench", ActionChannel.Cli, CancellationToken.None).GetAwaiter().GetResult().Token);
        authorizer = new GrantAuthorizer();
        cedar = new CedarAuthorizer();
        if (!ResourceName.TryParse("github.create_pull_request", out var resource, out var error))
        {
            throw new InvalidOperationException(error);
        }

        request = new AuthorizationRequest(workspace.Config.FindAgent("dev-agent")!, "call", resource, null);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        workspace.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark(Description = "grant authorizer: allow")]
    public bool Authorize() => authorizer.Authorize(request, workspace.Config).IsAllowed;

    [Benchmark(Description = "Cedar authorizer (the authorize stage): allow")]
    public bool AuthorizeCedar() => cedar.Authorize(request, workspace.Config).IsAllowed;

    [Benchmark(Description = "pipeline: allowed action, recorded")]
    public async Task<ActionOutcome> Pipeline()
    {
        var action = AgentAction.Create(ActionChannel.AuthorizeApi, credential, "call", "github.create_pull_request", null, TimeProvider.System);
        return (await workspace.Pipeline.RunAsync(action, null, CancellationToken.None)).Outcome;
    }
}
