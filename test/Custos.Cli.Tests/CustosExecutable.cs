using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Custos.Cli.Tests;

/// <summary>
/// Runs the real <c>custos</c> executable (<c>dotnet custos.dll …</c>) as a child process, as a user would,
/// with its output captured and a time limit after which it is killed and the test fails.
/// </summary>
internal static class CustosExecutable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private static readonly Lazy<string> Dll = new(FindDll);
    private static readonly Lazy<string> Host = new(FindHost);

    public static Task<CliResult> RunAsync(string workingDirectory, IReadOnlyList<string> args, TimeSpan? timeout = null) =>
        RunAsync(workingDirectory, args, stdin: null, environment: null, timeout);

    /// <summary>Runs with <paramref name="stdin"/> written to standard input and extra environment variables.</summary>
    public static async Task<CliResult> RunAsync(string workingDirectory, IReadOnlyList<string> args, string? stdin, IReadOnlyDictionary<string, string>? environment, TimeSpan? timeout = null)
    {
        var commandLine = "custos " + string.Join(' ', args);
        var info = StartInfo(workingDirectory, args);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var process = new Process { StartInfo = info };
        process.Start();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            await process.WaitForExitAsync(CancellationToken.None);
            Assert.Fail($"{commandLine} did not finish within {timeout ?? DefaultTimeout} and was killed\n--- stdout ---\n{await stdout}\n--- stderr ---\n{await stderr}");
        }

        return new CliResult(commandLine, process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts a long-running command such as <c>serve</c>; the caller must kill it.</summary>
    public static Process Start(string workingDirectory, IReadOnlyList<string> args)
    {
        var process = new Process { StartInfo = StartInfo(workingDirectory, args) };
        process.Start();
        process.StandardInput.Close();
        return process;
    }

    public static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
    }

    private static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyList<string> args)
    {
        var info = new ProcessStartInfo(Host.Value)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Dll.Value);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // The developer's own settings must not leak into the runs under test.
        info.Environment.Remove("CUSTOS_CONFIG");
        info.Environment.Remove("ASPNETCORE_URLS");
        info.Environment.Remove("DOTNET_URLS");
        return info;
    }

    /// <summary>custos.dll next to the tests when the SDK copied it with its runtimeconfig, else the CLI's own output.</summary>
    private static string FindDll()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "custos.dll");
        if (File.Exists(copied) && File.Exists(Path.Combine(AppContext.BaseDirectory, "custos.runtimeconfig.json")))
        {
            return copied;
        }

        var configuration = typeof(CustosExecutable).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Custos.slnx")))
            {
                var built = Path.Combine(directory.FullName, "src", "Custos.Cli", "bin", configuration, "net10.0", "custos.dll");
                return File.Exists(built)
                    ? built
                    : throw new InvalidOperationException($"{built} does not exist; build src/Custos.Cli ({configuration}) first");
            }
        }

        throw new InvalidOperationException($"custos.dll is neither in {AppContext.BaseDirectory} nor under a folder holding Custos.slnx");
    }

    /// <summary>The dotnet host of the runtime these tests run on (…/shared/Microsoft.NETCore.App/VERSION/ is three levels down).</summary>
    private static string FindHost()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        if (File.Exists(Path.Combine(root, name)))
        {
            return Path.Combine(root, name);
        }

        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk) ? fromSdk : name;
    }
}
