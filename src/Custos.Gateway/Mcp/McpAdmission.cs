using System.Text.Json;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Gateway.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Custos.Gateway.Mcp;

/// <summary>
/// Admits every request to the MCP endpoint before the MCP SDK sees it: the bearer token must be an agent's
/// Custos token (the authenticate stage) and the agent must not be halted (the contain stage). A refused
/// request is recorded and answered with a JSON-RPC error (401 for a bad token, 403 for a halted agent, 429
/// for an address that failed too often); an admitted one runs as an <see cref="AgentPrincipal"/> and is
/// tracked so a halt can close it.
/// </summary>
public sealed class McpAdmission(RequestDelegate next)
{
    /// <summary>The resource refused admissions are recorded under.</summary>
    public const string Resource = "custos.mcp";

    public const string SessionHeader = "Mcp-Session-Id";

    public async Task InvokeAsync(HttpContext http, ActionPipeline pipeline, AuthenticationThrottle throttle, IActionRecorder recorder, AgentActivity activity, McpLeanToolCall lean, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(throttle);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(lean);
        if (throttle.Refuse(http) is { } refused)
        {
            await refused.ExecuteAsync(http);
            return;
        }

        var token = BearerToken.Read(http.Request);
        var credential = token is null ? null : new AgentCredential(token);
        var origin = ClientAddress.Of(http);

        // Admission asks for a read-only verb: a quarantined agent may still list; its calls are judged one by one.
        var action = AgentAction.Create(ActionChannel.Mcp, credential, "list", Resource, null, clock, origin);
        var context = await pipeline.AdmitAsync(action, http.RequestAborted);
        if (context.IsDenied)
        {
            await throttle.ObserveAsync(http, context, recorder, http.RequestAborted);
            var status = context.StoppedAt == StageName.Authenticate ? StatusCodes.Status401Unauthorized
                : context.Outcome == ActionOutcome.Failure ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status403Forbidden;
            if (status == StatusCodes.Status401Unauthorized)
            {
                http.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer error=\"invalid_token\"";
            }

            await WriteErrorAsync(http, status, -32001, $"Custos refused the request: {string.Join("; ", context.Reasons)} (action {action.Id})");
            return;
        }

        var agent = context.Agent!.Name;
        var session = http.Request.Headers[SessionHeader].ToString();
        if (session.Length > 0 && activity.IsClosed(session))
        {
            await WriteErrorAsync(http, StatusCodes.Status404NotFound, -32001, "Session not found: Custos closed it when the agent was halted; start a new session");
            return;
        }

        var principal = new AgentPrincipal(agent, credential!, origin);
        http.User = principal;
        using (activity.TrackRequest(agent, http))
        {
            // The lean path serves only stateless calls, which open no session; it answers without the SDK.
            if (!await lean.TryServeAsync(http, principal))
            {
                http.Response.OnStarting(NoteSessionOpened, new OpeningRequest(http, activity, agent));
                await next(http);
            }
        }
    }

    private sealed record OpeningRequest(HttpContext Http, AgentActivity Activity, string Agent);

    private static Task NoteSessionOpened(object state)
    {
        var (http, activity, agent) = (OpeningRequest)state;
        if (http.Response.Headers[SessionHeader].ToString() is { Length: > 0 } opened)
        {
            activity.SessionOpened(agent, opened);
        }

        return Task.CompletedTask;
    }

    /// <summary>A JSON-RPC error response with a null id, as the MCP transport answers requests it cannot take.</summary>
    public static async Task WriteErrorAsync(HttpContext http, int status, int code, string message)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(http.Response.Body);
        writer.WriteStartObject();
        writer.WriteString("jsonrpc", "2.0");
        writer.WriteNull("id");
        writer.WriteStartObject("error");
        writer.WriteNumber("code", code);
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(http.RequestAborted);
    }
}
