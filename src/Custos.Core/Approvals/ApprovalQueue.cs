using Custos.Core.Agents;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;

namespace Custos.Core.Approvals;

/// <summary>
/// Puts actions before a person and answers them. A waiting call sees an answer within
/// <see cref="PollInterval"/> wherever it was given (at once when given in this process), ends when its caller
/// cancels or its agent is halted, and is denied when no one answers within <c>approvals.timeout</c>.
/// Every request and every answer is recorded in the audit trail, with who answered.
/// </summary>
public sealed class ApprovalQueue(IApprovalStore store, IAgentStateStore states, IActionRecorder recorder, TimeProvider clock, ApprovalSignals signals)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public const string Resource = BuiltInSystem.Name + ".approvals";

    public IApprovalStore Store => store;

    /// <summary>
    /// Queues the action in <paramref name="context"/> and waits for the answer. Returns the request as it
    /// ended: approved, denied, expired or cancelled (halted). Throws <see cref="OperationCanceledException"/>
    /// when <paramref name="cancellationToken"/> ends the wait, after marking the request cancelled.
    /// </summary>
    public async Task<ApprovalRequest> RequestAndWaitAsync(ActionContext context, IReadOnlyList<string> why, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(why);
        var now = clock.GetUtcNow();
        var agent = context.Agent?.Name ?? throw new InvalidOperationException("approval runs after authenticate");
        var request = new ApprovalRequest(
            ApprovalRequest.NewId(),
            context.Action.Id,
            agent,
            Truncate(context.Action.Action, 64),
            Truncate(context.Resource?.ToString() ?? context.Action.Resource, 256),
            why,
            now,
            now + context.Config.Approvals.Timeout);
        var signal = signals.Register(request.Id);
        try
        {
            await store.AddAsync(request, cancellationToken);
            await recorder.RecordAsync(
                ActionRecord.ForEvent(now, context.Action.Channel, agent, "request_approval", Resource,
                    $"{agent} {request.Action} {request.Resource} waits for approval {request.Id} (action {context.Action.Id}): {string.Join("; ", why)}"),
                CancellationToken.None);
            return await WaitAsync(request, signal, cancellationToken);
        }
        finally
        {
            signals.Unregister(request.Id);
        }
    }

    private async Task<ApprovalRequest> WaitAsync(ApprovalRequest request, Task signal, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var remaining = request.ExpiresAt - clock.GetUtcNow();
                if (remaining <= TimeSpan.Zero)
                {
                    if (await EndAsync(request, ApprovalStatus.Expired, "custos", "no one answered in time") is { } expired)
                    {
                        return expired;
                    }

                    continue;
                }

                var delay = Task.Delay(remaining < PollInterval ? remaining : PollInterval, clock, cancellationToken);
                await Task.WhenAny(signal, delay);
                cancellationToken.ThrowIfCancellationRequested();
                var current = await store.FindAsync(request.Id, cancellationToken);
                if (current is null)
                {
                    // Removed under us (the database was changed outside Custos): fail closed.
                    return request with { Status = ApprovalStatus.Denied, DecidedBy = "custos", Reason = "the approval request disappeared from the store" };
                }

                if (current.Status != ApprovalStatus.Pending)
                {
                    return current;
                }

                if (await states.GetAsync(request.Agent, cancellationToken) is { Status: AgentStatus.Halted } halted
                    && await EndAsync(request, ApprovalStatus.Cancelled, halted.ChangedBy, $"{request.Agent} was halted while it waited") is { } cancelled)
                {
                    return cancelled;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await EndAsync(request, ApprovalStatus.Cancelled, request.Agent, "the call was cancelled while it waited");
                throw;
            }
        }
    }

    /// <summary>Ends a pending request (timeout, cancel, halt); null when an answer came first.</summary>
    private async Task<ApprovalRequest?> EndAsync(ApprovalRequest request, ApprovalStatus status, string by, string reason)
    {
        var at = clock.GetUtcNow();
        if (!await store.TryDecideAsync(request.Id, status, by, reason, at, CancellationToken.None))
        {
            return await store.FindAsync(request.Id, CancellationToken.None) is { Status: not ApprovalStatus.Pending } answered ? answered : null;
        }

        await recorder.RecordAsync(
            ActionRecord.ForEvent(at, ActionChannel.ControlPlane, "custos", status == ApprovalStatus.Expired ? "expire_approval" : "cancel_approval", Resource,
                $"approval {request.Id} for {request.Agent} {request.Action} {request.Resource} {(status == ApprovalStatus.Expired ? "expired" : "was cancelled")}: {reason}", denied: true),
            CancellationToken.None);
        return request with { Status = status, DecidedBy = by, DecidedAt = at, Reason = reason };
    }

    /// <summary>
    /// An operator's answer. Recorded first, so an approval that cannot be written does not take effect (fail
    /// closed). Returns the request as it now stands, and whether this answer was the one that counted.
    /// </summary>
    public async Task<(ApprovalRequest? Request, bool Applied)> DecideAsync(string id, bool approve, string decidedBy, string? reason, ActionChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(decidedBy);
        var request = await store.FindAsync(id, cancellationToken);
        if (request is null || request.Status != ApprovalStatus.Pending)
        {
            return (request, false);
        }

        var at = clock.GetUtcNow();
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var verb = approve ? "approved" : "denied";
        await recorder.RecordAsync(
            ActionRecord.ForEvent(at, channel, decidedBy, approve ? "approve" : "deny", Resource,
                $"{decidedBy} {verb} {request.Id}: {request.Agent} {request.Action} {request.Resource} (action {request.ActionId}){(reason is null ? string.Empty : $": {reason}")}",
                denied: !approve),
            cancellationToken);
        var applied = await store.TryDecideAsync(id, approve ? ApprovalStatus.Approved : ApprovalStatus.Denied, decidedBy, reason, at, cancellationToken);
        signals.Signal(id);
        return (await store.FindAsync(id, cancellationToken), applied);
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
