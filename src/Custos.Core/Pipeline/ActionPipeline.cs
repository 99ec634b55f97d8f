using System.Diagnostics;
using Custos.Core.Configuration;
using Custos.Core.Telemetry;
using Microsoft.Extensions.Logging;

namespace Custos.Core.Pipeline;

/// <summary>
/// Runs every agent action through the stages in their fixed order, then records it. An action whose record
/// cannot be written fails and its result is withheld (fail closed).
/// </summary>
public sealed partial class ActionPipeline
{
    private static readonly StageName[] Required = [StageName.Authenticate, StageName.Contain, StageName.Authorize, StageName.Record];

    private readonly IPipelineStage[] stages;
    private readonly IPipelineStage[] recorders;

    /// <summary>The stages <see cref="AdmitAsync"/> and <see cref="CheckAsync"/> run, picked once (MCP admits every request).</summary>
    private readonly IPipelineStage[] admitStages;
    private readonly IPipelineStage[] checkStages;
    private readonly IConfigSource config;
    private readonly TimeProvider clock;
    private readonly ILogger<ActionPipeline> logger;

    public ActionPipeline(IEnumerable<IPipelineStage> stages, IConfigSource config, TimeProvider clock, ILogger<ActionPipeline> logger)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var all = stages.OrderBy(s => s.Stage).ToArray();
        foreach (var required in Required)
        {
            if (!all.Any(s => s.Stage == required))
            {
                throw new InvalidOperationException($"the pipeline has no {required} stage; Custos will not run without it");
            }
        }

