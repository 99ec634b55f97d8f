using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Custos.Cli.Tests;

/// <summary>A <c>custos serve</c> process on a free loopback port, with its output captured.</summary>
internal sealed class CustosServer
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private CustosServer(Process process, Uri address)
    {
        this.process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts <c>custos serve</c> in <paramref name="workspace"/> and waits until /healthz answers.</summary>
    public static async Task<CustosServer> StartAsync(TempWorkspace workspace)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var server = new CustosServer(workspace.Start("serve", "--urls", address.ToString().TrimEnd('/')), address);
        try
        {
            await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
            return server;
        }
        catch
        {
            await server.KillAsync();
            throw;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Kills the process (no graceful shutdown, like a crash or kill -9) and waits for it to go.</summary>
    public async Task KillAsync()
    {
        CustosExecutable.Kill(process);
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(limit.Token);
        process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(process.HasExited, $"custos serve exited before it answered /healthz\n{Output}");
            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                // Listening but not answering yet.
            }

            Assert.True(clock.Elapsed < timeout, $"custos serve did not answer /healthz within {timeout}\n{Output}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
