using System.Collections.Frozen;
using Custos.Core.Policies;

namespace Custos.Core.Configuration;

/// <summary>
/// The workspace configuration read from <c>custos.yaml</c>: who the agents are, what systems they reach and
/// what each may do. Immutable once loaded; a reload produces a new instance.
/// </summary>
public sealed class CustosConfig
{
    public const string DefaultFileName = "custos.yaml";
    public const string DefaultDataDirectory = ".custos";

    public required string SourcePath { get; init; }

    /// <summary>Absolute path of the data directory (the SQLite file, keys, caches).</summary>
    public required string DataDirectory
    {
        get => dataDirectory;
        init => dataDirectory = value;
    }

    private string dataDirectory = string.Empty;

    public required ServerSettings Server { get; init; }

    public required IReadOnlyList<AgentDefinition> Agents { get; init; }

    public required IReadOnlyList<SystemDefinition> Systems { get; init; }

    public required IReadOnlyList<Grant> Grants { get; init; }

    public required IReadOnlyList<Budget> Budgets { get; init; }

    public required FrozenDictionary<string, TimeSpan> Retention { get; init; }

    /// <summary>The audit ledger's signing key and checkpoint cadence.</summary>
    public LedgerSettings Ledger { get; init; } = LedgerSettings.Default;

    /// <summary>Prices per model for metering: the shipped list prices with custos.yaml's <c>pricing:</c> on top.</summary>
    public Metering.PriceTable Prices { get; init; } = Metering.PriceTable.Default;

    /// <summary>The secrets broker's settings and the secrets' scopes.</summary>
    public SecretsSettings Secrets { get; init; } = SecretsSettings.Default;

    /// <summary>The <c>screening:</c> section: what Custos does about each finding type, in and out.</summary>
    public Screening.ScreeningSettings Screening { get; init; } = Custos.Core.Screening.ScreeningSettings.Default;

    /// <summary>The <c>approvals:</c> section: how long an action waits for a person.</summary>
    public Approvals.ApprovalSettings Approvals { get; init; } = Custos.Core.Approvals.ApprovalSettings.Default;

    /// <summary>The <c>alerts:</c> section: alert routes (log, webhook) and the anomaly rules' thresholds.</summary>
    public Alerts.AlertSettings Alerts { get; init; } = Custos.Core.Alerts.AlertSettings.Default;

    /// <summary>
    /// The Cedar policies, entities and schema of this configuration. The loader sets it (grants plus
    /// <c>policies/*.cedar</c>, validated); a configuration built in code gets its grants compiled on first use.
    /// </summary>
    public PolicyBundle Policies
    {
        get => policies ??= PolicyBundleLoader.FromGrants(this);
        init => policies = value;
    }

    private PolicyBundle? policies;

    /// <summary>A copy with another data directory (the server keeps the one it started with).</summary>
    public CustosConfig WithDataDirectory(string dataDirectory) => Copy(dataDirectory, policies);

    /// <summary>A copy with the given policy bundle.</summary>
    public CustosConfig WithPolicies(PolicyBundle bundle) => Copy(DataDirectory, bundle);

    // Every other setting is carried over as it is, including sections added later.
    private CustosConfig Copy(string newDataDirectory, PolicyBundle? bundle)
    {
        var copy = (CustosConfig)MemberwiseClone();
        copy.dataDirectory = newDataDirectory;
        copy.policies = bundle;
        return copy;
    }

    // Indexed, not foreach: these run on every action, and foreach over an IReadOnlyList boxes its enumerator.
    public AgentDefinition? FindAgent(string name)
    {
        var agents = Agents;
        for (var i = 0; i < agents.Count; i++)
        {
            if (agents[i].Name == name)
            {
                return agents[i];
            }
        }

        return null;
    }

    public SystemDefinition? FindSystem(string name)
    {
        var systems = Systems;
        for (var i = 0; i < systems.Count; i++)
        {
            if (systems[i].Name == name)
            {
                return systems[i];
            }
        }

        return null;
    }
}

