using System.CommandLine;
using System.Globalization;
using Custos.Core.Configuration;
using Custos.Core.Storage;
using Custos.Server.Workspaces;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary><c>custos costs</c>: LLM spend from the audit trail, by day, agent and model, beside each agent's budget.</summary>
internal static class CostsCommand
{
    public static Command Create(CliOutput output)
    {
        var days = new Option<int>("--days") { Description = "How many days back, today included (1 to 366)", DefaultValueFactory = _ => 7 };
        var agent = new Option<string?>("--agent") { Description = "Only this agent" };
        var json = CommonOptions.Json();
        var command = new Command("costs", "LLM spend by day, agent and model, from the metered calls in the audit trail, with each agent's budget")
        {
            days, agent, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var span = parse.GetValue(days);
            if (span is < 1 or > 366)
            {
                return output.Fail("--days must be between 1 and 366", ExitCodes.Usage);
            }

            var config = CommonOptions.LoadConfig(parse, output);
            if (config is null)
            {
                return ExitCodes.Failed;
            }

            var only = parse.GetValue(agent);
            if (only is not null && config.FindAgent(only) is null)
            {
                return output.Fail($"--agent: '{only}' is not an agent in custos.yaml; 'custos agent list' shows them", ExitCodes.Usage);
            }

            await using var workspace = Workspace.Open(new FixedConfigSource(config));
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var since = new DateTimeOffset(today.AddDays(1 - span).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            // Completions and embeddings are both metered.
            var records = (await workspace.Store.QueryAsync(new ActionQuery(Principal: only, Since: since, Limit: int.MaxValue, Action: "complete"), cancellationToken))
                .Concat(await workspace.Store.QueryAsync(new ActionQuery(Principal: only, Since: since, Limit: int.MaxValue, Action: "embed"), cancellationToken));
            var rows = records
                .Where(r => r.Usage is not null)
                .GroupBy(r => (Day: DateOnly.FromDateTime(r.At.UtcDateTime), r.Principal, r.Usage!.Model))
                .Select(g => new CostRow(
                    g.Key.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    g.Key.Principal,
                    g.Key.Model,
                    g.Count(),
                    g.Sum(r => r.Usage!.InputTokens),
                    g.Sum(r => r.Usage!.OutputTokens),
                    g.Sum(r => r.Usage!.CostUsd ?? 0m),
                    g.Count(r => r.Usage!.CostUsd is null)))
                .OrderByDescending(r => r.Day, StringComparer.Ordinal)
                .ThenBy(r => r.Agent, StringComparer.Ordinal)
                .ThenBy(r => r.Model, StringComparer.Ordinal)
                .ToList();
            var budgets = new List<BudgetView>();
            foreach (var budget in config.Budgets.Where(b => only is null || b.Agent == only))
            {
                var (spentToday, spentMonth) = await workspace.Spend.SpentAsync(budget.Agent, cancellationToken);
                budgets.Add(new BudgetView(budget.Agent, spentToday, budget.DailyUsd, spentMonth, budget.MonthlyUsd));
            }

            if (parse.GetValue(json))
            {
                output.Json(new CostsView(rows, budgets), CliJsonContext.Readable.CostsView);
                return ExitCodes.Ok;
            }

            if (rows.Count == 0)
            {
                output.Out.WriteLine($"No metered LLM calls in the last {span} day(s). Agents' calls through /v1/chat/completions and /v1/messages are metered and priced here.");
            }
            else
            {
                var table = new Table().AddColumns("day", "agent", "model", "calls", "tokens in", "tokens out", "cost (USD)");
                foreach (var row in rows)
                {
                    table.AddRow(row.Day, Markup.Escape(row.Agent), Markup.Escape(row.Model), N(row.Calls), N(row.TokensIn), N(row.TokensOut), row.Unpriced > 0 ? $"{row.CostUsd:0.0000} ({row.Unpriced} unpriced)" : $"{row.CostUsd:0.0000}");
                }

                output.Console.Write(table);
            }

            if (budgets.Count > 0)
            {
                var table = new Table().AddColumns("agent", "today", "daily budget", "this month", "monthly budget");
                foreach (var b in budgets)
                {
                    table.AddRow(Markup.Escape(b.Agent), $"{b.SpentTodayUsd:0.0000}", b.DailyUsd?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-", $"{b.SpentMonthUsd:0.0000}", b.MonthlyUsd?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-");
                }

                output.Console.Write(table);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>One day's metered calls of one agent on one model.</summary>
internal sealed record CostRow(string Day, string Agent, string Model, int Calls, long TokensIn, long TokensOut, decimal CostUsd, int Unpriced);

/// <summary>An agent's spend against its budget (UTC day and month).</summary>
internal sealed record BudgetView(string Agent, decimal SpentTodayUsd, decimal? DailyUsd, decimal SpentMonthUsd, decimal? MonthlyUsd);

internal sealed record CostsView(IReadOnlyList<CostRow> Rows, IReadOnlyList<BudgetView> Budgets);
