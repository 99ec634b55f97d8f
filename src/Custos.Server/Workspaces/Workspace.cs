using Custos.Core.Agents;
using Custos.Core.Alerts;
using Custos.Core.Observation;
using Custos.Core.Approvals;
using Custos.Core.Authorization;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Policies;
using Custos.Core.Metering;
using Custos.Core.Pipeline.Stages;
using Custos.Core.Secrets;
using Custos.Core.Tokenization;
using Custos.Storage.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Custos.Server.Workspaces;

/// <summary>
/// One Custos workspace put together: its configuration, its store, the pipeline and the operator services.
/// The server and every CLI command build it the same way, so they always judge actions alike.
/// </summary>
public sealed class Workspace : IAsyncDisposable
{
    private Workspace(IConfigSource configSource, SqliteStore store, TimeProvider clock, ILoggerFactory loggerFactory, IEnumerable<IPipelineStage> extraStages, ApprovalSignals signals)
    {
        ConfigSource = configSource;
        Store = store;
        Clock = clock;
        Authorizer = new CedarAuthorizer();
        Spend = new SpendTracker(store, clock);
        var dataDirectory = configSource.Current.DataDirectory;
        Builtin = new BuiltinSecrets(store.Secrets, () => MasterKey.Load(dataDirectory), clock);
        vaultHttp = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };
        vault = new VaultSecretProvider(vaultHttp);

