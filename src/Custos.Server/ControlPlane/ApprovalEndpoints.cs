using Custos.Core.Approvals;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Gateway.Http;
using Custos.Server.Workspaces;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Custos.Server.ControlPlane;

/// <summary>
/// <c>/api/approvals</c>: the actions waiting for a person, and operators' answers. Operators only (an admin
/// token): an agent never approves actions, its own or another's. Every answer is recorded with who gave it.
/// </summary>
public static class ApprovalEndpoints
{
    public static void MapApprovals(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/approvals", ListAsync)
            .WithName("ListApprovals").WithSummary("Approval requests, newest first (pending ones unless status says otherwise)")
            .Produces<List<ApprovalView>>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);
        api.MapGet("/approvals/{id}", GetAsync)
            .WithName("GetApproval").WithSummary("One approval request")
            .Produces<ApprovalView>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapPost("/approvals/{id}/approve", (HttpContext http, Workspace ws, string id, CancellationToken ct) => DecideAsync(http, ws, id, approve: true, ct))
            .WithName("Approve").WithSummary("Approve a waiting action: it goes on at once")
            .Accepts<StatusChangeRequest>("application/json").Produces<ApprovalView>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        api.MapPost("/approvals/{id}/deny", (HttpContext http, Workspace ws, string id, CancellationToken ct) => DecideAsync(http, ws, id, approve: false, ct))
            .WithName("DenyApproval").WithSummary("Deny a waiting action")
            .Accepts<StatusChangeRequest>("application/json").Produces<ApprovalView>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }

    private static async Task<IResult> ListAsync(HttpContext http, Workspace ws, string? status, string? limit, CancellationToken ct)
    {
        if (await OperatorAsync(http, ws, "list", ct) is { Problem: { } problem })
        {
            return problem;
        }

        ApprovalStatus? filter = ApprovalStatus.Pending;
        if (status is not null)
        {
            if (status == "all")
            {
                filter = null;
            }
            else if (Enum.TryParse<ApprovalStatus>(status, ignoreCase: true, out var parsed) && !int.TryParse(status, out _))
            {
                filter = parsed;
            }
            else
            {
                return Problems.Create(StatusCodes.Status400BadRequest, "Invalid query", "status must be one of: pending, approved, denied, expired, cancelled, all",
                    errors: [new FieldError("status", "status must be one of: pending, approved, denied, expired, cancelled, all")]);
            }
        }

        var count = 100;
        if (limit is not null && (!int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count) || count is < 1 or > 1000))
        {
            return Problems.Create(StatusCodes.Status400BadRequest, "Invalid query", "limit must be a whole number between 1 and 1000",
                errors: [new FieldError("limit", "limit must be a whole number between 1 and 1000")]);
        }

        var requests = await ws.Approvals.Store.ListAsync(filter, count, ct);
        return TypedResults.Json(requests.Select(ApprovalView.From).ToList(), ServerJsonContext.Readable.ListApprovalView);
    }

    private static async Task<IResult> GetAsync(HttpContext http, Workspace ws, string id, CancellationToken ct)
    {
        if (await OperatorAsync(http, ws, "read", ct) is { Problem: { } problem })
        {
            return problem;
        }

        return ApprovalRequest.IsWellFormedId(id) && await ws.Approvals.Store.FindAsync(id, ct) is { } request
            ? TypedResults.Json(ApprovalView.From(request), ServerJsonContext.Readable.ApprovalView)
            : Unknown(id);
    }

    private static async Task<IResult> DecideAsync(HttpContext http, Workspace ws, string id, bool approve, CancellationToken ct)
    {
        string? reason = null;
        if (http.Request.ContentLength > 0 || http.Request.ContentType is not null)
        {
            var (document, bodyProblem) = await JsonBody.ReadAsync(http.Request, 4096, ct);
            if (bodyProblem is not null)
            {
                return bodyProblem;
            }

            using (document)
            {
                var errors = new List<FieldError>();
                reason = ControlPlaneEndpoints.ReadReason(document!.RootElement, errors);
                if (errors.Count > 0)
                {
                    return Problems.Create(StatusCodes.Status400BadRequest, "Invalid request", errors[0].Message, errors: errors);
                }
            }
        }

        var caller = await OperatorAsync(http, ws, approve ? "approve" : "deny", ct);
        if (caller.Problem is { } problem)
        {
            return problem;
        }

        if (!ApprovalRequest.IsWellFormedId(id))
        {
            return Unknown(id);
        }

        try
        {
            var (request, applied) = await ws.Approvals.DecideAsync(id, approve, caller.Name!, reason, ActionChannel.ControlPlane, ct);
            if (request is null)
            {
                return Unknown(id);
            }

            return applied
                ? TypedResults.Json(ApprovalView.From(request), ServerJsonContext.Readable.ApprovalView)
                : Problems.Create(StatusCodes.Status409Conflict, "Not pending", ApprovalView.NotPending(request));
        }
        catch (Exception ex) when (ex is Storage.Sqlite.StoreWriteException or InvalidOperationException)
        {
            return Problems.Create(StatusCodes.Status503ServiceUnavailable, "Not recorded",
                "the answer could not be written to the audit trail, so it was not applied (fail closed); check the server log and the data directory's disk");
        }
    }

    /// <summary>The operator behind the request's admin token, or the problem to answer with (recorded when a token was refused).</summary>
    private static async Task<(string? Name, IResult? Problem)> OperatorAsync(HttpContext http, Workspace ws, string verb, CancellationToken ct)
    {
        var throttle = http.RequestServices.GetRequiredService<AuthenticationThrottle>();
        if (throttle.Refuse(http) is { } refused)
        {
            return (null, refused);
        }

        var token = BearerToken.Read(http.Request);
        if (token is null)
        {
            http.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
            return (null, Problems.Create(StatusCodes.Status401Unauthorized, "Not authenticated",
                "send an admin token ('custos admin token issue') as 'Authorization: Bearer cst_…'"));
        }

        if (await ws.Tokens.VerifyAdminAsync(token, ct) is { } admin)
        {
            return ($"operator:{admin.Id}", null);
        }

        // An agent (or a stranger) asking to see or answer approvals is refused, and the refusal is recorded.
        try
        {
            await ws.Store.RecordAsync(
                ActionRecord.ForEvent(ws.Clock.GetUtcNow(), ActionChannel.ControlPlane, ActionRecord.Unauthenticated, verb, $"{BuiltInSystem.Name}.approvals",
                    "refused: approvals are answered with an admin token only", denied: true) with { Origin = ClientAddress.Of(http) },
                ct);
        }
        catch (Exception ex) when (ex is Storage.Sqlite.StoreWriteException or InvalidOperationException)
        {
            // The refusal stands whether or not it could be written.
        }

        return (null, Problems.Create(StatusCodes.Status403Forbidden, "Denied", "only an operator (an admin token, 'custos admin token issue') may see or answer approvals"));
    }

    private static IResult Unknown(string id) =>
        Problems.Create(StatusCodes.Status404NotFound, "Unknown approval",
            $"no approval request '{(id.Length > 40 ? id[..40] : id)}'; ids look like apr_0123456789abcdef ('custos approvals list' shows the pending ones)");
}
