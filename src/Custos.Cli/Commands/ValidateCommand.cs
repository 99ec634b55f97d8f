using System.CommandLine;
using Custos.Core.Configuration;

namespace Custos.Cli.Commands;

internal static class ValidateCommand
{
    public static Command Create(CliOutput output)
    {
        var json = CommonOptions.Json();
        var command = new Command("validate", "Check custos.yaml; every problem is printed as FILE:LINE:COL: error: MESSAGE") { json };
        command.SetAction(parse =>
        {
            var path = CommonOptions.ConfigPath(parse);
            var result = ConfigLoader.LoadFile(path, path);
            if (parse.GetValue(json))
            {
                output.Json(
                    new ValidateView(
                        result.IsValid,
                        path,
                        result.Config?.Agents.Count ?? 0,
                        result.Config?.Systems.Count ?? 0,
                        result.Config?.Grants.Count ?? 0,
                        result.Diagnostics.Select(d => new DiagnosticView(d.File, d.Line, d.Column, d.Severity.ToString().ToLowerInvariant(), d.Message)).ToList()),
                    CliJsonContext.Readable.ValidateView);
            }
            else
            {
                foreach (var diagnostic in result.Diagnostics)
                {
                    output.Error.WriteLine(diagnostic.ToString());
                }

                if (result.IsValid)
                {
                    var c = result.Config!;
                    var files = c.Policies.Origins.Values.Count(o => !o.IsGrant);
                    output.Out.WriteLine($"{path}: valid ({c.Agents.Count} agents, {c.Systems.Count} systems, {c.Grants.Count} grants, {files} Cedar {(files == 1 ? "policy" : "policies")} in policies/)");
                }
                else
                {
                    var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                    output.Error.WriteLine($"{path}: {errors} error{(errors == 1 ? string.Empty : "s")}");
                }
            }

            return result.IsValid ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}
