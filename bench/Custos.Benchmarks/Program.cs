using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Custos.Benchmarks;

// The closed-loop runs take [--warmup N] (seconds; default a fifth of --seconds, at least 1); llm-latency and
// mcp-overhead then keep warming each row until the JIT settles, and CUSTOS_BENCH_ALLOCATIONS=1 samples allocations by type.
// dotnet run -c Release --project bench/Custos.Benchmarks -- load [--concurrency 1,32] [--seconds 10]
// dotnet run -c Release --project bench/Custos.Benchmarks -- ledger-append [--concurrency 1,64,512] [--seconds 10]
// dotnet run -c Release --project bench/Custos.Benchmarks -- detection-peers [--seconds 3]
// dotnet run -c Release --project bench/Custos.Benchmarks -- detection-best [--runs 25] [--only json,mixed] [--without PROMPT_INJECTION] [--classifier]
// dotnet run -c Release --project bench/Custos.Benchmarks -- detection-classifier [--runs 20] [--text FILE]
// dotnet run -c Release --project bench/Custos.Benchmarks -- detection-fingerprint
// dotnet run -c Release --project bench/Custos.Benchmarks -- detection-work [--runs 25] [--only json]
// dotnet run -c Release --project bench/Custos.Benchmarks -- detection-ab A_DIR B_DIR [--runs 20] [--only english,mixed]
// dotnet run -c Release --project bench/Custos.Benchmarks -- llm-latency [--concurrency 1,32] [--seconds 10]
// dotnet run -c Release --project bench/Custos.Benchmarks -- mcp-overhead [--concurrency 1,32] [--seconds 10]
// dotnet run -c Release --project bench/Custos.Benchmarks -- fsync-probe [--rounds 5] [--samples 400]
// dotnet run -c Release --project bench/Custos.Benchmarks -- allocations [--requests 2000] [--warmup-requests 500] [--only llm|mcp]
// dotnet run -c Release --project bench/Custos.Benchmarks -- stage-bytes [--iterations 20000]
// dotnet run -c Release --project bench/Custos.Benchmarks -- --filter '*'
if (args.Length > 0 && args[0] == "allocations")
{
    string? Option(string name) => Array.IndexOf(args, name) is var at and > 0 && at + 1 < args.Length ? args[at + 1] : null;
    return await AllocationsPerRequest.RunAsync(
        int.Parse(Option("--requests") ?? "2000", CultureInfo.InvariantCulture),
        int.Parse(Option("--warmup-requests") ?? "500", CultureInfo.InvariantCulture),
        Option("--only") ?? "all");
}

if (args.Length > 0 && args[0] == "stage-bytes")
{
    var at = Array.IndexOf(args, "--iterations");
    return await SharedStageBytes.RunAsync(at > 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 20_000);
}

if (args.Length > 0 && args[0] == "fsync-probe")
{
    string? Option(string name) => Array.IndexOf(args, name) is var at and > 0 && at + 1 < args.Length ? args[at + 1] : null;
    return await FsyncProbe.RunAsync(
        int.Parse(Option("--rounds") ?? "5", CultureInfo.InvariantCulture),
        int.Parse(Option("--samples") ?? "400", CultureInfo.InvariantCulture));
}

if (args.Length > 0 && args[0] == "detection-classifier")
{
    var at = Array.IndexOf(args, "--runs");
    var file = Array.IndexOf(args, "--text");
    return DetectionClassifierCost.Run(at > 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 20, file > 0 && file + 1 < args.Length ? args[file + 1] : null);
}

if (args.Length > 0 && args[0] == "detection-fingerprint")
{
    return DetectionFingerprint.Run();
}

if (args.Length > 0 && args[0] == "detection-peers")
{
    var index = Array.IndexOf(args, "--seconds");
    return await DetectionPeerComparison.RunAsync(index > 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : 3);
}

if (args.Length > 0 && args[0] == "detection-ab")
{
    if (args.Length < 3)
    {
        Console.Error.WriteLine("detection-ab: give two folders, each holding a build's Custos.Detection.dll: detection-ab A_DIR B_DIR [--runs 20] [--only english,mixed]");
        return 2;
    }

    string? Option(string name) => Array.IndexOf(args, name) is var at and > 0 && at + 1 < args.Length ? args[at + 1] : null;
    return DetectionAb.Run(args[1], args[2], int.Parse(Option("--runs") ?? "20", CultureInfo.InvariantCulture),
        Option("--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []);
}

if (args.Length > 0 && args[0] is "detection-best" or "detection-work")
{
    string? Option(string name) => Array.IndexOf(args, name) is var at and > 0 && at + 1 < args.Length ? args[at + 1] : null;
    string[] List(string name) => Option(name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
    if (args[0] == "detection-work")
    {
        return DetectionWork.Run(int.Parse(Option("--runs") ?? "25", CultureInfo.InvariantCulture), List("--only"));
    }

    return DetectionBestOf.Run(int.Parse(Option("--runs") ?? "25", CultureInfo.InvariantCulture), List("--only"), List("--without"), args.Contains("--classifier"));
}

if (args.Length > 0 && args[0] is "load" or "ledger-append" or "llm-latency" or "mcp-overhead")
{
    var concurrency = args[0] is "load" or "llm-latency" or "mcp-overhead" ? new[] { 1, 32 } : [1, 64, 512];
    var seconds = 10;
    int? warmupSeconds = null;
    for (var i = 1; i < args.Length - 1; i++)
    {
        if (args[i] == "--concurrency")
        {
            concurrency = args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        }
        else if (args[i] == "--seconds")
        {
            seconds = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }
        else if (args[i] == "--warmup")
        {
            warmupSeconds = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }
    }

    var warmup = TimeSpan.FromSeconds(warmupSeconds ?? Math.Max(1, seconds / 5));
    if (args[0] == "mcp-overhead")
    {
        return await McpOverhead.RunAsync(concurrency, TimeSpan.FromSeconds(seconds), warmup);
    }

    if (args[0] == "llm-latency")
    {
        return await LlmLatency.RunAsync(concurrency, TimeSpan.FromSeconds(seconds), warmup);
    }

    if (args[0] == "load")
    {
        await LoadGenerator.RunAsync(concurrency, TimeSpan.FromSeconds(seconds), warmup);
    }
    else
    {
        await LedgerLoadGenerator.RunAsync(concurrency, TimeSpan.FromSeconds(seconds), warmup);
    }

    return 0;
}

var config = DefaultConfig.Instance
    .AddColumn(StatisticColumn.P50, new PercentileColumn(99))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(AuthorizeBenchmarks).Assembly).Run(args, config);
return 0;
