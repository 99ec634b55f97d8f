using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Custos.Benchmarks;

/// <summary>
/// A peer the benchmarks measure Custos beside (an npm package under <c>bench/peers/NAME</c>), started with node
/// on a free loopback port and ready once the port accepts a connection. Its own log is shown only when asked
/// for (<c>CUSTOS_BENCH_VERBOSE=1</c>): it explains a peer's errors.
/// </summary>
internal sealed class PeerProcess : IDisposable
{
    private readonly Process process;

    private PeerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary><c>bench/peers/NAME</c>, found above the running benchmark.</summary>
    public static string Directory(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "bench", "peers", name);
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(Path.Combine("bench", "peers", name));
    }

    /// <summary>Starts <c>node ARGS</c>, where <paramref name="arguments"/> is given the port to listen on.</summary>
    public static async Task<PeerProcess> StartAsync(string name, Func<int, IEnumerable<string>> arguments, IDictionary<string, string>? environment = null)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var start = new ProcessStartInfo("node", arguments(port))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Directory(name),
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var verbose = Environment.GetEnvironmentVariable("CUSTOS_BENCH_VERBOSE") == "1";
        process.OutputDataReceived += (_, e) => Echo(verbose, name, e.Data);
        process.ErrorDataReceived += (_, e) => Echo(verbose, name, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return new PeerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
            }
            catch (SocketException)
            {
                await Task.Delay(200);
            }
        }

        process.Kill(entireProcessTree: true);
        process.Dispose();
        throw new InvalidOperationException($"{name} did not start within 20 s");
    }

    private static void Echo(bool verbose, string name, string? line)
    {
        if (verbose && line is not null)
        {
            Console.Error.WriteLine($"{name}: {line}");
        }
    }

    public void Dispose()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit(5000);
        process.Dispose();
    }
}

/// <summary>Percentiles of sorted latencies, as every load generator here reports them.</summary>
internal static class Latencies
{
    public static double Percentile(List<double> sorted, int percentile) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
}
