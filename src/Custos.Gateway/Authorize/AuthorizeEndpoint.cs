using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Gateway.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Custos.Gateway.Authorize;

/// <summary>
/// <c>POST /v1/authorize</c>: an agent asks whether it may take an action. The adapter only translates; the
/// pipeline authenticates, contains, screens the context as input, authorizes, waits for approval when policy
/// or screening asks for a person, and records. A deny is a normal answer (200); a bad token is
/// 401; an action that could not be recorded is 503 and counts as refused.
/// </summary>
public static class AuthorizeEndpoint
{
    public const string Path = "/v1/authorize";

    public static RouteHandlerBuilder MapAuthorize(this IEndpointRouteBuilder endpoints)
    {
        return endpoints.MapPost(Path, HandleAsync)
            .WithName("Authorize")
            .WithTags("authorize")
            .WithSummary("Decide whether the calling agent may take an action")
            .Accepts<AuthorizeRequestDocument>("application/json")
            .Produces<AuthorizeResponse>(StatusCodes.Status200OK)
            .ProducesAgentApiProblems();
    }

    private static async Task<IResult> HandleAsync(HttpContext http, ActionPipeline pipeline, AuthenticationThrottle throttle, IActionRecorder recorder, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (throttle.Refuse(http) is { } refused)
        {
            return refused;
        }

        var maxBytes = pipeline.ConfigSource.Current.Server.MaxRequestBytes;
        var (document, problem) = await JsonBody.ReadAsync(http.Request, maxBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        using (document)
        {
            var errors = new List<FieldError>();
            var request = AuthorizeRequest.TryRead(document!.RootElement, errors);
            if (request is null)
            {
                return Problems.Create(StatusCodes.Status400BadRequest, "Invalid request", errors[0].Message, errors: errors);
            }

            var token = BearerToken.Read(http.Request);
            var action = AgentAction.Create(ActionChannel.AuthorizeApi, token is null ? null : new AgentCredential(token), request.Action, request.Resource, request.Context, clock, ClientAddress.Of(http), request.DataSubjects);
            var context = await pipeline.RunAsync(action, forwarder: null, cancellationToken);
            await throttle.ObserveAsync(http, context, recorder, cancellationToken);
            return Answer(http, context);
        }
    }

    /// <summary>Turns a finished pipeline run into the HTTP answer every adapter of the authorize API gives.</summary>
    public static IResult Answer(HttpContext http, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(context);
        var reasons = string.Join("; ", context.Reasons);
        if (context.StoppedAt == StageName.Authenticate)
        {
            http.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer error=\"invalid_token\"";
            return Problems.Create(StatusCodes.Status401Unauthorized, "Not authenticated", reasons, context.Action.Id);
        }

        if (context.Outcome == ActionOutcome.Failure)
        {
            return Problems.Create(StatusCodes.Status503ServiceUnavailable, "Action refused", reasons, context.Action.Id);
        }

        var allowed = context.Outcome == ActionOutcome.Success && context.Decision?.IsAllowed == true;
        return TypedResults.Json(
            new AuthorizeResponse(
                allowed ? "allow" : "deny",
                context.Action.Id.ToString(),
                context.Agent?.Name ?? string.Empty,
                allowed ? context.Decision!.Reasons : context.Reasons,
                context.Decision?.Policies ?? [],
                context.Decision?.Errors ?? [],
                context.Findings.Select(AuthorizeFinding.From).ToList()),
            GatewayJsonContext.Readable.AuthorizeResponse);
    }
}

/// <summary>The request body as the OpenAPI document shows it.</summary>
public sealed record AuthorizeRequestDocument(string Action, string Resource, Dictionary<string, object?>? Context, List<string>? DataSubjects);

/// <summary>The problem answers every agent-facing JSON endpoint of the authorize API can give.</summary>
internal static class AgentApiProblems
{
    /// <summary>400 bad body, 401 unauthenticated, 413 too large, 415 not JSON, 429 throttled, 503 not recorded.</summary>
    public static RouteHandlerBuilder ProducesAgentApiProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
