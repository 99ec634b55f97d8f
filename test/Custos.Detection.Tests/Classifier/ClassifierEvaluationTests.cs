using System.Globalization;
using System.Text;
using Custos.Detection.Injection;
using static Custos.Detection.Tests.Classifier.ClassifierData;

namespace Custos.Detection.Tests.Classifier;

/// <summary>
/// Whether the classifier beside the heuristics catches wording neither has seen: leave one batch out. For each
/// measured batch, a model is trained on every other set, its threshold chosen by inner validation on the training
/// sets alone (out-of-fold scores of the validation batches), then the batch is scored by the heuristics alone and by
/// the heuristics or the classifier. The generated set's benign texts are scored in five folds the same way.
/// </summary>
public sealed class ClassifierEvaluationTests
{
    private const double MaxBenignRate = 0.02;
    /// <summary>
    /// The share of the validation batches' benign texts the classifier may add to the heuristics' flags, out of fold:
    /// one in 400 since the classifier is on by default (2026-11-29, seventh session; 0.005 before, which chose 0.86). Out
    /// of sample (ClassifierThresholdTests), 0.86 added 12 of the measured batches' 2,168 benign texts and 2 of batches
    /// 26 and 27's 240, where the heuristics alone flag 9; 0.875 added 7 and none, so that on the batches neither has
    /// seen Custos with the classifier on flags no more benign text than the heuristics alone.
    /// </summary>
    private const double MaxAdded = 0.0025;

    private static readonly Dictionary<string, bool> HeuristicFlags = [];
    private static readonly Dictionary<string, int[]> BucketCache = [];
    private static readonly Lock Gate = new();
    private static readonly ThreadLocal<InjectionClassifier.Scratch> Scratch = new(() => new());
    private static readonly Scanner HeuristicScanner = new(new ScannerOptions { UseInjectionClassifier = false });

