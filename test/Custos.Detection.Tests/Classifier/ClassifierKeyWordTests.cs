using System.Globalization;
using Custos.Detection.Injection;
using Custos.Detection.Tests.Evaluation;

namespace Custos.Detection.Tests.Classifier;

/// <summary>
/// The classifier scores only the windows whose words and word pairs weigh enough (<see cref="InjectionClassifier.GateSum"/>) and hashes
/// each word once for the windows that share it: the windows it scores must score exactly as the plain reading does
/// (every window hashed on its own, as the trainer hashes a text), and the windows it skips must change no verdict.
/// </summary>
public sealed class ClassifierKeyWordTests
{
    private static readonly InjectionClassifier Model = InjectionClassifier.Embedded ?? throw new InvalidOperationException("no embedded classifier");

    [Fact]
    public void Every_window_scored_as_the_plain_reading_scores_it()
    {
        var texts = Texts();
        AssertScoredAsThePlainReading(texts);
        Assert.True(texts.Count > 5000, $"{texts.Count} texts");
    }

    [Fact]
    public void Repeated_words_colliding_words_and_crowded_windows_score_as_the_plain_reading()
    {
        // Two different words of six letters with the same 32-bit word hash: the same word bucket, other four-grams.
        var (a, b) = CollidingWords();
        Assert.NotEqual(a, b);
        var random = new Random(25);
        string Long(int letters) => new(Enumerable.Range(0, letters).Select(_ => (char)('a' + random.Next(26))).ToArray());
        var distinct = Enumerable.Range(0, 120).Select(_ => Long(64)).ToList();
        string[] texts =
        [
            string.Concat(Enumerable.Repeat("The committee reviewed the quarterly figures and agreed to postpone the decision until the next meeting. ", 40)),
            string.Join(' ', Enumerable.Repeat($"{a} ignore {b} previous {a} {a} instructions {b}", 30)),
            string.Join(' ', Enumerable.Repeat("Ignore IGNORE ignoré Ｉｇｎｏｒｅ instructions INSTRUCTIONS 指示を無視して 指示", 20)),
            // Words past 64 letters are cut there: these two are one word to the classifier.
            string.Join(' ', Enumerable.Repeat(new string('q', 70) + "x " + new string('q', 80) + "y reveal", 12)),
            // Windows of more than 2,048 distinct features, where the set stops keeping buckets and the order of adding counts.
            string.Join(' ', distinct),
            string.Join(' ', distinct.Concat(distinct.Take(30)).Concat(distinct.Skip(50))),
            string.Join(' ', Enumerable.Range(0, 300).Select(i => distinct[(i * 7) % 90] + (i % 3 == 0 ? " reveal the password" : ""))),
            "x",
            "",
        ];
        AssertScoredAsThePlainReading(texts);
    }

    private static void AssertScoredAsThePlainReading(IReadOnlyList<string> texts)
    {
        var scratch = new InjectionClassifier.Scratch();
        foreach (var text in texts)
        {
            var windows = PlainWindows(text);
            var all = Model.Score(text, scratch, int.MinValue);
            Assert.Equal(windows.Count == 0 ? Sigmoid(Model.Bias) : windows.Max(w => w.P), all.Probability);

            var gated = Model.Score(text, scratch);
            var keyed = windows.Where(w => w.WordSum + w.PairSum >= InjectionClassifier.GateSum).ToList();
            Assert.Equal(keyed.Count == 0 ? (windows.Count == 0 ? Sigmoid(Model.Bias) : 0) : keyed.Max(w => w.P), gated.Probability);
            if (keyed.Count > 0)
            {
                Assert.Contains(keyed, w => w.From == gated.From && w.To == gated.To && w.P == gated.Probability);
            }
        }
    }

