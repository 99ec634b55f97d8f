using System.Text.Json;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;

namespace Custos.Core.Authorization;

/// <summary>The question put to the policy engine: may this agent take this action on this resource, here and now.</summary>
public sealed record AuthorizationRequest(AgentDefinition Principal, string Action, ResourceName Resource, JsonElement? Context)
{
    /// <summary>When the action happens (policy may depend on time); the pipeline sets it from its clock.</summary>
    public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>How the action reached Custos.</summary>
    public ActionChannel Channel { get; init; } = ActionChannel.AuthorizeApi;

    /// <summary>What the agent has spent today (UTC) in US dollars, for <c>context.spendTodayUsd</c>.</summary>
    public decimal SpendTodayUsd { get; init; }

    /// <summary>
    /// What the detectors found in <see cref="Context"/>; null means not screened yet, and the authorizer screens
    /// it. The authorize stage passes the findings it computed, which the screen-in stage then acts on.
    /// </summary>
    public IReadOnlyList<Screening.ScreeningFinding>? Findings { get; init; }
}
