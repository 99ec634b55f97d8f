using Custos.Gateway.Http;
using Custos.Server.ControlPlane;
using Custos.Server.Workspaces;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Custos.Server.Health;

/// <summary>
/// <c>/healthz</c> says the process is alive; <c>/readyz</c> says it can take actions, which needs the store
/// readable and the audit writer running (an action that cannot be recorded cannot be taken).
/// </summary>
public static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => TypedResults.Json(new HealthView("ok"), ServerJsonContext.Readable.HealthView))
            .WithName("Health").WithTags("health").WithSummary("Liveness");
        endpoints.MapGet("/readyz", async (Workspace ws, CancellationToken ct) =>
            await ws.Store.IsHealthyAsync(ct)
                ? TypedResults.Json(new HealthView("ready", ws.Store.SchemaVersion, Path.GetFileName(ws.Config.SourcePath)), ServerJsonContext.Readable.HealthView)
                : Problems.Create(StatusCodes.Status503ServiceUnavailable, "Not ready", "the store cannot be read or its audit writer has stopped; actions would not be recorded"))
            .WithName("Ready").WithTags("health").WithSummary("Readiness")
            .Produces<HealthView>().ProducesProblem(503);
    }
}
