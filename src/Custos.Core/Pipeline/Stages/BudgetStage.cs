using System.Globalization;
using Custos.Core.Metering;

namespace Custos.Core.Pipeline.Stages;

/// <summary>
/// Hard budget limits (custos.yaml <c>budgets:</c>): once an agent has spent its daily or monthly limit, its
/// LLM calls are refused until the period turns (UTC). Runs in the authorize slot, after policy.
/// </summary>
public sealed class BudgetStage(SpendTracker spend) : IPipelineStage
{
    public StageName Stage => StageName.Authorize;

    public async ValueTask InvokeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Action.Action is not ("complete" or "embed") || context.Agent is not { } agent || Find(context, agent.Name) is not { } budget)
        {
            return;
        }

        var (today, month) = await spend.SpentAsync(agent.Name, cancellationToken);
        if (budget.DailyUsd is { } daily && today >= daily)
        {
            context.Deny(Stage, $"{agent.Name} has spent {Usd(today)} today, its daily budget of {Usd(daily)} (budgets in custos.yaml); it resets at 00:00 UTC");
        }
        else if (budget.MonthlyUsd is { } monthly && month >= monthly)
        {
            context.Deny(Stage, $"{agent.Name} has spent {Usd(month)} this month, its monthly budget of {Usd(monthly)} (budgets in custos.yaml); it resets on the 1st (UTC)");
        }
    }

    internal static Configuration.Budget? Find(ActionContext context, string agent)
    {
        foreach (var budget in context.Config.Budgets)
        {
            if (budget.Agent == agent)
            {
                return budget;
            }
        }

        return null;
    }

    internal static string Usd(decimal amount) => "$" + amount.ToString("0.00##", CultureInfo.InvariantCulture);
}
