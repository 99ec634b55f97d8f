namespace Custos.Core.Approvals;

/// <summary>
/// The approval queue, persisted so an operator's CLI (another process) and the server see the same requests.
/// </summary>
public interface IApprovalStore
{
    Task AddAsync(ApprovalRequest request, CancellationToken cancellationToken);

    Task<ApprovalRequest?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Requests newest first; only those in <paramref name="status"/> when given. Pending ones past their time show as expired.</summary>
    Task<IReadOnlyList<ApprovalRequest>> ListAsync(ApprovalStatus? status, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a pending request to <paramref name="status"/>; false when it was not pending (decided, expired or
    /// cancelled already), so exactly one answer wins.
    /// </summary>
    Task<bool> TryDecideAsync(string id, ApprovalStatus status, string decidedBy, string? reason, DateTimeOffset at, CancellationToken cancellationToken);
}
