using System.CommandLine;
using System.Text.Json;
using Custos.Core.Pipeline;
using Custos.Core.Configuration;
using Custos.Server.Workspaces;
using Spectre.Console;

namespace Custos.Cli.Commands;

internal static class AuthorizeCommand
{
    public static Command Create(CliOutput output)
    {
        var agent = new Option<string>("--agent") { Description = "The agent's name", Required = true };
        var action = new Option<string>("--action") { Description = "The verb: call, read, write, complete, …", Required = true };
        var resource = new Option<string>("--resource") { Description = "The system or tool: github or github.create_issue", Required = true };
        var contextJson = new Option<string?>("--context") { Description = "Facts for policy, as a JSON object" };
        var json = CommonOptions.Json();
        var command = new Command("authorize", "Decide an action against the local workspace, without a server; exit 0 allow, 3 deny. Not recorded.")
        {
            agent, action, resource, contextJson, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            JsonDocument? document = null;
            if (parse.GetValue(contextJson) is { } text)
            {
                try
                {
                    document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 32 });
                }
                catch (JsonException ex)
                {
                    return output.Fail($"--context is not valid JSON (byte {ex.BytePositionInLine + 1}): write a JSON object such as '{{\"path\": \"/src\"}}'", ExitCodes.Usage);
                }

                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    document.Dispose();
                    return output.Fail("--context must be a JSON object such as '{\"path\": \"/src\"}'", ExitCodes.Usage);
                }
            }

            using (document)
            {
                await using var workspace = CommonOptions.OpenWorkspace(parse, output);
                if (workspace is null)
                {
                    return ExitCodes.Failed;
                }
                var context = await workspace.Pipeline.PreviewAsync(parse.GetValue(agent)!, parse.GetValue(action)!, parse.GetValue(resource)!, document?.RootElement, cancellationToken);
                var allowed = context.Outcome == ActionOutcome.Success && context.Decision?.IsAllowed == true;
                var reasons = allowed ? context.Decision!.Reasons : (IReadOnlyList<string>)context.Reasons;
                if (parse.GetValue(json))
                {
                    output.Json(
                        new DecisionOutput(allowed ? "allow" : "deny", parse.GetValue(agent)!, parse.GetValue(action)!, parse.GetValue(resource)!, reasons, context.Decision?.Policies ?? [], Recorded: false),
                        CliJsonContext.Readable.DecisionOutput);
                }
                else
                {
                    output.Console.MarkupLine($"{(allowed ? "[green]ALLOW[/]" : "[red]DENY[/]")}  {Markup.Escape(parse.GetValue(agent)!)} {Markup.Escape(parse.GetValue(action)!)} {Markup.Escape(parse.GetValue(resource)!)}");
                    foreach (var reason in reasons)
                    {
                        output.Console.MarkupLine($"  [grey]because[/] {Markup.Escape(reason)}");
                    }
                }

                return allowed ? ExitCodes.Ok : ExitCodes.Denied;
            }
        });
        return command;
    }
}
