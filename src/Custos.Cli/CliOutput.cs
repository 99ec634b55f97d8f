using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Spectre.Console;

namespace Custos.Cli;

/// <summary>Where a command writes: people get tables and colour, scripts get JSON with --json, errors go to stderr.</summary>
public sealed class CliOutput
{
    public CliOutput(TextWriter stdout, TextWriter stderr)
    {
        Out = stdout;
        Error = stderr;
        var interactive = ReferenceEquals(stdout, System.Console.Out) && !System.Console.IsOutputRedirected;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!interactive)
        {
            Console.Profile.Width = 160;
        }
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Where commands that read '-' read from.</summary>
    public TextReader In { get; init; } = System.Console.In;

    public IAnsiConsole Console { get; }

    /// <summary>Reports a failure on stderr and returns its exit code; usage errors read like the parser's own.</summary>
    public int Fail(string message, int exitCode = ExitCodes.Failed)
    {
        Error.WriteLine(exitCode == ExitCodes.Usage ? $"custos: usage error: {message}" : $"custos: error: {message}");
        return exitCode;
    }

    public void Json<T>(T value, JsonTypeInfo<T> typeInfo) => Out.WriteLine(JsonSerializer.Serialize(value, typeInfo));
}
