using System.Diagnostics;
using System.Globalization;
using Custos.Detection;
using Custos.Detection.Injection;
using Custos.Detection.Scanning;

namespace Custos.Benchmarks;

/// <summary>
/// Where a scan's work goes on each detection input, counted rather than timed (counts do not move with the machine's
/// load): per MiB, the injection automaton's matches by cue (its ASCII folding, stepped over the input), the characters
/// that stop the main loop (':' '@', digit-run starts, capitals at word starts), the scan's own work counters; then the
/// injection pass alone, timed best of N, against the whole scan.
/// <code>dotnet run -c Release --project bench/Custos.Benchmarks -- detection-work [--runs 25] [--only json]</code>
/// </summary>
internal static class DetectionWork
{
    public static int Run(int runs, IReadOnlyCollection<string> only)
    {
        var inputs = DetectionInputs.Create().Where(i => only.Count == 0 || only.Contains(i.Name)).ToList();
        var vocabulary = InjectionAutomaton.Instance;
        var automaton = vocabulary.Automaton;
        var scanner = new Scanner();
        foreach (var (name, text) in inputs)
        {
            var mib = text.Length / (double)(1 << 20);
            var cues = new Dictionary<string, int>(StringComparer.Ordinal);
            var state = AhoCorasick.Start;
            var matches = 0;
            var last = ' ';
            foreach (var c in text)
            {
                var f = c is '\n' or '\r' or '\t' ? ' ' : char.ToLowerInvariant(c);
                if (f == ' ' && last == ' ')
                {
                    continue;
                }

                last = f;
                state = automaton.Step(state, f);
                if (automaton.HasOutputs(state))
                {
                    matches++;
                    foreach (var id in automaton.Outputs(state))
                    {
                        var key = vocabulary.Cues[id].Text;
                        cues[key] = cues.GetValueOrDefault(key) + 1;
                    }
                }
            }

            int colons = 0, ats = 0, digitStarts = 0, capitals = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var prev = i > 0 ? text[i - 1] : ' ';
                colons += c == ':' ? 1 : 0;
                ats += c == '@' ? 1 : 0;
                digitStarts += char.IsAsciiDigit(c) && !char.IsLetterOrDigit(prev) && prev is not ('_' or '.' or '-') ? 1 : 0;
                capitals += char.IsAsciiLetterUpper(c) && !char.IsLetterOrDigit(prev) && prev != '_' ? 1 : 0;
            }

            // The main automaton (secret prefixes, assignment names, context words, URL and command triggers), read from the scanner.
            var main = (AhoCorasick)typeof(Scanner).GetField("_automaton", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(scanner)!;
            var words = new Dictionary<string, int>(StringComparer.Ordinal);
            var mainMatches = 0;
            state = AhoCorasick.Start;
            for (var i = 0; i < text.Length; i++)
            {
                state = main.Step(state, text[i]);
                if (main.HasOutputs(state))
                {
                    foreach (var id in main.Outputs(state))
                    {
                        mainMatches++;
                        var key = text.Substring(i + 1 - main.Length(id), main.Length(id)).ToLowerInvariant();
                        words[key] = words.GetValueOrDefault(key) + 1;
                    }
                }
            }

            var (findings, work) = scanner.Run(text);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: per MiB {matches / mib:N0} injection automaton stops, {colons / mib:N0} ':', {ats / mib:N0} '@', {digitStarts / mib:N0} digit-run starts, {capitals / mib:N0} capitals at a word start; {findings.Count / mib:N0} findings; work {work.InjectionChars / mib:N0} injection, {work.DecodedChars / mib:N0} decoded, {work.TriggerChars / mib:N0} trigger characters"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  main automaton: {mainMatches / mib:N0} matches; most: ") + string.Join(", ", words.OrderByDescending(p => p.Value).Take(12).Select(p => string.Create(CultureInfo.InvariantCulture, $"'{p.Key}' {p.Value / mib:N0}"))));
            Console.WriteLine("  cues matched most: " + string.Join(", ", cues.OrderByDescending(p => p.Value).Take(12).Select(p => string.Create(CultureInfo.InvariantCulture, $"'{p.Key}' {p.Value / mib:N0}"))));

            var pass = new double[runs];
            var whole = new double[runs];
            for (var r = -3; r < runs; r++)
            {
                var watch = Stopwatch.StartNew();
                new InjectionPass(vocabulary, text, 0, new ScanWork()).FeedAll();
                var passSeconds = watch.Elapsed.TotalSeconds;
                watch.Restart();
                scanner.Scan(text);
                if (r >= 0)
                {
                    pass[r] = passSeconds;
                    whole[r] = watch.Elapsed.TotalSeconds;
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  best of {runs}: injection pass alone {text.Length / pass.Min() / 1e6:0.0} MB/s ({pass.Min() * 1e3 / mib:0.00} ms/MiB), whole scan {text.Length / whole.Min() / 1e6:0.0} MB/s ({whole.Min() * 1e3 / mib:0.00} ms/MiB)"));
        }

        return 0;
    }
}