    [Fact]
    public void Leave_one_batch_out_table_is_reported()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable("CUSTOS_CLASSIFIER_LOBO") == "1", "about 150 trainings (two minutes): set CUSTOS_CLASSIFIER_LOBO=1 to run");
        var table = new StringBuilder();
        table.AppendLine("| left out | attacks | benign | heuristics F1 (P/R, benign flagged) | + classifier F1 (P/R, benign flagged) | classifier alone F1 | classifier AUC | threshold |");
        table.AppendLine("| --- | ---: | ---: | --- | --- | ---: | ---: | ---: |");
        var added = 0;
        int[] gateSums = [-100, -50, 0, 50, 100];
        var gated = new (int Attacks, int Benign, int Flagged)[gateSums.Length];
        var gains = new Dictionary<string, (double Before, double After)>();
        foreach (var name in Measured)
        {
            var held = Groups.Single(g => g.Name == name);
            var train = Groups.Where(g => g.Name != name).ToList();
            var threshold = ChooseThreshold(train);
            var model = Model(train, new HashSet<string>());
            var heuristics = Count(held, t => Heuristic(t));
            var combined = Count(held, t => Heuristic(t) || Probability(model, t) >= threshold);
            var alone = Count(held, t => Probability(model, t) >= threshold);
            gains[name] = (heuristics.F1, combined.F1);
            var pa = held.Attacks.Select(t => Probability(model, t)).ToArray();
            var pb = held.Benign.Select(t => Probability(model, t)).ToArray();
            var auc = pa.Sum(a => pb.Count(b => b < a) + (0.5 * pb.Count(b => b == a))) / (pa.Length * (double)pb.Length);
            table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {held.Attacks.Length} | {held.Benign.Length} | {heuristics} | {combined} | {alone.F1:0.000} | {auc:0.000} | {threshold:0.000} |");
            added += name is "batch 10" or "batch 11" ? combined.Fp - heuristics.Fp : 0;

            // What skipping the windows below the gate changes, judged by a model that never saw the batch.
            for (var g = 0; g < gateSums.Length; g++)
            {
                var sum = gateSums[g];
                bool Changed(string t) => Probability(model, t, int.MinValue) >= threshold != Probability(model, t, sum) >= threshold;
                gated[g] = (gated[g].Attacks + held.Attacks.Count(Changed), gated[g].Benign + held.Benign.Count(Changed), gated[g].Flagged + held.Attacks.Count(t => Probability(model, t, int.MinValue) >= threshold));
            }
        }

        var benign = GeneratedBenign;
        var flaggedHeuristics = 0;
        var flaggedCombined = 0;
        for (var fold = 0; fold < 5; fold++)
        {
            var held = benign.Where((_, i) => i % 5 == fold).ToHashSet(StringComparer.Ordinal);
            var train = Groups.ToList();
            var threshold = ChooseThreshold(train, held);
            var model = Model(train, held);
            flaggedHeuristics += held.Count(t => Heuristic(t));
            flaggedCombined += held.Count(t => Heuristic(t) || Probability(model, t) >= threshold);
        }

        var mean = (gains["batch 10"].After + gains["batch 11"].After - gains["batch 10"].Before - gains["batch 11"].Before) / 2;
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"Generated set, benign texts with no label, five folds: heuristics flag {flaggedHeuristics} of {benign.Count}, heuristics or classifier {flaggedCombined}.");
        table.AppendLine(CultureInfo.InvariantCulture, $"Mean F1 gain on batches 10 and 11: {mean:+0.000;-0.000}.");
        table.AppendLine(CultureInfo.InvariantCulture, $"Mean F1 gain on the {gains.Count} measured batches: {gains.Values.Average(g => g.After - g.Before):+0.000;-0.000}.");
        for (var g = 0; g < gateSums.Length; g++)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"Windows below a gate of {gateSums[g]} skipped (shipped: {InjectionClassifier.GateSum}), out of sample: {gated[g].Attacks} attacks (of {gated[g].Flagged} the classifier flags reading every window) and {gated[g].Benign} benign texts change verdict.");
        }
        var report = table.ToString();
        TestContext.Current.SendDiagnosticMessage(report);
        Console.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "classifier-lobo.md"), report);

        // Adopted (2026-11-28) on +0.051 mean F1 on batches 10 and 11, measured before the heuristics were tuned on them;
        // since they were, the gain there is near zero, and what stays checked is: no batch worse on average, at most 2%
        // of batches 10 and 11's benign texts newly flagged, at most 2 of the generated set's benign texts flagged.
        Assert.True(gains.Values.Average(g => g.After - g.Before) >= 0, report);
        Assert.True(added <= 0.02 * 240, report);
        Assert.True(flaggedCombined <= 2, report);
    }

    /// <summary>
    /// The threshold that maximizes F1 of heuristics or classifier on the validation batches among
    /// <paramref name="train"/>, each scored by a model trained without it, with at most 2% of their benign texts flagged.
    /// </summary>
    internal static double ChooseThreshold(IReadOnlyList<Group> train, IReadOnlySet<string>? without = null)
    {
        var scored = new List<(double P, bool Heuristic, bool Attack)>();
        foreach (var group in train.Where(g => Validation.Contains(g.Name)))
        {
            var model = Model([.. train.Where(g => g != group)], without ?? new HashSet<string>());
            scored.AddRange(group.Attacks.Select(t => (Probability(model, t), Heuristic(t), true)));
            scored.AddRange(group.Benign.Select(t => (Probability(model, t), Heuristic(t), false)));
        }

        var benign = scored.Count(s => !s.Attack);
        var attacks = scored.Count - benign;
        var best = (F1: -1.0, Threshold: 1.0);
        for (var t = 0.995; t >= 0.3; t -= 0.005)
        {
            int tp = 0, fp = 0;
            foreach (var s in scored)
            {
                if (s.Heuristic || s.P >= t)
                {
                    tp += s.Attack ? 1 : 0;
                    fp += s.Attack ? 0 : 1;
                }
            }

            var added = scored.Count(s => !s.Attack && !s.Heuristic && s.P >= t);
            if (fp > benign * MaxBenignRate || added > benign * MaxAdded)
            {
                continue;
            }

            var f1 = 2.0 * tp / (tp + fp + attacks);
            if (f1 > best.F1 + 1e-9)
            {
                best = (f1, Math.Round(t, 3));
            }
        }

        return best.Threshold;
    }

    internal static InjectionClassifier Model(IReadOnlyList<Group> groups, IReadOnlySet<string> without)
    {
        var examples = new List<ClassifierTrainer.Example>();
        foreach (var g in groups)
        {
            examples.AddRange(g.Attacks.Select(t => new ClassifierTrainer.Example(Buckets(t), true)));
            examples.AddRange(g.Benign.Where(t => !without.Contains(t)).Select(t => new ClassifierTrainer.Example(Buckets(t), false)));
        }

        return ClassifierTrainer.Train(examples, 0.5f);
    }

    internal static double Probability(InjectionClassifier model, string text) => model.Score(text, Scratch.Value!).Probability;

    private static double Probability(InjectionClassifier model, string text, int keyWeight) => model.Score(text, Scratch.Value!, keyWeight).Probability;

    private static int[] Buckets(string text)
    {
        lock (Gate)
        {
            if (!BucketCache.TryGetValue(text, out var b))
            {
                BucketCache[text] = b = ClassifierTrainer.Buckets(text);
            }

            return b;
        }
    }

    private static bool Heuristic(string text)
    {
        lock (Gate)
        {
            if (!HeuristicFlags.TryGetValue(text, out var flagged))
            {
                HeuristicFlags[text] = flagged = HeuristicScanner.Scan(text).Any(f => EntityTypes.IsRegion(f.Type));
            }

            return flagged;
        }
    }

    private static Score Count(Group group, Func<string, bool> flagged)
    {
        var tp = group.Attacks.Count(flagged);
        var fp = group.Benign.Count(flagged);
        return new Score(tp, fp, group.Attacks.Length, group.Benign.Length);
    }

    private readonly record struct Score(int Tp, int Fp, int Attacks, int Benign)
    {
        public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);

        public double Recall => (double)Tp / Attacks;

        public double F1 => 2.0 * Tp / (Tp + Fp + Attacks);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{F1:0.000} ({Precision:0.000}/{Recall:0.000}, {Fp} of {Benign})");
    }
}
