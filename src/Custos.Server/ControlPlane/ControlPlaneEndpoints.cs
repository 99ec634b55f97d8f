using System.Globalization;
using System.Text.Json;
using Custos.Core.Agents;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Gateway.Authorize;
using Custos.Gateway.Http;
using Custos.Server.Workspaces;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Custos.Server.ControlPlane;

/// <summary>
/// The control-plane API under <c>/api</c>. An operator calls it with an admin token. An agent may call it
/// with its own token, and then the call is an agent action like any other: it passes the pipeline (so the
/// security agent may halt another agent only because a grant lets it) and is recorded.
/// </summary>
public static class ControlPlaneEndpoints
{
    public static RouteGroupBuilder MapControlPlane(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("control-plane");
        api.MapGet("/agents", ListAgentsAsync)
            .WithName("ListAgents").WithSummary("List agents with their containment status")
            .Produces<List<AgentView>>().ProducesProblem(401).ProducesProblem(403);
        api.MapGet("/agents/{name}", GetAgentAsync)
            .WithName("GetAgent").WithSummary("One agent with its containment status")
            .Produces<AgentView>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapPost("/agents/{name}/halt", (HttpContext http, Workspace ws, string name, CancellationToken ct) => ChangeAsync(http, ws, name, AgentStatus.Halted, ct))
            .WithName("HaltAgent").WithSummary("Halt an agent: nothing it asks for passes until it is resumed")
            .Accepts<StatusChangeRequest>("application/json").Produces<AgentView>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapPost("/agents/{name}/quarantine", (HttpContext http, Workspace ws, string name, CancellationToken ct) => ChangeAsync(http, ws, name, AgentStatus.Quarantined, ct))
            .WithName("QuarantineAgent").WithSummary("Quarantine an agent: only read-only actions pass")
            .Accepts<StatusChangeRequest>("application/json").Produces<AgentView>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapPost("/agents/{name}/resume", (HttpContext http, Workspace ws, string name, CancellationToken ct) => ChangeAsync(http, ws, name, AgentStatus.Active, ct))
            .WithName("ResumeAgent").WithSummary("Resume a halted or quarantined agent")
            .Accepts<StatusChangeRequest>("application/json").Produces<AgentView>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapGet("/decisions", QueryDecisionsAsync)
            .WithName("QueryDecisions").WithSummary("Recorded actions, newest first")
            .Produces<List<DecisionView>>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);
        api.MapGet("/ledger/checkpoint", GetCheckpointAsync)
            .WithName("GetLedgerCheckpoint").WithSummary("The audit ledger's newest signed checkpoint (C2SP tlog-checkpoint in a signed note)")
            .Produces<string>(200, "text/plain").ProducesProblem(401).ProducesProblem(403);
        api.MapPost("/dsr/erase", EraseSubjectAsync)
            .WithName("EraseDataSubject").WithSummary("Erase a data subject's key: the personal data of every recorded action about the subject becomes unreadable (operators only)")
            .Accepts<ErasureRequest>("application/json").Produces<ErasureView>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapApprovals();
        return api;
    }

    private static Task<IResult> ListAgentsAsync(HttpContext http, Workspace ws, CancellationToken ct) =>
        AsCallerAsync(http, ws, "list", BuiltInSystem.AgentsTool, null, async (_, token) =>
        {
            var states = (await ((IAgentStateStore)ws.Store).ListAsync(token)).ToDictionary(s => s.Agent, StringComparer.Ordinal);
            var views = ws.Config.Agents.Select(a => AgentView.From(a, states.GetValueOrDefault(a.Name))).ToList();
            return TypedResults.Json(views, ServerJsonContext.Readable.ListAgentView);
        }, ct);

    private static Task<IResult> GetAgentAsync(HttpContext http, Workspace ws, string name, CancellationToken ct) =>
        AsCallerAsync(http, ws, "read", BuiltInSystem.AgentsTool, Target(name, null), async (_, token) =>
            ws.Config.FindAgent(name) is { } agent
                ? TypedResults.Json(AgentView.From(agent, await ws.Store.GetAsync(name, token)), ServerJsonContext.Readable.AgentView)
                : UnknownAgent(ws, name), ct);

    private static async Task<IResult> ChangeAsync(HttpContext http, Workspace ws, string name, AgentStatus status, CancellationToken ct)
    {
        string? reason = null;
        if (http.Request.ContentLength > 0 || http.Request.ContentType is not null)
        {
            var (document, problem) = await JsonBody.ReadAsync(http.Request, 4096, ct);
            if (problem is not null)
            {
                return problem;
            }

            using (document)
            {
                var errors = new List<FieldError>();
                reason = ReadReason(document!.RootElement, errors);
                if (errors.Count > 0)
                {
                    return Problems.Create(StatusCodes.Status400BadRequest, "Invalid request", errors[0].Message, errors: errors);
                }
            }
        }

        var verb = AgentControl.VerbFor(status);
        AgentState? deferred = null;
        var result = await AsCallerAsync(http, ws, verb, BuiltInSystem.AgentsTool, Target(name, reason), async (caller, token) =>
        {
            // Looked up only after the caller is authenticated, so agent names are not disclosed to strangers.
            if (ws.Config.FindAgent(name) is not { } agent)
            {
                return UnknownAgent(ws, name);
            }

            AgentState state;
            if (caller.IsOperator)
            {
                state = await ws.Control.ChangeAsync(agent, status, reason, caller.Name, ActionChannel.ControlPlane, token);
            }
            else
            {
                // An agent's change is recorded by the pipeline as that agent's action. A restriction applies at
                // once (the safe direction); lifting one waits until the record is durable (fail closed).
                state = new AgentState(name, status, reason, ws.Clock.GetUtcNow(), caller.Name);
                if (status == AgentStatus.Active)
                {
                    deferred = state;
                }
                else
                {
                    await ws.Store.SetAsync(state, token);
                }
            }

            return TypedResults.Json(AgentView.From(agent, state), ServerJsonContext.Readable.AgentView);
        }, ct);

        if (deferred is not null && result is IStatusCodeHttpResult { StatusCode: null or StatusCodes.Status200OK })
        {
            await ws.Store.SetAsync(deferred, ct);
        }

        return result;
    }

    private static async Task<IResult> QueryDecisionsAsync(HttpContext http, Workspace ws, string? agent, string? outcome, string? since, string? limit, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        ActionOutcome? parsedOutcome = null;
        if (outcome is not null)
        {
            if (Enum.TryParse<ActionOutcome>(outcome, ignoreCase: true, out var o) && o != ActionOutcome.Pending && !int.TryParse(outcome, out _))
            {
                parsedOutcome = o;
            }
            else
            {
                errors.Add(new FieldError("outcome", "outcome must be one of: success, denied, failure, escalation"));
            }
        }

        DateTimeOffset? parsedSince = null;
        if (since is not null)
        {
            if (DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var s))
            {
                parsedSince = s;
            }
            else
            {
                errors.Add(new FieldError("since", "since must be an ISO 8601 time such as 2026-11-24T09:00:00Z"));
            }
        }

        var count = 100;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > 1000))
        {
            errors.Add(new FieldError("limit", "limit must be a whole number between 1 and 1000"));
        }

        if (errors.Count > 0)
        {
            return Problems.Create(StatusCodes.Status400BadRequest, "Invalid query", errors[0].Message, errors: errors);
        }

        return await AsCallerAsync(http, ws, "read", BuiltInSystem.AuditTool, null, async (_, token) =>
        {
            var records = await ws.Store.QueryAsync(new ActionQuery(agent, parsedOutcome, parsedSince, null, count), token);
            return TypedResults.Json(records.Select(DecisionView.From).ToList(), ServerJsonContext.Readable.ListDecisionView);
        }, ct);
    }

    private static Task<IResult> GetCheckpointAsync(HttpContext http, Workspace ws, CancellationToken ct) =>
        AsCallerAsync(http, ws, "read", BuiltInSystem.AuditTool, null, async (_, token) =>
        {
            var checkpoint = ws.Store.Ledger.LatestCheckpoint ?? await ws.Store.Ledger.CheckpointAsync(token);
            return checkpoint is null
                ? Problems.Create(StatusCodes.Status503ServiceUnavailable, "No checkpoint", "the ledger has not signed a checkpoint yet; try again in a few seconds")
                : TypedResults.Text(checkpoint.Note, "text/plain; charset=utf-8");
        }, ct);
    private static async Task<IResult> EraseSubjectAsync(HttpContext http, Workspace ws, CancellationToken ct)
    {
        var (document, problem) = await JsonBody.ReadAsync(http.Request, 4096, ct);
        if (problem is not null)
        {
            return problem;
        }

        ErasureRequest? request;
        using (document)
        {
            var errors = new List<FieldError>();
            request = ErasureRequest.TryRead(document!.RootElement, errors);
            if (request is null)
            {
                return Problems.Create(StatusCodes.Status400BadRequest, "Invalid request", errors[0].Message, errors: errors);
            }
        }

        // The subject's identity is not the action's context: the audit trail must not keep it, not even as a digest.
        return await AsCallerAsync(http, ws, "delete", BuiltInSystem.AuditTool, null, async (caller, token) =>
        {
            if (!caller.IsOperator)
            {
                return Problems.Create(StatusCodes.Status403Forbidden, "Denied", "only an operator (an admin token) may erase a data subject");
            }

            var erasure = await DataSubjectErasure.EraseAsync(ws, request.Subject, request.Reason, caller.Name, ActionChannel.ControlPlane, token);
            return erasure is null
                ? Problems.Create(StatusCodes.Status404NotFound, "Unknown data subject", "no data subject by that name has a key: it was never named in a recorded action, or it was erased already")
                : TypedResults.Json(new ErasureView(erasure.Ref, erasure.ErasedAt, erasure.Purged), ServerJsonContext.Readable.ErasureView);
        }, ct);
    }

    /// <summary>
    /// Runs <paramref name="operation"/> for an operator (admin token) directly, or for an agent through the
    /// pipeline as action <paramref name="verb"/> on <c>custos.TOOL</c>, where it becomes the forward stage.
    /// </summary>
    private static async Task<IResult> AsCallerAsync(HttpContext http, Workspace ws, string verb, string tool, JsonElement? actionContext, Func<Caller, CancellationToken, Task<IResult>> operation, CancellationToken ct)
    {
        var throttle = http.RequestServices.GetRequiredService<AuthenticationThrottle>();
        if (throttle.Refuse(http) is { } refused)
        {
            return refused;
        }

        var token = BearerToken.Read(http.Request);
        if (token is null)
        {
            http.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
            return Problems.Create(StatusCodes.Status401Unauthorized, "Not authenticated",
                "send an admin token ('custos admin token issue') or an agent token as 'Authorization: Bearer cst_…'");
        }

        if (await ws.Tokens.VerifyAdminAsync(token, ct) is { } admin)
        {
            var caller = new Caller($"operator:{admin.Id}", IsOperator: true);
            if (tool == BuiltInSystem.AuditTool)
            {
                // Who read the audit trail is itself audit data (SOC 2 CC7.2): record the read first, or refuse it.
                try
                {
                    await ws.Store.RecordAsync(
                        ActionRecord.ForEvent(ws.Clock.GetUtcNow(), ActionChannel.ControlPlane, caller.Name, verb, $"{BuiltInSystem.Name}.{tool}", $"{caller.Name} read the audit trail ({http.Request.Path})") with { Origin = ClientAddress.Of(http) },
                        ct);
                }
                catch (Exception ex) when (ex is Storage.Sqlite.StoreWriteException or InvalidOperationException)
                {
                    return Problems.Create(StatusCodes.Status503ServiceUnavailable, "Not recorded",
                        "the read could not be written to the audit trail, so it was refused (fail closed); check the server log and the data directory's disk");
                }
            }

            return await operation(caller, ct);
        }

        var action = AgentAction.Create(ActionChannel.ControlPlane, new AgentCredential(token), verb, $"{BuiltInSystem.Name}.{tool}", actionContext, ws.Clock, ClientAddress.Of(http));
        var context = await ws.Pipeline.RunAsync(action, async (ctx, innerCt) => ctx.Result = await operation(new Caller(ctx.Agent!.Name, IsOperator: false), innerCt), ct);
        await throttle.ObserveAsync(http, context, ws.Store, ct);
        if (context.Outcome == ActionOutcome.Success && context.Result is IResult result)
        {
            return result;
        }

        if (context.StoppedAt is StageName.Contain or StageName.Authorize)
        {
            return Problems.Create(StatusCodes.Status403Forbidden, "Denied", string.Join("; ", context.Reasons), context.Action.Id);
        }

        return AuthorizeEndpoint.Answer(http, context);
    }

    private static JsonElement Target(string agent, string? reason)
    {
        var values = new Dictionary<string, string?> { ["target"] = agent };
        if (reason is not null)
        {
            values["reason"] = reason;
        }

        return JsonSerializer.SerializeToElement(values);
    }

    internal static string? ReadReason(JsonElement root, List<FieldError> errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("$", "the body must be a JSON object such as {\"reason\": \"unexpected data export\"}"));
            return null;
        }

        string? reason = null;
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name != "reason")
            {
                errors.Add(new FieldError("$." + (property.Name.Length > 40 ? property.Name[..40] : property.Name), "unknown field; the only field is 'reason'"));
            }
            else if (JsonBody.TextOf(property.Value) is { Length: <= 500 } text)
            {
                reason = text;
            }
            else if (property.Value.ValueKind != JsonValueKind.Null)
            {
                errors.Add(new FieldError("$.reason", "reason must be a string of at most 500 characters"));
            }
        }

        return reason;
    }

    private static IResult UnknownAgent(Workspace ws, string name) =>
        Problems.Create(StatusCodes.Status404NotFound, "Unknown agent",
            $"no agent named '{(name.Length > 64 ? name[..64] : name)}' is defined in custos.yaml; agents are: {string.Join(", ", ws.Config.Agents.Select(a => a.Name))}");

    private readonly record struct Caller(string Name, bool IsOperator);
}
