using Custos.Core.Approvals;
using Custos.Core.Screening;

namespace Custos.Core.Pipeline.Stages;

/// <summary>
/// Holds an action for a person when a permit that allowed it is marked <c>@approval("required")</c> (a grant
/// with <c>approval: required</c>) or screening escalates a finding in its arguments. The call waits until an
/// operator approves or denies it (<c>custos approvals</c>, <c>/api/approvals</c>), its time runs out (denied),
/// its caller cancels, or its agent is halted.
/// </summary>
public sealed class ApproveStage(ApprovalQueue queue) : IPipelineStage
{
    public StageName Stage => StageName.Approve;

    public async ValueTask InvokeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var why = new List<string>();
        if (context.Decision is { IsAllowed: true } decision)
        {
            var marked = ApprovalRules.RequiringApproval(context.Config.Policies);
            foreach (var policy in decision.Policies)
            {
                if (marked.Contains(policy))
                {
                    why.Add($"policy {context.Config.Policies.Describe(policy)} requires approval");
                }
            }
        }

        foreach (var finding in context.Findings)
        {
            if (finding.Direction == ScreeningDirection.In && finding.Action == ScreeningAction.Escalate)
            {
                why.Add($"screening escalates {ScreenInStage.Describe(finding)}");
            }
        }

        if (why.Count > 0)
        {
            await Decide(context, Stage, await queue.RequestAndWaitAsync(context, why, cancellationToken));
        }
    }

    /// <summary>Applies an ended request to the action: approved goes on (the record says who approved), anything else denies.</summary>
    internal static ValueTask Decide(ActionContext context, StageName stage, ApprovalRequest ended)
    {
        var reason = ended.Reason is null ? string.Empty : $": {ended.Reason}";
        switch (ended.Status)
        {
            case ApprovalStatus.Approved:
                context.Reasons.Add($"approved by {ended.DecidedBy} ({ended.Id}){reason}");
                break;
            case ApprovalStatus.Expired:
                context.Deny(stage, $"no one answered approval {ended.Id} within {context.Config.Approvals.Timeout} (approvals.timeout), so the action was denied");
                break;
            case ApprovalStatus.Cancelled:
                context.Deny(stage, $"approval {ended.Id} was cancelled{reason}");
                break;
            default:
                context.Deny(stage, $"denied by {ended.DecidedBy} ({ended.Id}){reason}");
                break;
        }

        return ValueTask.CompletedTask;
    }
}
