using System.Text.Json;
using Custos.Core.Agents;
using Custos.Core.Authorization;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Pipeline.Stages;
using Custos.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Custos.Core.Tests.Pipeline;

public sealed class ActionPipelineTests
{
    private static readonly CustosConfig Starter = ConfigLoader.Parse(StarterWorkspace.Yaml, "custos.yaml", "/srv/custos.yaml").GetConfigOrThrow();
    private readonly MemoryStore store = new();
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-11-24T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task An_allowed_action_succeeds_and_is_recorded_once_without_its_token()
    {
        var token = await IssueAsync("dev-agent");
        var context = await RunAsync(Pipeline(), token, "call", "github.create_pull_request");

        Assert.Equal((ActionOutcome.Success, true), (context.Outcome, context.Recorded));
        var record = Assert.Single(store.Records);
        Assert.Equal(("dev-agent", Effect.Allow, context.Action.Id), (record.Principal, record.Effect, record.Id));
        Assert.DoesNotContain(token[4..], JsonSerializer.Serialize(store.Records), StringComparison.Ordinal);
        Assert.DoesNotContain(token[4..], context.Action.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_halted_agent_gets_nothing_and_a_quarantined_one_only_reads()
    {
        var token = await IssueAsync("finance-agent");
        var pipeline = Pipeline();
        store.States["finance-agent"] = new AgentState("finance-agent", AgentStatus.Quarantined, "audit", clock.GetUtcNow(), "cli:test");
        Assert.Equal(ActionOutcome.Success, (await RunAsync(pipeline, token, "read", "billing.invoices")).Outcome);
        var write = await RunAsync(pipeline, token, "create", "billing.invoices");
        Assert.Equal((ActionOutcome.Denied, StageName.Contain), (write.Outcome, write.StoppedAt));

        store.States["finance-agent"] = new AgentState("finance-agent", AgentStatus.Halted, null, clock.GetUtcNow(), "cli:test");
        var read = await RunAsync(pipeline, token, "read", "billing.invoices");
        Assert.Equal((ActionOutcome.Denied, StageName.Contain), (read.Outcome, read.StoppedAt));
        Assert.Contains("finance-agent is halted since 2026-11-24T09:00:00Z by cli:test", read.Reasons[0], StringComparison.Ordinal);
        Assert.Equal(3, store.Records.Count);
    }

    [Fact]
    public async Task Expired_and_revoked_tokens_are_refused_at_authenticate_and_recorded()
    {
        var token = await IssueAsync("dev-agent", TimeSpan.FromMinutes(10));
        clock.Advance(TimeSpan.FromMinutes(11));
        var expired = await RunAsync(Pipeline(), token, "call", "github.get_file_contents");
        Assert.Equal((ActionOutcome.Denied, StageName.Authenticate), (expired.Outcome, expired.StoppedAt));
        Assert.Contains("expired at 2026-11-24T09:10:00Z", expired.Reasons[0], StringComparison.Ordinal);
        Assert.Equal(expired.CredentialId, Assert.Single(store.Records).CredentialId);
    }

    [Fact]
    public async Task An_action_that_cannot_be_recorded_fails_and_its_result_is_withheld()
    {
        var token = await IssueAsync("dev-agent");
        store.FailWrites = true;
        var context = await RunAsync(Pipeline(), token, "call", "github.create_pull_request", forwarder: (c, _) =>
        {
            c.Result = "upstream answer";
            return ValueTask.CompletedTask;
        });

        Assert.Equal((ActionOutcome.Failure, StageName.Record, false), (context.Outcome, context.StoppedAt, context.Recorded));
        Assert.Null(context.Result);
        Assert.Contains("fail closed", context.Reasons[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stage_that_throws_fails_the_action_without_leaking_the_exception_and_it_is_still_recorded()
    {
        var token = await IssueAsync("dev-agent");
        var context = await RunAsync(Pipeline(new ThrowingStage()), token, "call", "github.create_pull_request");

        Assert.Equal((ActionOutcome.Failure, StageName.ScreenIn), (context.Outcome, context.StoppedAt));
        Assert.DoesNotContain("secret detail", string.Join(' ', context.Reasons), StringComparison.Ordinal);
        Assert.Equal(ActionOutcome.Failure, Assert.Single(store.Records).Outcome);
    }

    [Fact]
    public async Task Forwarding_happens_only_for_allowed_actions()
    {
        var token = await IssueAsync("dev-agent");
        var forwarded = 0;
        ValueTask Forward(ActionContext c, CancellationToken ct)
        {
            forwarded++;
            return ValueTask.CompletedTask;
        }

        await RunAsync(Pipeline(), token, "call", "github.delete_repository", Forward);
        Assert.Equal(0, forwarded);
        await RunAsync(Pipeline(), token, "call", "github.get_file_contents", Forward);
        Assert.Equal(1, forwarded);
    }

    [Fact]
    public async Task A_preview_decides_without_recording()
    {
        var context = await Pipeline().PreviewAsync("dev-agent", "call", "github.delete_repository", null, CancellationToken.None);
        Assert.Equal(ActionOutcome.Denied, context.Outcome);
        Assert.Empty(store.Records);
    }

    [Fact]
    public void The_pipeline_will_not_run_without_its_required_stages()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ActionPipeline(
            [new AuthenticateStage(store, clock), new ContainStage(store), new AuthorizeStage(new GrantAuthorizer())],
            new FixedConfigSource(Starter), clock, NullLogger<ActionPipeline>.Instance));
        Assert.Contains("no Record stage", error.Message, StringComparison.Ordinal);
    }

    private ActionPipeline Pipeline(params IPipelineStage[] extra) => new(
        [new AuthenticateStage(store, clock), new ContainStage(store), new AuthorizeStage(new GrantAuthorizer()), new ForwardStage(), new RecordStage(store), .. extra],
        new FixedConfigSource(Starter), clock, NullLogger<ActionPipeline>.Instance);

    private async Task<string> IssueAsync(string agent, TimeSpan? lifetime = null) =>
        (await new TokenIssuer(store, store, clock).IssueAsync(TokenKind.Agent, agent, lifetime ?? TimeSpan.FromDays(1), "test", ActionChannel.Cli, CancellationToken.None)).Token;

    private async Task<ActionContext> RunAsync(ActionPipeline pipeline, string token, string action, string resource, Func<ActionContext, CancellationToken, ValueTask>? forwarder = null)
    {
        store.Records.RemoveAll(r => r.Resource == TokenIssuer.Resource);
        return await pipeline.RunAsync(AgentAction.Create(ActionChannel.AuthorizeApi, new AgentCredential(token), action, resource, null, clock), forwarder, CancellationToken.None);
    }

    private sealed class ThrowingStage : IPipelineStage
    {
        public StageName Stage => StageName.ScreenIn;

        public ValueTask InvokeAsync(ActionContext context, CancellationToken cancellationToken) => throw new InvalidOperationException("secret detail");
    }

    /// <summary>The three store interfaces over lists and dictionaries, with a switch to make writes fail.</summary>
    private sealed class MemoryStore : ICredentialStore, IAgentStateStore, IActionRecorder
    {
        private readonly Dictionary<string, (TokenRecord Record, byte[] Hash)> tokens = [];

        public Dictionary<string, AgentState> States { get; } = [];

        public List<ActionRecord> Records { get; } = [];

        public bool FailWrites { get; set; }

        public ValueTask<TokenRecord?> FindByHashAsync(byte[] hash, CancellationToken cancellationToken) =>
            ValueTask.FromResult<TokenRecord?>(tokens.Values.FirstOrDefault(t => t.Hash.AsSpan().SequenceEqual(hash)).Record);

        public Task AddAsync(TokenRecord record, byte[] hash, CancellationToken cancellationToken)
        {
            tokens[record.Id] = (record, hash);
            return Task.CompletedTask;
        }

        public Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
        {
            if (!tokens.TryGetValue(id, out var token) || token.Record.RevokedAt is not null)
            {
                return Task.FromResult(false);
            }

            tokens[id] = (token.Record with { RevokedAt = at }, token.Hash);
            return Task.FromResult(true);
        }

        public Task<IReadOnlyList<TokenRecord>> ListAsync(string? subject, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<TokenRecord>>([.. tokens.Values.Select(t => t.Record).Where(r => subject is null || r.Subject == subject)]);

        public ValueTask<AgentState?> GetAsync(string agent, CancellationToken cancellationToken) => ValueTask.FromResult(States.GetValueOrDefault(agent));

        public Task SetAsync(AgentState state, CancellationToken cancellationToken)
        {
            States[state.Agent] = state;
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<AgentState>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<AgentState>>([.. States.Values]);

        public ValueTask RecordAsync(ActionRecord record, CancellationToken cancellationToken)
        {
            if (FailWrites)
            {
                throw new IOException("disk full");
            }

            Records.Add(record);
            return ValueTask.CompletedTask;
        }

        public Task<IReadOnlyList<ActionRecord>> QueryAsync(ActionQuery query, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ActionRecord>>(Records);
    }
}
