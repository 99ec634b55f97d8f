using Custos.Core.Alerts;
using Custos.Core.Metering;

namespace Custos.Core.Pipeline.Stages;

/// <summary>
/// Prices what the forwarder reported the call consumed, so the record carries tokens and cost; adds it to
/// the agent's spend, and records an alert the first time a call takes the agent past its budget's soft limit.
/// </summary>
public sealed class MeterStage(SpendTracker? spend = null, IAlertSink? alerts = null) : IPipelineStage
{
    public StageName Stage => StageName.Meter;

    public async ValueTask InvokeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Usage is not { } usage)
        {
            return;
        }

        if (usage.CostUsd is null)
        {
            usage = context.Usage = usage with { CostUsd = context.Config.Prices.CostOf(usage) };
        }

        if (spend is null || usage.CostUsd is not { } cost || cost <= 0 || context.Agent is not { } agent)
        {
            return;
        }

        var (today, month) = await spend.AddAsync(agent.Name, context.Action.ReceivedAt, cost, cancellationToken);
        if (alerts is null || BudgetStage.Find(context, agent.Name) is not { } budget)
        {
            return;
        }

        var soft = budget.SoftLimitPercent / 100m;
        var crossed = Crossed(budget.DailyUsd, today, cost, soft, "daily", today) ?? Crossed(budget.MonthlyUsd, month, cost, soft, "monthly", month);
        if (crossed is not null)
        {
            await alerts.RaiseAsync(
                new Alert("budget.soft_limit", AlertSeverity.Warning, agent.Name, $"{agent.Name} passed {budget.SoftLimitPercent}% of its {crossed}", context.Action.ReceivedAt, agent.Name, context.Action.Id),
                cancellationToken);
        }
    }

    private static string? Crossed(decimal? limit, decimal after, decimal cost, decimal soft, string period, decimal spent)
    {
        if (limit is not { } l)
        {
            return null;
        }

        var threshold = l * soft;
        return after >= threshold && after - cost < threshold ? $"{period} budget of {BudgetStage.Usd(l)}: {BudgetStage.Usd(spent)} spent" : null;
    }
}
