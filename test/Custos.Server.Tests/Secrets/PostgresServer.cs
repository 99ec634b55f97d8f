using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Custos.Server.Tests.Secrets;

/// <summary>
/// A throwaway PostgreSQL cluster (Debian's postgresql package, 15 or later) in a temporary directory, listening on
/// a free loopback port, with a superuser <see cref="AdminUser"/> whose password is random. As root, initdb and
/// postgres run as the <c>postgres</c> user (PostgreSQL refuses to run as root). Stopped and removed on dispose.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string AdminUser = "custos_admin";

    private string directory = string.Empty;
    private string bin = string.Empty;
    private bool asPostgresUser;

    public int Port { get; private set; }

    public string AdminPassword { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public string DataDirectory => Path.Combine(directory, "data");

    /// <summary>The server's log (what it writes to stderr).</summary>
    public string LogFile => Path.Combine(directory, "server.log");

    public string ConnectionString(string user, string password) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = "postgres",
        Username = user,
        Password = password,
        Pooling = false,
        Timeout = 5,
    }.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL 15 or later is not installed (no /usr/lib/postgresql/NN/bin/initdb); install Debian's postgresql package (.ci/run does: apt-get install postgresql)");
        asPostgresUser = Environment.UserName == "root";
        directory = Directory.CreateTempSubdirectory("custos-pg-").FullName;
        var passwordFile = Path.Combine(directory, "admin.pw");
        await File.WriteAllTextAsync(passwordFile, AdminPassword);
        if (asPostgresUser)
        {
            await RunAsync("chown", ["-R", "postgres", directory], asUser: false);
        }

        await RunAsync(Path.Combine(bin, "initdb"), ["-D", DataDirectory, "-U", AdminUser, "--pwfile", passwordFile, "-A", "scram-sha-256", "-E", "UTF8", "--no-sync", "--no-instructions"]);
        File.Delete(passwordFile);
        for (var attempt = 0; ; attempt++)
        {
            Port = FreePort();
            try
            {
                await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", DataDirectory, "-w", "-t", "30", "-l", LogFile, "-o", $"-p {Port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40", "start"]);
                return;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Another process took the port between probing and binding; try another.
            }
        }
    }

    /// <summary>Stops the server at once (as a crash would), to test what happens when it is down.</summary>
    public Task StopAsync() => RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(AdminUser, AdminPassword));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (directory.Length == 0)
        {
            return;
        }

        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            try
            {
                await StopAsync();
            }
            catch (InvalidOperationException)
            {
            }
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            .Where(d => d.Version >= 15 && File.Exists(Path.Combine(d.Dir, "bin", "initdb")))
            .OrderByDescending(d => d.Version)
            .Select(d => Path.Combine(d.Dir, "bin"))
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task RunAsync(string program, string[] arguments, bool? asUser = null)
    {
        var info = new ProcessStartInfo((asUser ?? asPostgresUser) ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asUser ?? asPostgresUser)
        {
            foreach (var a in (string[])["-u", "postgres", "--", program])
            {
                info.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited with {process.ExitCode}: {await output} {await error}");
        }
    }
}