        this.stages = all.Where(s => s.Stage != StageName.Record).ToArray();
        recorders = all.Where(s => s.Stage == StageName.Record).ToArray();
        admitStages = Array.FindAll(this.stages, s => s.Stage is StageName.Authenticate or StageName.Contain);
        checkStages = Array.FindAll(this.stages, s => s.Stage is StageName.Authenticate or StageName.Contain or StageName.Authorize);
        this.config = config;
        this.clock = clock;
        this.logger = logger;
    }

    public IConfigSource ConfigSource => config;

    /// <summary>Runs an action through every stage. Never throws for a refused or failed action: read the outcome.</summary>
    public async ValueTask<ActionContext> RunAsync(AgentAction action, Func<ActionContext, CancellationToken, ValueTask>? forwarder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var context = new ActionContext(action, config.Current) { Forwarder = forwarder };
        using var activity = CustosTelemetry.ActivitySource.StartActivity("custos.action");
        activity?.SetTag("custos.action.id", action.Id);
        activity?.SetTag("custos.action", action.Action);
        var started = clock.GetTimestamp();
        await RunStagesAsync(context, stages, cancellationToken);
        if (context.Outcome == ActionOutcome.Pending)
        {
            context.Outcome = ActionOutcome.Success;
        }

        context.Elapsed = clock.GetElapsedTime(started);
        await RecordAsync(context);
        context.Elapsed = clock.GetElapsedTime(started);
        Observe(context, activity);
        Log(context);
        return context;
    }

    /// <summary>
    /// Admits a caller before it names an action: runs authenticate and contain only. Protocol adapters whose
    /// sessions carry many requests (the MCP endpoint) use it to learn the agent; each real action still goes
    /// through <see cref="RunAsync"/>. A refused admission is recorded like any refused action (fail closed: if
    /// it cannot be recorded the outcome says so); an admitted one is not, as nothing happened yet.
    /// </summary>
    public async ValueTask<ActionContext> AdmitAsync(AgentAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var context = new ActionContext(action, config.Current);
        var started = clock.GetTimestamp();
        await RunStagesAsync(context, admitStages, cancellationToken);
        if (!context.IsDenied)
        {
            context.Outcome = ActionOutcome.Success;
            return context;
        }

        context.Elapsed = clock.GetElapsedTime(started);
        await RecordAsync(context);
        Log(context);
        return context;
    }

    /// <summary>
    /// What-if: runs contain, authorize and screen-in for a named agent without a credential, approval, forwarding or recording.
    /// For operators asking "would this be allowed", never for agents' own actions.
    /// </summary>
    public async ValueTask<ActionContext> PreviewAsync(string agentName, string action, string resource, System.Text.Json.JsonElement? actionContext, CancellationToken cancellationToken)
    {
        var snapshot = config.Current;
        var context = new ActionContext(AgentAction.Create(ActionChannel.Cli, null, action, resource, actionContext, clock), snapshot);
        context.Agent = snapshot.FindAgent(agentName);
        if (context.Agent is null)
        {
            context.Deny(StageName.Authenticate, $"agent '{agentName}' is not defined in custos.yaml");
            return context;
        }

        await RunStagesAsync(context, Array.FindAll(stages, s => s.Stage is StageName.Contain or StageName.Authorize or StageName.ScreenIn), cancellationToken);
        if (context.Outcome == ActionOutcome.Pending)
        {
            context.Outcome = ActionOutcome.Success;
        }

        return context;
    }

    /// <summary>
    /// Authenticates, contains and authorizes an agent's action without forwarding or recording it: for what an
    /// agent may see (the models or tools it is offered), never for doing anything.
    /// </summary>
    public async ValueTask<ActionContext> CheckAsync(AgentAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var context = new ActionContext(action, config.Current);
        await RunStagesAsync(context, checkStages, cancellationToken);
        if (context.Outcome == ActionOutcome.Pending)
        {
            context.Outcome = ActionOutcome.Success;
        }

        return context;
    }

    private async ValueTask RunStagesAsync(ActionContext context, IPipelineStage[] toRun, CancellationToken cancellationToken)
    {
        var current = StageName.Authenticate;
        try
        {
            foreach (var stage in toRun)
            {
                if (context.IsDenied)
                {
                    break;
                }

                current = stage.Stage;
                if (!CustosTelemetry.StageDuration.Enabled)
                {
                    await stage.InvokeAsync(context, cancellationToken);
                    continue;
                }

                var started = clock.GetTimestamp();
                await stage.InvokeAsync(context, cancellationToken);
                CustosTelemetry.StageDuration.Record(clock.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("custos.stage", stage.GetType().Name));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.Fail(current, "the action was cancelled before it completed");
            context.Result = null;
        }
        catch (Exception ex)
        {
            LogStageFailed(logger, ex, current, context.Action.Id);
            context.Fail(current, $"Custos could not complete the {current} stage; the action was stopped (see the server log for action {context.Action.Id})");
            context.Result = null;
        }
    }

    private async ValueTask RecordAsync(ActionContext context)
    {
        try
        {
            foreach (var recorder in recorders)
            {
                // Recording is not cancelled with the caller: an action that was decided is always written.
                if (!CustosTelemetry.StageDuration.Enabled)
                {
                    await recorder.InvokeAsync(context, CancellationToken.None);
                    continue;
                }

                var started = clock.GetTimestamp();
                await recorder.InvokeAsync(context, CancellationToken.None);
                CustosTelemetry.StageDuration.Record(clock.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("custos.stage", recorder.GetType().Name));
            }
        }
        catch (Exception ex)
        {
            LogRecordFailed(logger, ex, context.Action.Id);
            context.Recorded = false;
        }

        if (!context.Recorded)
        {
            context.Fail(StageName.Record, "the action could not be written to the audit trail, so it was refused (fail closed)");
            context.Result = null;
        }
    }

    private static void Observe(ActionContext context, Activity? activity)
    {
        var decision = context.Decision?.IsAllowed == true && context.Outcome == ActionOutcome.Success ? "allow" : "deny";
        var tags = new TagList
        {
            { "custos.channel", context.Action.Channel.ToString() },
            { "custos.decision", decision },
            { "custos.outcome", context.Outcome.ToString() },
            { "custos.stopped_at", context.StoppedAt?.ToString() ?? "none" },
        };
        CustosTelemetry.Actions.Add(1, tags);
        CustosTelemetry.ActionDuration.Record(context.Elapsed.TotalSeconds, tags);
        activity?.SetTag("custos.decision", decision);
        activity?.SetTag("custos.agent", context.Agent?.Name);
    }

    private void Log(ActionContext context)
    {
        if (context.Outcome == ActionOutcome.Success && !logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        // Only validated values reach the log: the request's own strings could carry line breaks or worse.
        var agent = context.Agent?.Name ?? Storage.ActionRecord.Unauthenticated;
        var verb = Authorization.ActionKinds.IsKnown(context.Action.Action) ? context.Action.Action : "(unknown action)";
        var resource = context.Resource?.ToString() ?? (ResourceName.TryParse(context.Action.Resource, out var parsed, out _) ? parsed.ToString() : "(invalid resource)");
        switch (context.Outcome)
        {
            case ActionOutcome.Success:
                LogAllowed(logger, context.Action.Id, agent, verb, resource);
                break;
            case ActionOutcome.Failure:
                LogFailed(logger, context.Action.Id, agent, verb, resource, context.StoppedAt);
                break;
            default:
                LogDenied(logger, context.Action.Id, agent, verb, resource, context.StoppedAt);
                break;
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Allowed {ActionId}: {Agent} {Verb} {Resource}")]
    private static partial void LogAllowed(ILogger logger, Guid actionId, string agent, string verb, string resource);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Denied {ActionId}: {Agent} {Verb} {Resource} at {Stage}")]
    private static partial void LogDenied(ILogger logger, Guid actionId, string agent, string verb, string resource, StageName? stage);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "Failed {ActionId}: {Agent} {Verb} {Resource} at {Stage}")]
    private static partial void LogFailed(ILogger logger, Guid actionId, string agent, string verb, string resource, StageName? stage);

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Stage {Stage} failed for action {ActionId}")]
    private static partial void LogStageFailed(ILogger logger, Exception exception, StageName stage, Guid actionId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Critical, Message = "Action {ActionId} could not be recorded; refused")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, Guid actionId);
}
