using System.CommandLine;
using System.Text.Json;
using Custos.Core.Agents;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Server;
using Custos.Server.ControlPlane;
using Custos.Server.Workspaces;
using Spectre.Console;

namespace Custos.Cli.Commands;

internal static class AgentCommand
{
    public static Command Create(CliOutput output)
    {
        var command = new Command("agent", "Define agents, contain them (halt, quarantine, resume) and manage their tokens")
        {
            Add(output),
            List(output),
            Show(output),
            ChangeStatus(output, "halt", AgentStatus.Halted, "Halt an agent: nothing it asks for passes until it is resumed"),
            ChangeStatus(output, "quarantine", AgentStatus.Quarantined, "Quarantine an agent: only read-only actions pass"),
            ChangeStatus(output, "resume", AgentStatus.Active, "Resume a halted or quarantined agent"),
            TokenCommand.ForAgents(output),
        };
        return command;
    }

    private static Command Add(CliOutput output)
    {
        var name = new Argument<string>("NAME") { Description = "A short lowercase name such as research-agent" };
        var owner = new Option<string>("--owner") { Description = "The person or team accountable for the agent", Required = true };
        var purpose = new Option<string>("--purpose") { Description = "What the agent is for, in a sentence", Required = true };
        var team = new Option<string>("--team") { Description = "The team that runs it", DefaultValueFactory = _ => string.Empty };
        var tier = new Option<string>("--risk-tier") { Description = "minimal, limited or high", DefaultValueFactory = _ => "limited" };
        tier.AcceptOnlyFromAmong("minimal", "limited", "high");
        var basis = new Option<string>("--lawful-basis") { Description = "GDPR Art. 6 basis", DefaultValueFactory = _ => "legitimate_interests" };
        basis.AcceptOnlyFromAmong("consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests");
        var processing = new Option<string?>("--processing-purpose") { Description = "Why it processes personal data (default: its purpose)" };
        var command = new Command("add", "Add an agent to custos.yaml (comments and layout are kept); it gets no grants until you add some")
        {
            name, owner, purpose, team, tier, basis, processing,
        };
        command.SetAction(parse =>
        {
            var path = CommonOptions.ConfigPath(parse);
            var config = CommonOptions.LoadConfig(parse, output);
            if (config is null)
            {
                return ExitCodes.Failed;
            }

            var agentName = parse.GetValue(name)!;
            if (!ConfigLoader.IsValidName(agentName))
            {
                return output.Fail($"'{agentName}' is not a valid name for an agent; use 1 to 63 lowercase letters, digits, '-' or '_', starting with a letter or digit", ExitCodes.Usage);
            }

            if (config.FindAgent(agentName) is not null)
            {
                return output.Fail($"{path} already defines an agent named '{agentName}'");
            }

            var agent = new AgentDefinition(
                agentName,
                parse.GetValue(owner)!,
                parse.GetValue(team)!,
                parse.GetValue(purpose)!,
                Enum.Parse<RiskTier>(parse.GetValue(tier)!, ignoreCase: true),
                new GdprProfile(Enum.Parse<LawfulBasis>(parse.GetValue(basis)!.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true), parse.GetValue(processing) ?? parse.GetValue(purpose)!),
                default);
            string updated;
            try
            {
                updated = ConfigEditor.AddAgent(File.ReadAllText(path), agent);
            }
            catch (ConfigurationException ex)
            {
                return output.Fail(ex.Message);
            }

            // Check the edited file before it replaces the old one; write atomically.
            var check = ConfigLoader.Parse(updated, path, System.IO.Path.GetFullPath(path));
            if (!check.IsValid)
            {
                foreach (var diagnostic in check.Diagnostics)
                {
                    output.Error.WriteLine(diagnostic.ToString());
                }

                return output.Fail($"the agent was not added: {path} would not be valid");
            }

            var temporary = path + ".tmp";
            File.WriteAllText(temporary, updated);
            File.Move(temporary, path, overwrite: true);
            output.Out.WriteLine($"Added {agentName} to {path}. It may do nothing yet: add grants for it, then 'custos agent token issue {agentName}'.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliOutput output)
    {
        var json = CommonOptions.Json();
        var command = new Command("list", "List the agents with their owners and containment status") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var workspace = CommonOptions.OpenWorkspace(parse, output);
            if (workspace is null)
            {
                return ExitCodes.Failed;
            }

            var config = workspace.Config;
            var states = (await ((IAgentStateStore)workspace.Store).ListAsync(cancellationToken)).ToDictionary(s => s.Agent, StringComparer.Ordinal);
            var views = config.Agents.Select(a => AgentView.From(a, states.GetValueOrDefault(a.Name))).ToList();
            if (parse.GetValue(json))
            {
                output.Out.WriteLine(JsonSerializer.Serialize(views, CliJsonContext.Readable.ListAgentView));
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("agent", "status", "owner", "team", "risk", "lawful basis");
            foreach (var view in views)
            {
                table.AddRow(Markup.Escape(view.Name), StatusMarkup(view.Status), Markup.Escape(view.Owner), Markup.Escape(view.Team), view.RiskTier, view.LawfulBasis);
            }

            output.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliOutput output)
    {
        var name = new Argument<string>("NAME") { Description = "The agent's name" };
        var json = CommonOptions.Json();
        var command = new Command("show", "Show one agent: purpose, GDPR record, status, grants and tokens") { name, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var config = CommonOptions.LoadConfig(parse, output);
            if (config is null)
            {
                return ExitCodes.Failed;
            }

            var agentName = parse.GetValue(name)!;
            if (config.FindAgent(agentName) is not { } agent)
            {
                return output.Fail(UnknownAgent(config, agentName));
            }

            await using var workspace = Workspace.Open(new FixedConfigSource(config));
            var view = AgentView.From(agent, await workspace.Store.GetAsync(agentName, cancellationToken));
            if (parse.GetValue(json))
            {
                output.Out.WriteLine(JsonSerializer.Serialize(view, CliJsonContext.Readable.AgentView));
                return ExitCodes.Ok;
            }

            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow("[bold]agent[/]", Markup.Escape(view.Name));
            grid.AddRow("status", StatusMarkup(view.Status) + (view.StatusReason is null ? string.Empty : Markup.Escape($" ({view.StatusReason})")));
            if (view.StatusChangedAt is { } changedAt)
            {
                grid.AddRow("changed", Markup.Escape($"{changedAt:u} by {view.StatusChangedBy}"));
            }

            grid.AddRow("owner", Markup.Escape(view.Owner));
            grid.AddRow("team", Markup.Escape(view.Team));
            grid.AddRow("purpose", Markup.Escape(view.Purpose));
            grid.AddRow("risk tier", view.RiskTier);
            grid.AddRow("lawful basis", view.LawfulBasis);
            grid.AddRow("processing", Markup.Escape(view.ProcessingPurpose));
            foreach (var grant in config.Grants.Where(g => g.Agent == agentName))
            {
                grid.AddRow("grant", Markup.Escape($"{grant.Id}: {string.Join(", ", grant.Actions.Order(StringComparer.Ordinal))} on {grant.System}{(grant.AllTools ? " (every tool)" : "." + string.Join(", ", grant.Tools))}"));
            }

            foreach (var token in await workspace.Tokens.ListAsync(agentName, cancellationToken))
            {
                grid.AddRow("token", Markup.Escape($"{token.Id} {TokenCommand.Status(token, workspace.Clock.GetUtcNow())}, expires {token.ExpiresAt:u}"));
            }

            output.Console.Write(grid);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ChangeStatus(CliOutput output, string verb, AgentStatus status, string description)
    {
        var name = new Argument<string>("NAME") { Description = "The agent's name" };
        var reason = new Option<string?>("--reason") { Description = "Why, for the audit trail" };
        var command = new Command(verb, description) { name, reason };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var config = CommonOptions.LoadConfig(parse, output);
            if (config is null)
            {
                return ExitCodes.Failed;
            }

            var agentName = parse.GetValue(name)!;
            if (config.FindAgent(agentName) is not { } agent)
            {
                return output.Fail(UnknownAgent(config, agentName));
            }

            var why = parse.GetValue(reason);
            if (why is { Length: > 500 })
            {
                return output.Fail("--reason is longer than 500 characters", ExitCodes.Usage);
            }

            await using var workspace = Workspace.Open(new FixedConfigSource(config));
            var state = await workspace.Control.ChangeAsync(agent, status, why, CommonOptions.OperatorName(), ActionChannel.Cli, cancellationToken);
            output.Out.WriteLine($"{agentName} is {state.Status.ToString().ToLowerInvariant()} (recorded in the audit trail; a running server applies it to the next request).");
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static string UnknownAgent(CustosConfig config, string name) =>
        $"no agent named '{name}' in {System.IO.Path.GetFileName(config.SourcePath)}; agents are: {string.Join(", ", config.Agents.Select(a => a.Name))}";

    private static string StatusMarkup(string status) => status switch
    {
        "halted" => "[red]halted[/]",
        "quarantined" => "[yellow]quarantined[/]",
        _ => "[green]active[/]",
    };
}
