using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Custos.Detection;
using Custos.Detection.Tests.Evaluation;

namespace Custos.Benchmarks;

/// <summary>
/// Custos's detectors side by side with the peers the detection issue names, in one run over the same inputs:
/// secretlint (secrets) and redact-pii (PII). Quality on the generated evaluation set, scored per text (did the
/// tool report type T in a text labelled with T?) because redact-pii reports no offsets; Custos's exact-span
/// score is printed beside it. Throughput on the same 1 MiB inputs as <see cref="DetectionBenchmarks"/>.
/// <code>dotnet run -c Release --project bench/Custos.Benchmarks -- detection-peers [--seconds 3]</code>
/// </summary>
internal static class DetectionPeerComparison
{
    private static readonly string[] Types =
    [
        EntityTypes.EmailAddress, EntityTypes.PhoneNumber, EntityTypes.CreditCard, EntityTypes.IbanCode,
        EntityTypes.UsSsn, EntityTypes.IpAddress, EntityTypes.Secret,
    ];

    /// <summary>What each peer can report; a type it cannot is shown as a dash, not as zero recall.</summary>
    private static readonly Dictionary<string, HashSet<string>> PeerTypes = new()
    {
        ["secretlint"] = [EntityTypes.Secret],
        ["redact-pii"] = [EntityTypes.EmailAddress, EntityTypes.PhoneNumber, EntityTypes.CreditCard, EntityTypes.UsSsn, EntityTypes.IpAddress],
    };

    public static async Task<int> RunAsync(int seconds)
    {
        // First thing, before anything touches the detectors: what every process pays once at start.
        var build = Stopwatch.StartNew();
        var injection = Custos.Detection.Injection.InjectionAutomaton.Instance.Automaton;
        build.Stop();
        var (states, classes, columns, bytes) = injection.Size;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Injection automaton: {states:N0} states, {classes} character classes ({columns} in dense rows), {bytes / 1e6:N1} MB of transitions, vocabulary and table built in {build.Elapsed.TotalSeconds:N2} s"));
        var peers = FindPeersDirectory();
        if (peers is null)
        {
            await Console.Error.WriteLineAsync("detection-peers: bench/peers/detection/compare.mjs not found above the working directory; run from the repository");
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("custos-detection-peers-");
        try
        {
            var cases = EvaluationSet.Generate();
            var evalPath = Path.Combine(work.FullName, "evaluation-set.jsonl");
            await using (var writer = new StreamWriter(evalPath))
            {
                foreach (var c in cases)
                {
                    await writer.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = c.Id, ["text"] = c.Text }));
                }
            }

            var inputs = DetectionInputs.Create();
            var inputDir = Directory.CreateDirectory(Path.Combine(work.FullName, "inputs")).FullName;
            foreach (var (name, text) in inputs)
            {
                await File.WriteAllTextAsync(Path.Combine(inputDir, name + ".txt"), text);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Evaluation set: {cases.Count} texts ({cases.Count(c => c.Labels.Count == 0)} benign), seed {EvaluationSet.Seed}. Throughput inputs: {string.Join(", ", inputs.Select(i => i.Name))}, {DetectionInputs.Size / 1024} KiB each; {seconds} s per input and tool."));
            var scanner = new Scanner();
            var custosFound = new Dictionary<string, HashSet<string>>();
            var spanCounts = Types.ToDictionary(t => t, _ => new Counts());
            foreach (var c in cases)
            {
                var findings = scanner.Scan(c.Text);
                custosFound[c.Id] = findings.Select(f => f.Type).ToHashSet();
                var labels = c.Labels.ToHashSet();
                foreach (var f in findings.Where(f => spanCounts.ContainsKey(f.Type)))
                {
                    if (labels.Remove(new Label(f.Type, f.Start, f.End)))
                    {
                        spanCounts[f.Type].Tp++;
                    }
                    else
                    {
                        spanCounts[f.Type].Fp++;
                    }
                }

                foreach (var missed in labels.Where(l => spanCounts.ContainsKey(l.Type)))
                {
                    spanCounts[missed.Type].Fn++;
                }
            }

            var custosSpeed = inputs.ToDictionary(i => i.Name, i => MeasureCustos(scanner, i.Text, seconds));
            var peerOutput = await RunNodeAsync(peers, evalPath, inputDir, seconds);
            using var peerJson = JsonDocument.Parse(peerOutput);
            var toolsFound = new Dictionary<string, Dictionary<string, HashSet<string>>> { ["custos"] = custosFound };
            var toolsSpeed = new Dictionary<string, Dictionary<string, double>> { ["custos"] = custosSpeed };
            foreach (var tool in peerJson.RootElement.GetProperty("tools").EnumerateObject())
            {
                toolsFound[tool.Name] = tool.Value.GetProperty("found").EnumerateObject()
                    .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(t => t.GetString()!).ToHashSet());
                toolsSpeed[tool.Name] = tool.Value.GetProperty("throughput").EnumerateObject()
                    .ToDictionary(p => p.Name, p => p.Value.GetProperty("megabytesPerSecond").GetDouble());
            }

            PrintQuality(cases, toolsFound, spanCounts);
            PrintSpeed(inputs.Select(i => i.Name).ToArray(), toolsSpeed);

