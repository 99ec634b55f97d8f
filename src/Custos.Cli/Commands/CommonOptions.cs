using System.CommandLine;
using Custos.Core.Configuration;
using Custos.Server.Workspaces;

namespace Custos.Cli.Commands;

/// <summary>Options shared by many commands, and loading the workspace they name.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Config = new("--config", "-c")
    {
        Description = "Path of custos.yaml (default: ./custos.yaml, or $CUSTOS_CONFIG)",
        Recursive = true,
    };

    public static Option<bool> Json() => new("--json") { Description = "Write machine-readable JSON instead of text" };

    /// <summary>The configuration path as the user named it, for messages: relative stays relative.</summary>
    public static string ConfigPath(ParseResult parse) =>
        parse.GetValue(Config) ?? Environment.GetEnvironmentVariable("CUSTOS_CONFIG") ?? CustosConfig.DefaultFileName;

    /// <summary>Loads and validates the configuration; prints every diagnostic and returns null when it has errors.</summary>
    public static CustosConfig? LoadConfig(ParseResult parse, CliOutput output)
    {
        var path = ConfigPath(parse);
        var result = ConfigLoader.LoadFile(path, path);
        foreach (var diagnostic in result.Diagnostics)
        {
            output.Error.WriteLine(diagnostic.ToString());
        }

        return result.IsValid ? result.Config : null;
    }

    /// <summary>Loads the configuration (printing every diagnostic) and opens its workspace; null when the configuration has errors.</summary>
    public static Workspace? OpenWorkspace(ParseResult parse, CliOutput output) =>
        LoadConfig(parse, output) is { } config ? Workspace.Open(new FixedConfigSource(config)) : null;

    public static string OperatorName() => $"cli:{Environment.UserName}";
}
