using System.CommandLine;
using Custos.Cli.Commands;
using Custos.Cli.Demo;

namespace Custos.Cli;

/// <summary>Builds the command tree and runs it, mapping usage errors to exit code 2.</summary>
public static class CustosCli
{
    public static RootCommand Build(CliOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var root = new RootCommand("Custos: the security and compliance control plane for AI agents")
        {
            CommonOptions.Config,
            DemoCommand.Create(output),
            DemoFilesServer.Create(),
            InitCommand.Create(output),
            ValidateCommand.Create(output),
            ServeCommand.Create(output),
            AuthorizeCommand.Create(output),
            AgentCommand.Create(output),
            ToolsCommand.Create(output),
            TokenCommand.ForAdmins(output),
            PolicyCommand.Create(output),
            CedarCommand.Create(output),
            AuditCommand.Create(output),
            DsrCommand.Create(output),
            DetectCommand.Create(output),
            RedactCommand.Create(output),
            DetokenizeCommand.Create(output),
            SecretsCommand.Create(output),
            CostsCommand.Create(output),
            ApprovalsCommand.Create(output),
        };

        // With no command, show what there is: a usage error, not a silent success.
        root.SetAction(parse =>
        {
            output.Error.WriteLine("custos: usage error: name a command, for example 'custos demo' or 'custos validate'. Run 'custos --help' for all of them.");
            return ExitCodes.Usage;
        });
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var root = Build(output);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                output.Error.WriteLine($"custos: usage error: {error.Message}");
            }

            var command = parse.CommandResult.Command;
            output.Error.WriteLine($"Run '{CommandPath(command, parse)} --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output.Out, Error = output.Error, EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            return output.Fail("cancelled");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            // Operational failures (a locked or unwritable store, a file that vanished) are reported, not thrown.
            return output.Fail(ex.Message);
        }
    }

    private static string CommandPath(Command command, ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command is RootCommand ? "custos" : result.Command.Name);
        }

        names.Reverse();
        return names.Count == 0 ? command.Name : string.Join(' ', names);
    }
}