            // The pipeline screens short texts (a prompt, a tool result) one by one: the mixed input in 4 KiB pieces,
            // each its own scan, with the default scanner and with the injection classifier on (it reads texts up to 16 KB).
            var mixed = inputs.Single(i => i.Name == "mixed").Text;
            var pieces = Enumerable.Range(0, mixed.Length / 4096).Select(k => mixed.Substring(k * 4096, 4096)).ToArray();
            var classified = new Scanner(new ScannerOptions { UseInjectionClassifier = true });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Custos on the mixed input in {pieces.Length} pieces of 4 KiB, each its own scan: {MeasurePieces(scanner, pieces, seconds):0.0} MB/s (default), {MeasurePieces(classified, pieces, seconds):0.0} MB/s (injection classifier on)"));
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static void PrintQuality(IReadOnlyList<LabelledCase> cases, Dictionary<string, Dictionary<string, HashSet<string>>> found, Dictionary<string, Counts> spanCounts)
    {
        Console.WriteLine();
        Console.WriteLine("Quality per text (precision / recall / F1; '-' = the tool has no such type):");
        Console.WriteLine();
        var tools = found.Keys.ToArray();
        Console.WriteLine("| type | labelled texts | " + string.Join(" | ", tools) + " | custos, exact spans |");
        Console.WriteLine("| --- | ---: | " + string.Join(" | ", tools.Select(_ => "---")) + " | --- |");
        foreach (var type in Types)
        {
            var labelled = cases.Count(c => c.Labels.Any(l => l.Type == type));
            var cells = tools.Select(tool =>
            {
                if (tool != "custos" && !PeerTypes[tool].Contains(type))
                {
                    return "-";
                }

                var counts = new Counts();
                foreach (var c in cases)
                {
                    var has = c.Labels.Any(l => l.Type == type);
                    var reported = found[tool].TryGetValue(c.Id, out var types) && types.Contains(type);
                    if (has && reported)
                    {
                        counts.Tp++;
                    }
                    else if (reported)
                    {
                        counts.Fp++;
                    }
                    else if (has)
                    {
                        counts.Fn++;
                    }
                }

                return counts.ToString();
            });
            Console.WriteLine($"| {type} | {labelled} | {string.Join(" | ", cells)} | {spanCounts[type]} |");
        }

        var benign = cases.Where(c => c.Labels.Count == 0).ToArray();
        Console.WriteLine();
        Console.WriteLine("Benign texts with any finding (any type the tool reports, e.g. redact-pii's zip codes and digit runs):");
        foreach (var tool in tools)
        {
            var flagged = benign.Count(c => found[tool].TryGetValue(c.Id, out var types) && types.Count > 0);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {tool}: {flagged} of {benign.Length} ({100.0 * flagged / benign.Length:0.0}%)"));
        }
    }

    private static void PrintSpeed(string[] inputs, Dictionary<string, Dictionary<string, double>> speed)
    {
        Console.WriteLine();
        Console.WriteLine("Throughput, MB/s (million characters per second, one thread; the inputs are ASCII). Custos runs every detector; each peer runs only its own:");
        Console.WriteLine();
        Console.WriteLine("| input | " + string.Join(" | ", speed.Keys) + " |");
        Console.WriteLine("| --- | " + string.Join(" | ", speed.Keys.Select(_ => "---:")) + " |");
        foreach (var input in inputs)
        {
            Console.WriteLine($"| {input} | " + string.Join(" | ", speed.Values.Select(s => s.TryGetValue(input, out var v) ? v.ToString("0.0", CultureInfo.InvariantCulture) : "-")) + " |");
        }
    }

    private static double MeasureCustos(Scanner scanner, string text, int seconds)
    {
        // Warm up for a second, not a count of scans: the first input measured otherwise runs partly before the JIT's
        // optimized code is in (English read 72 MB/s in a 1 s row and 130 in a 3 s one).
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(1))
        {
            scanner.Scan(text);
        }

        var runs = 0;
        var watch = Stopwatch.StartNew();
        do
        {
            scanner.Scan(text);
            runs++;
        }
        while (watch.Elapsed.TotalSeconds < seconds);
        return (double)text.Length * runs / watch.Elapsed.TotalSeconds / 1e6;
    }

    private static double MeasurePieces(Scanner scanner, string[] pieces, int seconds)
    {
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(1))
        {
            foreach (var piece in pieces)
            {
                scanner.Scan(piece);
            }
        }

        long chars = 0;
        var watch = Stopwatch.StartNew();
        do
        {
            foreach (var piece in pieces)
            {
                scanner.Scan(piece);
                chars += piece.Length;
            }
        }
        while (watch.Elapsed.TotalSeconds < seconds);
        return chars / watch.Elapsed.TotalSeconds / 1e6;
    }

    private static async Task<string> RunNodeAsync(string peers, string evalPath, string inputDir, int seconds)
    {
        if (!Directory.Exists(Path.Combine(peers, "node_modules")))
        {
            await RunAsync(peers, "npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
        }

        return await RunAsync(peers, "node", ["compare.mjs", evalPath, inputDir, seconds.ToString(CultureInfo.InvariantCulture)]);
    }

    private static async Task<string> RunAsync(string directory, string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr}");
        }

        return await stdout;
    }

    private static string? FindPeersDirectory()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "peers", "detection");
            if (File.Exists(Path.Combine(candidate, "compare.mjs")))
            {
                return candidate;
            }
        }

        return null;
    }

    private sealed class Counts
    {
        public int Tp { get; set; }

        public int Fp { get; set; }

        public int Fn { get; set; }

        public override string ToString()
        {
            var precision = Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);
            var recall = Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return string.Create(CultureInfo.InvariantCulture, $"{precision:0.000} / {recall:0.000} / {f1:0.000}");
        }
    }
}