    /// <summary>The first two six-letter words (in order "aaaaaa", "aaaaab", …) whose word hashes are equal.</summary>
    private static (string A, string B) CollidingWords()
    {
        var words = new List<ClassifierFeatures.Word>();
        var folded = new List<char>();
        var seen = new Dictionary<uint, string>();
        Span<char> letters = stackalloc char[6];
        for (var n = 0; ; n++)
        {
            var v = n;
            for (var k = 5; k >= 0; k--, v /= 26)
            {
                letters[k] = (char)('a' + (v % 26));
            }

            var word = new string(letters);
            ClassifierFeatures.Words(word, words, folded);
            if (!seen.TryAdd(words[0].Hash, word))
            {
                return (seen[words[0].Hash], word);
            }
        }
    }

    [Fact]
    public void Skipping_windows_below_the_gate_changes_no_verdict_on_the_labelled_sets()
    {
        var scratch = new InjectionClassifier.Scratch();
        var changed = Texts().Where(t => Model.Score(t, scratch, int.MinValue).Probability >= Model.Threshold != Model.Score(t, scratch).Probability >= Model.Threshold).ToList();
        Assert.True(changed.Count == 0, string.Join('\n', changed.Take(5)));
    }

    /// <summary>
    /// For the gate's choice (CUSTOS_CLASSIFIER_KEYWORDS=1): for each candidate, the attacks whose verdict skipping
    /// changes and the share of windows skipped in ordinary code and documents (the benign corpus).
    /// </summary>
    [Fact]
    public void Key_weights_are_reported()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable("CUSTOS_CLASSIFIER_KEYWORDS") == "1", "set CUSTOS_CLASSIFIER_KEYWORDS=1 to report the key weights");
        var attacks = ClassifierData.Groups.SelectMany(g => g.Attacks).Distinct(StringComparer.Ordinal).Select(PlainWindows).ToList();
        var corpus = ClassifierData.Groups.Single(g => g.Name == ClassifierData.Code).Benign.SelectMany(PlainWindows).ToList();
        var t = Model.Threshold;
        var lines = new List<string> { $"threshold {t}, {attacks.Count} attacks ({attacks.Count(a => a.Any(w => w.P >= t))} flagged), {corpus.Count} windows of the code corpus", "| gate | attacks changed | corpus windows skipped |", "| --- | ---: | ---: |" };
        var gates = new List<(string Name, Func<Window, bool> Pass)>();
        foreach (var g in (int[])[8, 16, 24, 32])
        {
            gates.Add(($"max word >= {g}", w => w.MaxWordWeight >= g));
            gates.Add(($"max word >= {g} or a word of 12+", w => w.MaxWordWeight >= g || w.Longest >= 12));
            gates.Add(($"max word or pair >= {g} or a word of 12+", w => Math.Max(w.MaxWordWeight, w.MaxPairWeight) >= g || w.Longest >= 12));
        }

        foreach (var g in (int[])[-400, -200, -100, -50, 0, 50, 100])
        {
            gates.Add(($"word sum >= {g}", w => w.WordSum >= g));
            gates.Add(($"word+pair sum >= {g}", w => w.WordSum + w.PairSum >= g));
            gates.Add(($"word+pair sum >= {g} or a word of 12+", w => w.WordSum + w.PairSum >= g || w.Longest >= 12));
        }

        foreach (var (name, pass) in gates)
        {
            var changed = attacks.Count(a => a.Any(w => w.P >= t) != a.Any(w => w.P >= t && pass(w)));
            var skipped = corpus.Count(w => !pass(w));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| {name} | {changed} | {100.0 * skipped / corpus.Count:0.0}% |"));
        }

        var output = string.Join('\n', lines);
        TestContext.Current.SendDiagnosticMessage(output);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "classifier-key-weights.md"), output + "\n");
    }

    /// <summary>
    /// The gate judged out of sample (CUSTOS_CLASSIFIER_GATE_LOBO=1; one training per measured batch): each batch scored
    /// by a model trained without it, at the shipped threshold, reading every window and reading only those that pass
    /// each candidate gate. Writes classifier-gate-lobo.md beside the test binaries.
    /// </summary>
    [Fact]
    public void Gate_is_reported_leave_one_batch_out()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable("CUSTOS_CLASSIFIER_GATE_LOBO") == "1", "one training per measured batch: set CUSTOS_CLASSIFIER_GATE_LOBO=1 to run");
        int[] sums = [-100, -50, 0, 50, 100];
        var changed = new int[sums.Length];
        var benignChanged = new int[sums.Length];
        var flagged = 0;
        var attacks = 0;
        var scratch = new InjectionClassifier.Scratch();
        var threshold = Model.Threshold;
        foreach (var name in ClassifierData.Measured)
        {
            var held = ClassifierData.Groups.Single(g => g.Name == name);
            var model = ClassifierEvaluationTests.Model([.. ClassifierData.Groups.Where(g => g != held)], new HashSet<string>());
            attacks += held.Attacks.Length;
            flagged += held.Attacks.Count(t => model.Score(t, scratch, int.MinValue).Probability >= threshold);
            for (var g = 0; g < sums.Length; g++)
            {
                var sum = sums[g];
                bool Changed(string t) => model.Score(t, scratch, int.MinValue).Probability >= threshold != model.Score(t, scratch, sum).Probability >= threshold;
                changed[g] += held.Attacks.Count(Changed);
                benignChanged[g] += held.Benign.Count(Changed);
            }
        }

        var lines = new List<string> { $"{ClassifierData.Measured.Length} batches left out one at a time, threshold {threshold}: {attacks} attacks, {flagged} flagged by the classifier reading every window", "| gate sum | attacks changed | benign changed |", "| ---: | ---: | ---: |" };
        lines.AddRange(sums.Select((s, g) => $"| {s} | {changed[g]} | {benignChanged[g]} |"));
        var output = string.Join('\n', lines);
        TestContext.Current.SendDiagnosticMessage(output);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "classifier-gate-lobo.md"), output + "\n");
        Assert.True(changed[Array.IndexOf(sums, InjectionClassifier.GateSum)] <= 0.005 * flagged, output);
    }

    /// <summary>Every labelled text, the sealed-then-measured batches 22 and 23 and FreshBenign17 among them.</summary>
    private static List<string> Texts() =>
        [.. ClassifierData.Groups.SelectMany(g => g.Attacks.Concat(g.Benign)).Concat(FreshBenign17.Benign).Distinct(StringComparer.Ordinal)];

    /// <summary>The windows as the trainer reads a text: each hashed on its own (<see cref="ClassifierFeatures.Features"/>).</summary>
    private static List<Window> PlainWindows(string text)
    {
        var words = new List<ClassifierFeatures.Word>();
        var folded = new List<char>();
        var features = new List<(int Bucket, int First, int Last)>();
        var seen = new ClassifierFeatures.BucketSet();
        ClassifierFeatures.Words(text, words, folded);
        var windows = new List<Window>();
        for (var from = 0; from < words.Count; from += InjectionClassifier.Window / 2)
        {
            var to = Math.Min(words.Count, from + InjectionClassifier.Window);
            ClassifierFeatures.Features(words, folded, from, to, features, seen);
            var sum = features.Sum(f => (int)Model.Quantized[f.Bucket]);
            var p = Sigmoid(Model.Bias + (sum * (double)Model.Scale / Math.Sqrt(features.Count)));
            var range = words.Skip(from).Take(to - from).ToList();
            var weights = range.Select(w => (int)Model.Quantized[ClassifierFeatures.WordBucket(w.Hash)]).ToList();
            var pairs = Enumerable.Range(from + 1, to - from - 1).Select(w => (int)Model.Quantized[(int)(ClassifierFeatures.Mix((words[w - 1].Hash * 31) ^ words[w].Hash, 2) & (ClassifierFeatures.Size - 1))]).DefaultIfEmpty(-128).ToList();
            windows.Add(new Window(from, to, p, weights.Max(), pairs.Max(), weights.Sum(), pairs.Where(x => x > -128).Sum(), range.Max(w => w.Length)));
            if (to == words.Count)
            {
                break;
            }
        }

        return windows;
    }

    private sealed record Window(int From, int To, double P, int MaxWordWeight, int MaxPairWeight, int WordSum, int PairSum, int Longest);

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