/// <param name="FailedAuthLimit">Failed authentications per client address per minute before it is refused for a minute; 0 turns the limit off.</param>
/// <param name="MaxMcpBlobBytes">The largest decoded base64 blob (image, audio, embedded or read resource) an MCP result may carry; a larger one fails the action.</param>
public sealed record ServerSettings(string Urls, int MaxRequestBytes, int FailedAuthLimit = ServerSettings.DefaultFailedAuthLimit, int MaxMcpBlobBytes = ServerSettings.DefaultMaxMcpBlobBytes)
{
    public const int DefaultMaxMcpBlobBytes = 8 * 1024 * 1024;
    public const int MaxMcpBlobLimit = 256 * 1024 * 1024;

    public const string DefaultUrls = "http://127.0.0.1:8421";
    public const int DefaultMaxRequestBytes = 64 * 1024;
    public const int DefaultFailedAuthLimit = 20;

    /// <summary>How many log messages of one upstream MCP server's logger are relayed to agents (<c>server.mcp_log_limit</c>).</summary>
    public McpLogLimit McpLogLimit { get; init; } = McpLogLimit.Default;

    /// <summary>How many <c>roots/list</c> requests of one upstream MCP server Custos answers (<c>server.mcp_roots_limit</c>); the same kind of token bucket, per server.</summary>
    public McpLogLimit McpRootsLimit { get; init; } = McpLogLimit.RootsDefault;
}

/// <summary>
/// A token bucket per upstream MCP server and logger: <paramref name="Burst"/> log messages at once, then
/// <paramref name="PerSecond"/> a second. Messages over it are not relayed; they are counted, and each
/// <paramref name="SummaryInterval"/> one ledger entry says how many were suppressed, so a chatty or hostile server
/// cannot flood the ledger (each relayed message is an entry per session).
/// </summary>
public sealed record McpLogLimit(int PerSecond, int Burst, TimeSpan SummaryInterval)
{
    public const int MaxPerSecond = 100_000;
    public const int MaxBurst = 1_000_000;

    public static McpLogLimit Default { get; } = new(20, 100, TimeSpan.FromSeconds(10));

    /// <summary>For <c>roots/list</c>: a server asks when it connects, so a few a second is already a loop.</summary>
    public static McpLogLimit RootsDefault { get; } = new(1, 10, TimeSpan.FromSeconds(10));
}

/// <summary>The <c>ledger:</c> section.</summary>
/// <param name="SigningKey">Where the checkpoint signing key is (<c>secret://env/…</c> or <c>secret://file/…</c>); null keeps it in <c>ledger.key</c> in the data directory.</param>
public sealed record LedgerSettings(SecretReference? SigningKey, int CheckpointEvery, TimeSpan CheckpointInterval)
{
    public static LedgerSettings Default { get; } = new(null, 1000, TimeSpan.FromSeconds(10));

    /// <summary>How far an entry must have gone before the action's result is released (<c>ledger.durability</c>).</summary>
    public LedgerDurability Durability { get; init; } = LedgerDurability.Disk;
}

/// <summary>How far a ledger entry must have gone before the action it records is released.</summary>
public enum LedgerDurability
{
    /// <summary>On the disk: every commit is synced (fsync) first. Survives a power loss. The default.</summary>
    Disk,

    /// <summary>
    /// Handed to the operating system: survives Custos crashing or being killed, not the machine losing power (the
    /// write-ahead log is synced at the next background checkpoint, within about a quarter of a second). The
    /// guarantee of an audit log written to a file without a sync per request; saves the sync's time per action.
    /// </summary>
    Os,
}

/// <summary>EU AI Act style risk tiers; a high-risk agent's automated decisions need human review.</summary>
public enum RiskTier
{
    Minimal,
    Limited,
    High,
}

/// <summary>The six lawful bases of GDPR Article 6(1).</summary>
public enum LawfulBasis
{
    Consent,
    Contract,
    LegalObligation,
    VitalInterests,
    PublicTask,
    LegitimateInterests,
}

public sealed record GdprProfile(LawfulBasis LawfulBasis, string ProcessingPurpose);

public sealed record AgentDefinition(
    string Name,
    string Owner,
    string Team,
    string Purpose,
    RiskTier RiskTier,
    GdprProfile Gdpr,
    SourceMark Location);

public enum SystemKind
{
    Mcp,
    Llm,
    Database,
    Http,
}

