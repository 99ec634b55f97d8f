using Custos.Core.Approvals;

namespace Custos.Server.ControlPlane;

/// <summary>One approval request as the API and <c>custos approvals list --json</c> show it.</summary>
public sealed record ApprovalView(
    string Id,
    string ActionId,
    string Agent,
    string Action,
    string Resource,
    IReadOnlyList<string> Why,
    string Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset ExpiresAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? Reason)
{
    public static ApprovalView From(ApprovalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Id, request.ActionId.ToString(), request.Agent, request.Action, request.Resource, request.Why,
            request.Status.ToString().ToLowerInvariant(), request.RequestedAt, request.ExpiresAt, request.DecidedBy, request.DecidedAt, request.Reason);
    }

    /// <summary>Why an answer did not count, for a request that is no longer pending.</summary>
    public static string NotPending(ApprovalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Status switch
        {
            ApprovalStatus.Expired => $"approval {request.Id} expired at {request.ExpiresAt:u}; the action was denied and its caller may ask again",
            ApprovalStatus.Cancelled => $"approval {request.Id} was cancelled ({request.Reason ?? "the call ended"}); there is nothing left to answer",
            _ => $"approval {request.Id} was already {request.Status.ToString().ToLowerInvariant()} by {request.DecidedBy} at {request.DecidedAt:u}",
        };
    }
}
