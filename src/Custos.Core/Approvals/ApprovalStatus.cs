namespace Custos.Core.Approvals;

/// <summary>Where an approval request stands. Only a pending one can change, and only once.</summary>
public enum ApprovalStatus
{
    Pending,
    Approved,
    Denied,

    /// <summary>No one answered within <c>approvals.timeout</c>; the action was denied.</summary>
    Expired,

    /// <summary>The waiting call ended first: the agent cancelled it, or was halted.</summary>
    Cancelled,
}
