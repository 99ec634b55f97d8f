using System.Diagnostics;

namespace Custos.Cli.Tests;

/// <summary>A fresh temporary working directory for one test, deleted afterwards; commands run inside it.</summary>
internal sealed class TempWorkspace : IDisposable
{
    public TempWorkspace()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("custos-cli-").FullName;
    }

    public string Directory { get; }

    public string ConfigPath => Path.Combine(Directory, "custos.yaml");

    public string DataDirectory => Path.Combine(Directory, ".custos");

    /// <summary>A temporary directory with the starter workspace that <c>custos init</c> writes.</summary>
    public static async Task<TempWorkspace> InitAsync()
    {
        var workspace = new TempWorkspace();
        try
        {
            (await workspace.RunAsync("init")).Expect(0);
            return workspace;
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }

    public Task<CliResult> RunAsync(params string[] args) => CustosExecutable.RunAsync(Directory, args);

    public Process Start(params string[] args) => CustosExecutable.Start(Directory, args);

    public string ReadConfig() => File.ReadAllText(ConfigPath);

    public void WriteConfig(string text) => File.WriteAllText(ConfigPath, text);

    public void Dispose()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (Exception ex) when (attempt < 10 && ex is IOException or UnauthorizedAccessException)
            {
                // A process that was just killed may still hold the database open for a moment.
                Thread.Sleep(100);
            }
        }
    }
}
