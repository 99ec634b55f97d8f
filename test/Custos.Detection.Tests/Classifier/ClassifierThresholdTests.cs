using System.Globalization;
using System.Text;
using Custos.Detection.Injection;
using Custos.Detection.Tests.Evaluation;
using static Custos.Detection.Tests.Classifier.ClassifierData;

namespace Custos.Detection.Tests.Classifier;

/// <summary>
/// The classifier's decision threshold and gate, judged out of sample only: every measured batch is scored by a model
/// trained without it, batches twenty-six and twenty-seven (in no group) by the model trained on every group, the
/// generated set's unlabelled benign texts and the code corpus in five folds by models trained without the fold. Then,
/// for each threshold and gate, how many benign texts the classifier adds to the heuristics' flags and how many attacks
/// it adds, pooled. CUSTOS_CLASSIFIER_LOBO=1 runs it (about 26 trainings); it writes classifier-threshold.md beside the
/// test binaries.
/// </summary>
public sealed class ClassifierThresholdTests
{
    private static readonly string[] Unseen = ["batch 26", "batch 27"];
    private static readonly int[] Gates = [int.MinValue, -50, 0, 50, 100];
    private static readonly Scanner HeuristicScanner = new(new ScannerOptions { UseInjectionClassifier = false });

    [Fact]
    public void Threshold_and_gate_are_reported_out_of_sample()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable("CUSTOS_CLASSIFIER_LOBO") == "1", "about 26 trainings: set CUSTOS_CLASSIFIER_LOBO=1 to run");
        var jobs = new List<(string Name, IReadOnlyList<Group> Train, HashSet<string> Without, string[] Attacks, string[] Benign)>();
        foreach (var name in Measured)
        {
            var held = Groups.Single(g => g.Name == name);
            jobs.Add((name, [.. Groups.Where(g => g.Name != name)], [], held.Attacks, held.Benign));
        }

        jobs.Add(("unseen", Groups, [], [.. HeldOutInjections26.Attacks, .. HeldOutInjections27.Attacks], [.. HeldOutInjections26.Benign, .. HeldOutInjections27.Benign]));
        var plain = Groups.Single(g => g.Name == Generated).Unlabelled.Concat(Groups.Single(g => g.Name == Code).Benign).ToArray();
        for (var fold = 0; fold < 5; fold++)
        {
            var f = fold;
            var held = plain.Where((_, i) => i % 5 == f).ToHashSet(StringComparer.Ordinal);
            jobs.Add(("plain", Groups, held, [], [.. held]));
        }

        // Heuristic verdicts first, on one thread (the scanner is shared).
        var heuristic = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var t in jobs.SelectMany(j => j.Attacks.Concat(j.Benign)))
        {
            heuristic.TryAdd(t, HeuristicScanner.Scan(t).Any(x => EntityTypes.IsRegion(x.Type)));
        }

        var rows = new List<Row>();
        var sync = new Lock();
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, job =>
        {
            var model = ClassifierEvaluationTests.Model(job.Train, job.Without);
            var scratch = new InjectionClassifier.Scratch();
            var mine = new List<Row>();
            foreach (var (t, attack) in job.Attacks.Select(t => (t, true)).Concat(job.Benign.Select(t => (t, false))))
            {
                var p = Gates.Select(g => model.Score(t, scratch, g).Probability).ToArray();
                mine.Add(new Row(job.Name, attack, heuristic[t], t.Length <= ClassifierInjectionDetector.MaxTextLength, p));
            }

            lock (sync)
            {
                rows.AddRange(mine);
            }
        });

        var report = new StringBuilder();
        var current = InjectionClassifier.Embedded!.Threshold;
        report.AppendLine(CultureInfo.InvariantCulture, $"Shipped threshold {current:0.000}, gate {InjectionClassifier.GateSum}.");
        foreach (var set in new[] { "measured", "unseen", "plain" })
        {
            var mine = rows.Where(r => set == "measured" ? Measured.Contains(r.Set) : r.Set == set).ToList();
            var attacks = mine.Count(r => r.Attack);
            var benign = mine.Count - attacks;
            var ha = mine.Count(r => r.Attack && r.Heuristic);
            var hb = mine.Count(r => !r.Attack && r.Heuristic);
            report.AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"## {set}: {attacks} attacks, {benign} benign; heuristics flag {ha} attacks (R {(attacks == 0 ? 0 : ha / (double)attacks):0.000}) and {hb} benign ({(benign == 0 ? 0 : hb / (double)benign):0.0%}), F1 {F1(ha, hb, attacks):0.000}");
            report.AppendLine("| threshold | gate | attacks added | benign added | R | benign flagged | F1 |");
            report.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            for (var g = 0; g < Gates.Length; g++)
            {
                foreach (var t in Thresholds(current))
                {
                    bool Flag(Row r) => r.Heuristic || (r.Read && r.P[g] >= t);
                    var tp = mine.Count(r => r.Attack && Flag(r));
                    var fp = mine.Count(r => !r.Attack && Flag(r));
                    var gate = Gates[g] == int.MinValue ? "none" : Gates[g].ToString(CultureInfo.InvariantCulture);
                    report.AppendLine(CultureInfo.InvariantCulture, $"| {t:0.000} | {gate} | {tp - ha} | {fp - hb} | {(attacks == 0 ? 0 : tp / (double)attacks):0.000} | {fp} ({(benign == 0 ? 0 : fp / (double)benign):0.0%}) | {F1(tp, fp, attacks):0.000} |");
                }
            }
        }

        var output = report.ToString();
        TestContext.Current.SendDiagnosticMessage(output);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "classifier-threshold.md"), output);
        Assert.Contains(rows, r => r.Set == "unseen");
    }

    private static IEnumerable<double> Thresholds(double current)
    {
        var list = new List<double> { Math.Round(current, 3) };
        for (var t = 0.50; t < 0.999; t += 0.025)
        {
            list.Add(Math.Round(t, 3));
        }

        for (var t = 0.85; t < 0.95; t += 0.005)
        {
            list.Add(Math.Round(t, 3));
        }

        return list.Distinct().Order();
    }

    private static double F1(int tp, int fp, int attacks) => attacks == 0 ? 0 : 2.0 * tp / (tp + fp + attacks);

    private sealed record Row(string Set, bool Attack, bool Heuristic, bool Read, double[] P);
}