public sealed record SystemDefinition(
    string Name,
    SystemKind Kind,
    string? Description,
    string? Url,
    IReadOnlyList<string> Command,
    string? Provider,
    string? DataProcessingAgreement,
    IReadOnlyList<string> Tools,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, SecretReference> Credentials,
    SourceMark Location,
    UpstreamRetry? Upstream = null,
    AzureOpenAiSettings? Azure = null)
{
    /// <summary>The most <see cref="Roots"/> a system may list.</summary>
    public const int MaxRoots = 64;

    /// <summary>Retries, fallback and timeout for an LLM system; none when custos.yaml sets none.</summary>
    public UpstreamRetry Retry => Upstream ?? UpstreamRetry.None;

    /// <summary>
    /// What an MCP server is told when it asks for roots (<c>roots/list</c>): these <c>file://</c> URIs from
    /// custos.yaml, never the agent's own; none by default.
    /// </summary>
    public IReadOnlyList<string> Roots { get; init; } = [];
}

/// <summary>
/// An Azure OpenAI system's deployments and API version: a model is called as
/// <c>{url}/openai/deployments/{deployment}/chat/completions?api-version={ApiVersion}</c> (and <c>embeddings</c>);
/// the Responses API as <c>{url}/openai/v1/responses</c> with the deployment as its model.
/// </summary>
/// <param name="Deployments">Model name (what agents ask for and policy names) to deployment name; a model not listed is its own deployment.</param>
public sealed record AzureOpenAiSettings(IReadOnlyDictionary<string, string> Deployments, string ApiVersion)
{
    public const string Provider = "azure-openai";

    /// <summary>The API version sent when custos.yaml names none: the latest GA data-plane version as of 2024-10-21.</summary>
    public const string DefaultApiVersion = "2024-10-21";

    /// <summary>The credential sent as <c>Authorization: Bearer</c> (a Microsoft Entra ID access token) instead of <c>api-key</c>.</summary>
    public const string EntraTokenCredential = "entra_token";

    /// <summary>When set (<c>entra:</c>), Custos fetches the Microsoft Entra ID token itself (client credentials).</summary>
    public EntraSettings? Entra { get; init; }

    public string DeploymentOf(string model) => Deployments.TryGetValue(model, out var deployment) ? deployment : model;
}

/// <summary>
/// An LLM system's <c>retries</c>, <c>fallback</c> and <c>timeout</c>: on a 429, a 5xx, a refused connection or a
/// timeout before anything reached the client, the call is tried again up to <see cref="Retries"/> times, then on
/// the <see cref="Fallback"/> system (<c>SYSTEM</c> or <c>SYSTEM/MODEL</c>), which policy must allow the agent too.
/// </summary>
/// <param name="Timeout">Per attempt: until the answer (not streamed) or the stream's first event; null waits as long as the provider takes (up to 10 minutes).</param>
/// <param name="IdleTimeout">Once a stream has started: the longest wait for its next complete event before it is stopped; null is 5 minutes.</param>
public sealed record UpstreamRetry(int Retries, string? Fallback, TimeSpan? Timeout, TimeSpan? IdleTimeout = null)
{
    public const int MaxRetries = 5;

    public static UpstreamRetry None { get; } = new(0, null, null);

    /// <summary>The fallback's system name.</summary>
    public string? FallbackSystem => Fallback is null ? null : Fallback.Split('/', 2)[0];

    /// <summary>The model the fallback is asked for, when custos.yaml names one (else the same model).</summary>
    public string? FallbackModel => Fallback is not null && Fallback.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 ? Fallback[(slash + 1)..] : null;
}

/// <summary>
/// A simple grant: an agent may take some actions on some tools of one system. Grants only ever allow;
/// what no grant allows is denied. <see cref="RequiresApproval"/> (<c>approval: required</c>) makes each such
/// action wait for a person.
/// </summary>
public sealed record Grant(
    string Id,
    string Agent,
    string System,
    FrozenSet<string> Actions,
    IReadOnlyList<string> Tools,
    SourceMark Location,
    bool RequiresApproval = false)
{
    public bool AllTools => Tools.Count == 0;
}

public sealed record Budget(string Agent, decimal? DailyUsd, decimal? MonthlyUsd, int SoftLimitPercent);
