namespace Custos.Cli.Tests;

/// <summary>What one run of <c>custos</c> left behind: its exit code and everything it wrote.</summary>
internal sealed record CliResult(string CommandLine, int ExitCode, string StdOut, string StdErr)
{
    /// <summary>Fails with the whole output when the exit code is not the expected one.</summary>
    public CliResult Expect(int exitCode)
    {
        Assert.True(ExitCode == exitCode, $"expected exit code {exitCode}, got {ExitCode}\n{this}");
        return this;
    }

    public override string ToString() => $"$ {CommandLine}\n--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";
}
