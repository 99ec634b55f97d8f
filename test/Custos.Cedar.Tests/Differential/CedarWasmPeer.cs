using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Custos.Cedar.Tests.Differential;

/// <summary>
/// The reference implementation, <c>@cedar-policy/cedar-wasm</c>, behind <c>bench/peers/cedar-wasm/differential.mjs</c>:
/// one Node process per test run, spoken to in JSON lines (one job, one answer). Installs the harness' npm packages
/// with <c>npm ci</c> when they are missing, and fails with a message saying what to install when Node is not there:
/// a differential test that silently skips would prove nothing.
/// </summary>
public sealed class CedarWasmPeer : IAsyncLifetime
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(120);
    private readonly Lock _gate = new();
    private readonly StringBuilder _stderr = new();
    private Process? _node;
    private long _nextId;

    /// <summary>The harness folder, <c>bench/peers/cedar-wasm</c> in the repository.</summary>
    public static string HarnessFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Custos.slnx")))
                    return Path.Combine(dir.FullName, "bench", "peers", "cedar-wasm");
            }
            throw new DirectoryNotFoundException("cannot find the repository root (Custos.slnx) above " + AppContext.BaseDirectory);
        }
    }

    public string Version { get; private set; } = "?";

    private void Restart()
    {
        var old = _node;
        _node = null;
        if (old is not null)
        {
            old.StandardInput.Close();
            if (!old.WaitForExit(10_000))
                old.Kill(entireProcessTree: true);
            old.Dispose();
        }
        _node = Start(HarnessFolder);
    }

    public async ValueTask InitializeAsync()
    {
        var folder = HarnessFolder;
        if (!File.Exists(Path.Combine(folder, "differential.mjs")))
            throw new InvalidOperationException($"the cedar-wasm harness is missing: {folder}/differential.mjs");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@cedar-policy", "cedar-wasm")))
            await NpmCiAsync(folder);
        _node = Start(folder);
        var version = Send(new JsonObject { ["op"] = "version" });
        Version = version.GetProperty("cedarWasm").GetString() ?? "?";
    }

    private Process Start(string folder)
    {
        var start = new ProcessStartInfo("node", ["differential.mjs"])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        Process node;
        try
        {
            node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                "The differential tests need Node.js 20 or later on PATH (`node`), to run the reference implementation " +
                $"@cedar-policy/cedar-wasm from {folder}. Install Node.js; the tests run `npm ci` there themselves. ({e.Message})", e);
        }
        node.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (_stderr)
            {
                if (_stderr.Length < 20_000)
                    _stderr.AppendLine(e.Data);
            }
        };
        node.BeginErrorReadLine();
        return node;
    }

    private static async Task NpmCiAsync(string folder)
    {
        // `npm` is a script (npm.cmd on Windows); run it through the shell's lookup rules.
        var isWindows = OperatingSystem.IsWindows();
        var start = new ProcessStartInfo(isWindows ? "cmd.exe" : "npm")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (isWindows)
        {
            start.ArgumentList.Add("/c");
            start.ArgumentList.Add("npm");
        }
        start.ArgumentList.Add("ci");
        start.ArgumentList.Add("--no-audit");
        start.ArgumentList.Add("--no-fund");
        Process npm;
        try
        {
            npm = Process.Start(start) ?? throw new InvalidOperationException("npm did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"The differential tests need the npm packages of {folder}, which are not installed, and `npm` is not on PATH. " +
                $"Install Node.js 20 or later (with npm), or run `npm ci` in {folder}. ({e.Message})", e);
        }
        using (npm)
        {
            var output = npm.StandardOutput.ReadToEndAsync();
            var errors = npm.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
            await npm.WaitForExitAsync(timeout.Token);
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"`npm ci` failed in {folder} (exit code {npm.ExitCode}); run it there by hand to see why.\n{await output}\n{await errors}");
            }
        }
    }

    /// <summary>Sends one job and waits for its answer. Jobs are answered in order; callers are serialised.</summary>
    public JsonElement Send(JsonObject job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var node = _node ?? throw new InvalidOperationException("the cedar-wasm peer is not running");
        lock (_gate)
        {
            var id = ++_nextId;
            job["id"] = id;
            node.StandardInput.WriteLine(job.ToJsonString());
            node.StandardInput.Flush();
            var line = ReadLine(node);
            if (line.Contains("memory access out of bounds", StringComparison.Ordinal) || line.Contains("Maximum call stack size exceeded", StringComparison.Ordinal))
            {
                // A wasm stack overflow (deeply nested input, from about 150 levels) leaves the module's memory in a
                // state where every later call fails the same way: start a fresh process for the jobs that follow.
                Restart();
                throw new InvalidOperationException($"cedar-wasm crashed on this job (wasm stack overflow; the peer was restarted): {line}\njob: {job.ToJsonString()}");
            }
            using var document = JsonDocument.Parse(line);
            var answer = document.RootElement.Clone();
            if (!answer.TryGetProperty("id", out var answerId) || answerId.ValueKind != JsonValueKind.Number || answerId.GetInt64() != id)
                throw new InvalidOperationException($"the cedar-wasm peer answered out of order: {line}");
            if (answer.TryGetProperty("error", out var error) && !answer.TryGetProperty("parseErrors", out _))
                throw new InvalidOperationException($"the cedar-wasm peer refused a job: {error}\njob: {job.ToJsonString()}");
            return answer;
        }
    }

    private string ReadLine(Process node)
    {
        var read = node.StandardOutput.ReadLineAsync();
        if (!read.Wait(AnswerTimeout))
            throw new TimeoutException($"the cedar-wasm peer did not answer within {AnswerTimeout.TotalSeconds} s. stderr:\n{Stderr()}");
        return read.Result ?? throw new InvalidOperationException($"the cedar-wasm peer exited (code {(node.HasExited ? node.ExitCode : -1)}). stderr:\n{Stderr()}");
    }

    private string Stderr()
    {
        lock (_stderr)
            return _stderr.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        if (_node is null)
            return;
        try
        {
            _node.StandardInput.Close(); // the server exits at the end of its input
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _node.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _node.Kill(entireProcessTree: true);
            }
        }
        finally
        {
            _node.Dispose();
            _node = null;
        }
    }
}

/// <summary>How many cases the properties run: their defaults times <c>CUSTOS_CEDAR_DIFF_SCALE</c> (default 1), for longer hunts.</summary>
public static class DiffScale
{
    private static readonly int Factor =
        int.TryParse(Environment.GetEnvironmentVariable("CUSTOS_CEDAR_DIFF_SCALE"), out var n) && n > 0 ? n : 1;

    public static int Times(int cases) => cases * Factor;
}

/// <summary>The differential tests share one reference process and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class CedarWasmCollection : ICollectionFixture<CedarWasmPeer>
{
    public const string Name = "cedar-wasm";
}
