namespace Custos.Cli;

/// <summary>The <c>custos</c> executable.</summary>
public sealed class Program
{
    private Program()
    {
    }

    public static Task<int> Main(string[] args) => CustosCli.RunAsync(args, new CliOutput(Console.Out, Console.Error));
}
