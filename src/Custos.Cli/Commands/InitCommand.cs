using System.CommandLine;
using Custos.Core.Configuration;

namespace Custos.Cli.Commands;

internal static class InitCommand
{
    public static Command Create(CliOutput output)
    {
        var directory = new Argument<string>("DIR") { Description = "Where to create the workspace (default: the current directory)", DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing custos.yaml" };
        var command = new Command("init", "Write a starter workspace: custos.yaml with five agents and least-privilege grants") { directory, force };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(directory)!;
            var result = Write(dir, parse.GetValue(force));
            if (result is not null)
            {
                return output.Fail(result);
            }

            var config = System.IO.Path.Combine(dir, CustosConfig.DefaultFileName);
            output.Out.WriteLine($"Created {config} with {StarterWorkspace.AgentNames.Count} agents: {string.Join(", ", StarterWorkspace.AgentNames)}.");
            output.Out.WriteLine("Next:");

            // Every step names the file unless it is in the current directory, so the steps work as printed.
            var here = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(dir)) == System.IO.Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory);
            var option = here ? string.Empty : $" --config {config}";
            output.Out.WriteLine($"  custos validate{option}");
            output.Out.WriteLine($"  custos agent token issue dev-agent{option}      # prints the agent's token once");
            output.Out.WriteLine($"  custos serve{option}                            # http://127.0.0.1:8421");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes the starter files; returns an error message, or null when done.</summary>
    public static string? Write(string directory, bool force)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var config = System.IO.Path.Combine(directory, CustosConfig.DefaultFileName);
            if (File.Exists(config) && !force)
            {
                return $"{config} already exists; pass --force to overwrite it";
            }

            File.WriteAllText(config, StarterWorkspace.Yaml);
            var policies = System.IO.Path.Combine(directory, "policies");
            Directory.CreateDirectory(policies);
            var guardrails = System.IO.Path.Combine(policies, "guardrails.cedar");
            if (!File.Exists(guardrails) || force)
            {
                File.WriteAllText(guardrails, StarterWorkspace.Guardrails);
            }

            var tests = System.IO.Path.Combine(directory, "policy-tests.yaml");
            if (!File.Exists(tests) || force)
            {
                File.WriteAllText(tests, StarterWorkspace.PolicyTests);
            }
            var gitignore = System.IO.Path.Combine(directory, ".gitignore");
            if (!File.Exists(gitignore))
            {
                File.WriteAllText(gitignore, StarterWorkspace.GitIgnore);
            }
            else if (!File.ReadAllText(gitignore).Contains(".custos/", StringComparison.Ordinal))
            {
                File.AppendAllText(gitignore, Environment.NewLine + StarterWorkspace.GitIgnore);
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot write the workspace in {directory}: {ex.Message}";
        }
    }
}
