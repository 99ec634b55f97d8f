using System.Diagnostics;
using System.Globalization;
using System.Text;
using Custos.Detection.Injection;
using static Custos.Detection.Tests.Classifier.ClassifierData;

namespace Custos.Detection.Tests.Classifier;

/// <summary>
/// A/B of classifier variants (features, weighting, training) judged leave one batch out only: every group (the
/// generated set and the code corpus in five folds each) is scored by a model trained without it, once per variant;
/// then, for each measured batch, the threshold is chosen on the other validation batches' out-of-group scores
/// (as <see cref="ClassifierEvaluationTests.ChooseThreshold"/> does), and the batch's F1 gain over the heuristics, its
/// AUC and its recall at 2% benign flagged are reported. CUSTOS_CLASSIFIER_EXPERIMENT="variant;variant" (see
/// <see cref="Variant.Parse"/>) runs it; it writes classifier-experiment.md beside the test binaries.
/// </summary>
public sealed class ClassifierExperimentTests
{
    private static readonly Dictionary<string, (bool Flagged, string[] Signals)> Heuristics = [];
    private static readonly Recorder Recording = new();
    private static readonly Scanner RecordingScanner = new(new ScannerOptions { InjectionDetector = Recording });

    [Fact]
    public void Variants_are_compared_leave_one_batch_out()
    {
        var spec = Environment.GetEnvironmentVariable("CUSTOS_CLASSIFIER_EXPERIMENT");
        Assert.SkipWhen(string.IsNullOrEmpty(spec), "set CUSTOS_CLASSIFIER_EXPERIMENT to a list of variants to compare them");
        var units = Units();
        var report = new StringBuilder();
        report.AppendLine("| variant | mean gain (all measured) | mean gain (no 20-25) | min gain | mean gain, two thresholds (benign flagged) | mean AUC | mean R@2% alone | mean R@2% with heuristics | generated flagged | code flagged | train s |");
        report.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var details = new StringBuilder();
        foreach (var text in spec!.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var variant = Variant.Parse(text);
            var clock = Stopwatch.StartNew();
            var scores = OutOfGroupScores(units, variant);
            var seconds = clock.Elapsed.TotalSeconds;
            var rows = new List<(string Name, double Gain, double Auc, double RAlone, double RBoth, double Gain2, int Fp, int Fp2)>();
            details.AppendLine(CultureInfo.InvariantCulture, $"### {text}");
            details.AppendLine("| left out | heuristics F1 | + classifier F1 (benign flagged) | AUC | R@2% alone | threshold |");
            details.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
            foreach (var name in Measured.Where(n => units.Exists(u => u.Name == n)))
            {
                var validation = units.Where(u => u.Name != name && Validation.Contains(u.Name)).ToList();
                var threshold = Choose(validation, scores);
                var held = units.Single(u => u.Name == name);
                var (before, _) = F1(held, scores, 2);
                var (after, fp) = F1(held, scores, threshold);
                var pa = held.Attacks.Select(t => scores[t]).ToArray();
                var pb = held.Benign.Select(t => scores[t]).ToArray();
                var auc = pa.Sum(a => pb.Count(b => b < a) + (0.5 * pb.Count(b => b == a))) / (pa.Length * (double)pb.Length);
                var cut = pb.OrderDescending().ElementAt((int)(0.02 * pb.Length));
                var rAlone = pa.Count(p => p > cut) / (double)pa.Length;
                var rBoth = held.Attacks.Count(t => Heuristics[t].Flagged || scores[t] > cut) / (double)pa.Length;
                // The second stage: one threshold where some heuristic signal fired without a finding, another where none did.
                var (none, fired) = ChooseTwo(validation, scores);
                var (after2, fp2) = F1(held, t => Heuristics[t].Flagged || scores[t] >= (Fired(t) ? fired : none));
                rows.Add((name, after - before, auc, rAlone, rBoth, after2 - before, fp, fp2));
                details.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {before:0.000} | {after:0.000} ({fp}) | {auc:0.000} | {rAlone:0.000} | {threshold:0.000} |");
            }

            var all = Choose([.. units.Where(u => Validation.Contains(u.Name))], scores);
            var generated = units.Where(u => u.Name == Generated).SelectMany(u => u.Unlabelled).Count(t => !Heuristics[t].Flagged && scores[t] >= all);
            var code = units.Where(u => u.Name == Code).SelectMany(u => u.Benign).Count(t => !Heuristics[t].Flagged && scores[t] >= all);
            var old = rows.Where(r => r.Name is not ("batch 20" or "batch 21" or "batch 22" or "batch 23" or "batch 24" or "batch 25")).ToList();
            report.AppendLine(CultureInfo.InvariantCulture, $"| {text} | {rows.Average(r => r.Gain):+0.000;-0.000} | {old.Average(r => r.Gain):+0.000;-0.000} | {rows.Min(r => r.Gain):+0.000;-0.000} | {rows.Average(r => r.Gain2):+0.000;-0.000} ({rows.Sum(r => r.Fp2)} vs {rows.Sum(r => r.Fp)}) | {rows.Average(r => r.Auc):0.000} | {rows.Average(r => r.RAlone):0.000} | {rows.Average(r => r.RBoth):0.000} | {generated} | {code} | {seconds:0} |");
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "classifier-experiment.md"), report + "\n" + details);
        }

        var output = report + "\n" + details;
        TestContext.Current.SendDiagnosticMessage(output);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "classifier-experiment.md"), output);
    }

    /// <summary>The groups, the generated set and the code corpus cut in five folds each (by position).</summary>
    private static List<Unit> Units()
    {
        var units = new List<Unit>();
        foreach (var g in Groups)
        {
            if (g.Name is Generated or Code)
            {
                var unlabelled = g.Unlabelled.ToHashSet(StringComparer.Ordinal);
                for (var fold = 0; fold < 5; fold++)
                {
                    var f = fold;
                    var benign = g.Benign.Where((_, i) => i % 5 == f).ToArray();
                    units.Add(new Unit(g.Name, fold, [.. g.Attacks.Where((_, i) => i % 5 == f)], benign, [.. benign.Where(unlabelled.Contains)]));
                }
            }
            else
            {
                units.Add(new Unit(g.Name, 0, g.Attacks, g.Benign, g.Benign));
            }
        }

        foreach (var t in units.SelectMany(u => u.Attacks.Concat(u.Benign)))
        {
            Heuristic(t);
        }

        return units;
    }

    /// <summary>Every text's probability from a model trained on every unit but its own.</summary>
    private static Dictionary<string, double> OutOfGroupScores(List<Unit> units, Variant v)
    {
        var train = new Dictionary<string, Featurized>(StringComparer.Ordinal);
        foreach (var t in units.SelectMany(u => u.Attacks.Concat(u.Benign)))
        {
            train.TryAdd(t, Featurize(t, v, whole: true));
        }

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var sync = new Lock();
        Parallel.ForEach(units, new ParallelOptions { MaxDegreeOfParallelism = 4 }, unit =>
        {
            var held = unit.Attacks.Concat(unit.Benign).ToHashSet(StringComparer.Ordinal);
            var examples = new List<(Featurized F, bool Attack)>();
            foreach (var u in units.Where(u => u != unit))
            {
                examples.AddRange(u.Attacks.Where(t => !held.Contains(t)).Select(t => (train[t], true)));
                examples.AddRange(u.Benign.Where(t => !held.Contains(t)).Select(t => (train[t], false)));
            }

            var (w, b) = Train(examples, v);
            lock (sync)
            {
                File.AppendAllText(Path.Combine(AppContext.BaseDirectory, "classifier-experiment.progress"), $"{unit.Name} {unit.Fold} trained\n");
            }

            foreach (var t in held)
            {
                var p = Score(t, v, w, b);
                lock (sync)
                {
                    scores[t] = p;
                }
            }
        });
        return scores;
    }

    private static (double F1, int Fp) F1(Unit held, Dictionary<string, double> scores, double threshold)
    {
        var tp = held.Attacks.Count(t => Heuristics[t].Flagged || scores[t] >= threshold);
        var fp = held.Benign.Count(t => Heuristics[t].Flagged || scores[t] >= threshold);
        return (2.0 * tp / (tp + fp + held.Attacks.Length), fp);
    }

    private static (double F1, int Fp) F1(Unit held, Func<string, bool> flagged)
    {
        var tp = held.Attacks.Count(flagged);
        var fp = held.Benign.Count(flagged);
        return (2.0 * tp / (tp + fp + held.Attacks.Length), fp);
    }

    /// <summary>True when the heuristics saw some sign of an instruction (a signal of positive weight) but made no finding.</summary>
    private static bool Fired(string text) => !Heuristics[text].Flagged && Heuristics[text].Signals.Any(s => s.Contains(':', StringComparison.Ordinal) && double.Parse(s[(s.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture) > 0);

    /// <summary>As <see cref="Choose"/>, a threshold for texts where a signal fired and one for the rest, chosen together.</summary>
    private static (double None, double Fired) ChooseTwo(List<Unit> validation, Dictionary<string, double> scores)
    {
        var scored = validation.SelectMany(u => u.Attacks.Select(t => (P: scores[t], H: Heuristics[t].Flagged, F: Fired(t), A: true)).Concat(u.Benign.Select(t => (P: scores[t], H: Heuristics[t].Flagged, F: Fired(t), A: false)))).ToList();
        var benign = scored.Count(s => !s.A);
        var attacks = scored.Count - benign;
        var best = (F1: -1.0, None: 1.0, Fired: 1.0);
        for (var tn = 0.995; tn >= 0.3; tn -= 0.01)
        {
            for (var tf = 0.995; tf >= 0.3; tf -= 0.01)
            {
                int tp = 0, fp = 0, added = 0;
                foreach (var s in scored)
                {
                    if (s.H || s.P >= (s.F ? tf : tn))
                    {
                        tp += s.A ? 1 : 0;
                        fp += s.A ? 0 : 1;
                        added += !s.A && !s.H ? 1 : 0;
                    }
                }

                if (fp > benign * 0.02 || added > benign * 0.005)
                {
                    continue;
                }

                var f1 = 2.0 * tp / (tp + fp + attacks);
                if (f1 > best.F1 + 1e-9)
                {
                    best = (f1, Math.Round(tn, 3), Math.Round(tf, 3));
                }
            }
        }

        return (best.None, best.Fired);
    }

    private static double Choose(List<Unit> validation, Dictionary<string, double> scores)
    {
        var scored = validation.SelectMany(u => u.Attacks.Select(t => (P: scores[t], H: Heuristics[t].Flagged, A: true)).Concat(u.Benign.Select(t => (P: scores[t], H: Heuristics[t].Flagged, A: false)))).ToList();
        var benign = scored.Count(s => !s.A);
        var attacks = scored.Count - benign;
        var best = (F1: -1.0, T: 1.0);
        for (var t = 0.995; t >= 0.3; t -= 0.005)
        {
            int tp = 0, fp = 0, added = 0;
            foreach (var s in scored)
            {
                if (s.H || s.P >= t)
                {
                    tp += s.A ? 1 : 0;
                    fp += s.A ? 0 : 1;
                    added += !s.A && !s.H ? 1 : 0;
                }
            }

            if (fp > benign * 0.02 || added > benign * 0.005)
            {
                continue;
            }

            var f1 = 2.0 * tp / (tp + fp + attacks);
            if (f1 > best.F1 + 1e-9)
            {
                best = (f1, Math.Round(t, 3));
            }
        }

        return best.T;
    }

    private static (bool Flagged, string[] Signals) Heuristic(string text)
    {
        lock (Heuristics)
        {
            if (!Heuristics.TryGetValue(text, out var h))
            {
                // One scanner for all (building one compiles its automata); the recorder is emptied before each scan.
                Recording.Signals.Clear();
                var flagged = RecordingScanner.Scan(text).Any(f => EntityTypes.IsRegion(f.Type));
                Heuristics[text] = h = (flagged, [.. Recording.Signals]);
            }

            return h;
        }
    }

    private static (double[] W, double B) Train(List<(Featurized F, bool Attack)> examples, Variant v)
    {
        var size = 1 << v.Bits;
        var weights = new double[size];
        var bias = 0.0;
        var attacks = examples.Count(e => e.Attack);
        var benign = examples.Count - attacks;
        var attackWeight = examples.Count / (2.0 * attacks) * v.AttackWeight;
        var benignWeight = examples.Count / (2.0 * benign);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var state = ClassifierTrainer.Seed;
        var step = 0;
        for (var epoch = 0; epoch < v.Epochs; epoch++)
        {
            ClassifierTrainer.Shuffle(order, ref state);

            foreach (var index in order)
            {
                var (f, attack) = examples[index];
                if (f.Buckets.Length == 0)
                {
                    continue;
                }

                var z = bias;
                for (var k = 0; k < f.Buckets.Length; k++)
                {
                    z += weights[f.Buckets[k]] * f.Values[k];
                }

                var p = 1 / (1 + Math.Exp(-z));
                var g = (p - (attack ? 1 : 0)) * (attack ? attackWeight : benignWeight);
                var rate = v.Rate / (1 + (v.Decay * step++));
                for (var k = 0; k < f.Buckets.Length; k++)
                {
                    var b = f.Buckets[k];
                    weights[b] -= rate * ((g * f.Values[k]) + (v.L2 * weights[b]));
                }

                bias -= rate * g;
            }
        }

        if (v.Quantize)
        {
            var max = weights.Max(Math.Abs);
            var scale = max / 127;
            for (var i = 0; i < size; i++)
            {
                weights[i] = Math.Round(weights[i] / scale) * scale;
            }
        }

        return (weights, bias);
    }

    private static double Score(string text, Variant v, double[] w, double b)
    {
        var best = 0.0;
        foreach (var f in Windows(text, v))
        {
            var z = b;
            for (var k = 0; k < f.Buckets.Length; k++)
            {
                z += w[f.Buckets[k]] * f.Values[k];
            }

            best = Math.Max(best, 1 / (1 + Math.Exp(-z)));
        }

        return best;
    }

    private static IEnumerable<Featurized> Windows(string text, Variant v)
    {
        var words = new List<ClassifierFeatures.Word>();
        var folded = new List<char>();
        ClassifierFeatures.Words(text, words, folded);
        if (words.Count == 0)
        {
            yield return new Featurized([], []);
            yield break;
        }

        for (var from = 0; ; from += InjectionClassifier.Window / 2)
        {
            var to = Math.Min(words.Count, from + InjectionClassifier.Window);
            yield return Featurize(text, words, folded, from, to, v);
            if (to == words.Count)
            {
                yield break;
            }
        }
    }

    private static Featurized Featurize(string text, Variant v, bool whole)
    {
        _ = whole;
        var words = new List<ClassifierFeatures.Word>();
        var folded = new List<char>();
        ClassifierFeatures.Words(text, words, folded);
        return Featurize(text, words, folded, 0, words.Count, v);
    }

    /// <summary>The features of words [from, to) under variant <paramref name="v"/>, with their values.</summary>
    private static Featurized Featurize(string text, List<ClassifierFeatures.Word> words, List<char> folded, int from, int to, Variant v)
    {
        var counts = new Dictionary<int, (double Count, double Weight)>();
        var mask = (1 << v.Bits) - 1;
        void Add(uint h, uint salt, double weight)
        {
            var bucket = (int)(ClassifierFeatures.Mix(h, salt) & (uint)mask);
            var (c, wt) = counts.GetValueOrDefault(bucket);
            counts[bucket] = (c + 1, c == 0 ? weight : wt);
        }

        var chars = new StringBuilder(" ");
        for (var w = from; w < to; w++)
        {
            var word = words[w];
            if (v.Words)
            {
                Add(word.Hash, 1, 1);
            }

            if (v.Pairs && w > from)
            {
                Add((words[w - 1].Hash * 31) ^ word.Hash, 2, 1);
            }

            if (v.Triples && w > from + 1)
            {
                Add((((words[w - 2].Hash * 31) ^ words[w - 1].Hash) * 31) ^ word.Hash, 6, 1);
            }

            if (v.WordGrams && word.Length > 4)
            {
                var packed = 1ul;
                for (var j = 0; j <= word.Length; j++)
                {
                    packed = (packed << 16) | (j < word.Length ? folded[word.Fold + j] : 1u);
                    if (j >= 2)
                    {
                        Add((uint)packed ^ ((uint)(packed >> 32) * 0x9E3779B1u), 3, 1);
                    }
                }
            }

            if (v.Inside && word.Length > 0)
            {
                // fastText's subwords: the n-grams of " word " (the word padded with a space each side).
                var padded = " " + new string([.. folded.GetRange(word.Fold, word.Length)]) + " ";
                for (var i = 0; i < padded.Length; i++)
                {
                    var h = 2166136261u;
                    for (var n = 1; n <= v.CharMax && i + n <= padded.Length; n++)
                    {
                        h = (h ^ padded[i + n - 1]) * 16777619u;
                        if (n >= v.CharMin)
                        {
                            Add(h, 20 + (uint)n, v.CharWeight);
                        }
                    }
                }
            }

            if (word.Length == 0)
            {
                chars.Append(text[word.Start]);
            }
            else
            {
                for (var j = 0; j < word.Length; j++)
                {
                    chars.Append(folded[word.Fold + j]);
                }
            }

            chars.Append(' ');
        }

        if (v.CharMin > 0 && !v.Inside)
        {
            for (var i = 0; i < chars.Length; i++)
            {
                var h = 2166136261u;
                for (var n = 1; n <= v.CharMax && i + n <= chars.Length; n++)
                {
                    h = (h ^ chars[i + n - 1]) * 16777619u;
                    if (n >= v.CharMin && !(n == 1))
                    {
                        Add(h, 10 + (uint)n, v.CharWeight);
                    }
                }
            }
        }

        if (v.Signals && from == 0)
        {
            foreach (var s in Heuristics.GetValueOrDefault(text).Signals ?? [])
            {
                Add(Fnv(s), 7, 1);
            }
        }

        var buckets = new int[counts.Count];
        var values = new double[counts.Count];
        var k = 0;
        foreach (var (bucket, (c, wt)) in counts)
        {
            buckets[k] = bucket;
            values[k++] = wt * v.Tf switch
            {
                "log" => 1 + Math.Log(c),
                "raw" => c,
                _ => 1,
            };
        }

        var norm = v.Norm switch
        {
            "l2" => Math.Sqrt(values.Sum(x => x * x)),
            "none" => 1,
            _ => Math.Sqrt(values.Length),
        };
        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= norm == 0 ? 1 : norm;
        }

        return new Featurized(buckets, values);
    }

    private static uint Fnv(string s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }

    private sealed record Unit(string Name, int Fold, string[] Attacks, string[] Benign, string[] Unlabelled);

    private sealed record Featurized(int[] Buckets, double[] Values);

    /// <summary>Records the signals the pass hands the injection detector, then lets the heuristics decide.</summary>
    private sealed class Recorder : IPromptInjectionDetector
    {
        public List<string> Signals { get; } = [];

        public IReadOnlyList<Finding> Detect(string text, IReadOnlyList<InjectionSignal> signals, double threshold)
        {
            foreach (var s in signals)
            {
                Signals.Add(s.Name);
                Signals.Add(string.Create(CultureInfo.InvariantCulture, $"{s.Name}:{Math.Round(s.Weight * 4)}"));
            }

            return HeuristicInjectionDetector.Instance.Detect(text, signals, threshold);
        }
    }

    /// <summary>
    /// A variant, written as space-separated settings: features (w p t g4 c3-5 sig; in: the char n-grams inside each padded word only), bits=18, tf=bin|log|raw,
    /// norm=sqrt|l2|none, cw=0.5 (char n-gram weight), ep=100, lr=5, l2=3e-3, decay=5e-4, aw=1 (attack weight), q (8-bit).
    /// </summary>
    internal sealed record Variant(bool Words, bool Pairs, bool Triples, bool WordGrams, int CharMin, int CharMax, double CharWeight, bool Signals, bool Inside, int Bits, string Tf, string Norm, int Epochs, double Rate, double L2, double Decay, double AttackWeight, bool Quantize)
    {
        public static Variant Parse(string text)
        {
            var v = new Variant(false, false, false, false, 0, 0, 1, false, false, 18, "bin", "sqrt", 100, 5, 3e-3, 5e-4, 1, false);
            foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var (key, value) = part.Contains('=', StringComparison.Ordinal) ? (part[..part.IndexOf('=', StringComparison.Ordinal)], part[(part.IndexOf('=', StringComparison.Ordinal) + 1)..]) : (part, "");
                double D() => double.Parse(value, CultureInfo.InvariantCulture);
                v = key switch
                {
                    "w" => v with { Words = true },
                    "p" => v with { Pairs = true },
                    "t" => v with { Triples = true },
                    "g4" => v with { WordGrams = true },
                    "sig" => v with { Signals = true },
                    "q" => v with { Quantize = true },
                    "in" => v with { Inside = true },
                    "bits" => v with { Bits = (int)D() },
                    "tf" => v with { Tf = value },
                    "norm" => v with { Norm = value },
                    "cw" => v with { CharWeight = D() },
                    "ep" => v with { Epochs = (int)D() },
                    "lr" => v with { Rate = D() },
                    "l2" => v with { L2 = D() },
                    "decay" => v with { Decay = D() },
                    "aw" => v with { AttackWeight = D() },
                    _ when key.StartsWith('c') && key.Contains('-', StringComparison.Ordinal) => v with { CharMin = int.Parse(key[1..key.IndexOf('-', StringComparison.Ordinal)], CultureInfo.InvariantCulture), CharMax = int.Parse(key[(key.IndexOf('-', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture) },
                    _ => throw new ArgumentException($"unknown variant setting '{part}'", nameof(text)),
                };
            }

            return v;
        }
    }
}