        // Redirects are not followed: a signed rotation request goes to the configured URL or nowhere.
        rotationHttp = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };
        // Webhook routes resolve their signing keys through the broker, which itself raises alerts: the router
        // asks for the broker only when it delivers, after both exist.
        AlertRoutes = new Alerts.AlertRouter(configSource, new LateSecretResolver(() => Secrets!), clock, loggerFactory);
        Alerts = new LedgerAlertSink(store, loggerFactory.CreateLogger<LedgerAlertSink>(), [AlertRoutes]);
        Secrets = new SecretBroker(
            configSource,
            [
                Builtin,
                new EnvironmentSecretProvider(),
                new FileSecretProvider(),
                vault,
                new Secrets.AzureKeyVaultSecretProvider(),
            ],
            store.Secrets,
            store,
            clock,
            loggerFactory.CreateLogger<SecretBroker>(),
            Alerts);
        Rotations = new SecretRotations(configSource, Builtin, Secrets, store, [new Secrets.PostgresRoleRotator(), new Secrets.WebhookRotator(rotationHttp)], clock, loggerFactory.CreateLogger<SecretRotations>());
        Observers = new ActionObservers(
            [new SecretUseMonitor(configSource, store.Secrets, Alerts, loggerFactory.CreateLogger<SecretUseMonitor>()), new AnomalyRules(configSource, Alerts, store, store)],
            loggerFactory.CreateLogger<ActionObservers>());
        Approvals = new ApprovalQueue(store.Approvals, store, store, clock, signals);
        RedactionTokens = new TokenVault(new SqliteTokenStore(store.Path), () => MasterKey.Load(dataDirectory), new SubjectKeysForTokens(store.SubjectKeys), clock);
        IPipelineStage[] stages =
        [
            new AuthenticateStage(store, clock),
            new ContainStage(store),
            new AuthorizeStage(Authorizer, Spend, Secrets, Alerts, clock),
            new BudgetStage(Spend),
            new ScreenInStage(RedactionTokens),
            new DataProcessingStage(),
            new ApproveStage(Approvals),
            new InjectCredentialsStage(Secrets),
            new ForwardStage(),
            new ScreenOutStage(Approvals, Secrets, Alerts, clock, RedactionTokens),
            new MeterStage(Spend, Alerts),
            new RecordStage(store, Observers),
            .. extraStages,
        ];
        Pipeline = new ActionPipeline(stages, configSource, clock, loggerFactory.CreateLogger<ActionPipeline>());
        Tokens = new TokenIssuer(store, store, clock);
        Detokenizer = new Detokenizer(Pipeline, RedactionTokens, clock);
        Control = new AgentControl(store, store, clock);
    }

    private readonly HttpClient vaultHttp;
    private readonly HttpClient rotationHttp;
    private readonly VaultSecretProvider vault;

    public IConfigSource ConfigSource { get; }

    /// <summary>Resolves secret references for the inject stage and feeds leak detection (<see cref="IKnownSecretValues"/>).</summary>
    public SecretBroker Secrets { get; }

    /// <summary>Rotates built-in secrets with their configured rotator (random, postgres, webhook), recording every attempt.</summary>
    public SecretRotations Rotations { get; }

    /// <summary>The built-in encrypted store: set, rotate, reveal, honeytokens.</summary>
    public BuiltinSecrets Builtin { get; }

    public CustosConfig Config => ConfigSource.Current;

    public SqliteStore Store { get; }

    /// <summary>What each agent has spent today and this month, for budgets and policy.</summary>
    public SpendTracker Spend { get; }

    public TimeProvider Clock { get; }

    public IAuthorizer Authorizer { get; }

    public ActionPipeline Pipeline { get; }

    public TokenIssuer Tokens { get; }

    public AgentControl Control { get; }

    /// <summary>Records alerts in the ledger, logs them and hands them to the configured routes.</summary>
    public IAlertSink Alerts { get; }

    /// <summary>The <c>alerts.routes</c> of custos.yaml (log, webhook) that recorded alerts are handed to.</summary>
    public Alerts.AlertRouter AlertRoutes { get; }

    /// <summary>Anomaly and incident rules fed with every recorded action, off the hot path.</summary>
    public ActionObservers Observers { get; }

    /// <summary>The vault of reversible redaction tokens (<c>redaction: token</c>), sealed under the master key.</summary>
    public TokenVault RedactionTokens { get; }

    /// <summary>Turns redaction tokens back into values, one authorized and recorded <c>detokenize</c> action each.</summary>
    public Detokenizer Detokenizer { get; }

    /// <summary>Actions waiting for a person, and operators' answers to them.</summary>
    public ApprovalQueue Approvals { get; }

    /// <summary>Opens the workspace's store (creating and migrating it if needed) under the configured data directory.</summary>
    public static Workspace Open(IConfigSource configSource, TimeProvider? clock = null, ILoggerFactory? loggerFactory = null, IEnumerable<IPipelineStage>? extraStages = null, ApprovalSignals? approvalSignals = null)
    {
        ArgumentNullException.ThrowIfNull(configSource);
        var store = SqliteStore.Open(configSource.Current.DataDirectory, configSource.Current.Ledger, clock, Path.GetDirectoryName(configSource.Current.SourcePath));

        // Actions that name data subjects keep their personal data sealed under the subjects' keys.
        store.PersonalDataSealer = store.SubjectKeys;
        return new Workspace(configSource, store, clock ?? TimeProvider.System, loggerFactory ?? NullLoggerFactory.Instance, extraStages ?? [], approvalSignals ?? new ApprovalSignals());
    }

    public async ValueTask DisposeAsync()
    {
        await Observers.DisposeAsync();
        await AlertRoutes.DisposeAsync();
        Secrets.Dispose();
        Builtin.Dispose();
        RedactionTokens.Dispose();
        vault.Dispose();
        vaultHttp.Dispose();
        rotationHttp.Dispose();
        await Store.DisposeAsync();
    }

    /// <summary>The ledger's data subjects' keys, as the token vault seals values with them.</summary>
    private sealed class SubjectKeysForTokens(SqliteSubjectKeys keys) : ITokenSubjects
    {
        public ValueTask<Core.Storage.SealedPersonalData> SealAsync(IReadOnlyList<string> subjects, ReadOnlyMemory<byte> plaintext, CancellationToken cancellationToken) =>
            keys.SealAsync(subjects, plaintext, cancellationToken);

        public Custos.Ledger.Privacy.OpenResult Open(System.Text.Json.Nodes.JsonNode? sealedObject) => keys.Open(sealedObject);
    }

    /// <summary>Resolves through a broker that exists only after this resolver is handed out.</summary>
    private sealed class LateSecretResolver(Func<ISecretResolver> broker) : ISecretResolver
    {
        public ValueTask<SecretValue> ResolveAsync(SecretReference reference, SecretUse use, CancellationToken cancellationToken) =>
            broker().ResolveAsync(reference, use, cancellationToken);
    }
}
