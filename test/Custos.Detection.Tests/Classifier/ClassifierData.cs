using Custos.Detection.Tests.Evaluation;

namespace Custos.Detection.Tests.Classifier;

/// <summary>
/// The labelled sets the classifier learns from, named one by one (never a directory listing: sealed batches of other
/// writers must stay unread). Each human-written batch is a group; the generated evaluation set is one more, its
/// attacks hidden in base64, hex or tag characters left out (the classifier reads folded text, not decoded payloads).
/// </summary>
internal static class ClassifierData
{
    public const string Generated = "generated";

    /// <summary>Ordinary code, documentation and JSON (benign-corpus.txt).</summary>
    public const string Code = "code";

    /// <summary>The batches left out one at a time, measured by a model that never saw them.</summary>
    public static readonly string[] Measured = ["batch 8", "batch 9", "batch 10", "batch 11", "fresh 11", "fresh 12", "batch 12", "batch 13", "batch 14", "batch 15", "batch 16", "batch 17", "batch 18", "batch 19", "batch 20", "batch 21", "batch 22", "batch 23", "batch 24", "batch 25"];

    /// <summary>The batches whose out-of-fold scores choose the threshold (inner validation).</summary>
    public static readonly string[] Validation = ["batch 6", "tuning 7", "batch 8", "batch 9", "batch 10", "batch 11", "tuning 11", "fresh 11", "fresh 12", "batch 12", "batch 13", "batch 14", "batch 15", "batch 16", "batch 17", "batch 18", "batch 19", "batch 20", "batch 21", "batch 22", "batch 23", "batch 24", "batch 25"];

    private static readonly Lazy<IReadOnlyList<Group>> AllGroups = new(Build);

    public static IReadOnlyList<Group> Groups => AllGroups.Value;

    /// <summary>The generated set's texts with no label at all (the benign texts EvaluationTests counts).</summary>
    public static IReadOnlyList<string> GeneratedBenign => Groups.Single(g => g.Name == Generated).Unlabelled;

    private static List<Group> Build()
    {
        var groups = new List<Group>
        {
            Human("batch 1", HeldOutInjections.Attacks, HeldOutInjections.Benign),
            Human("batch 2", HeldOutInjections2.Attacks, HeldOutInjections2.Benign),
            Human("batch 3", HeldOutInjections3.Attacks, HeldOutInjections3.Benign),
            Human("batch 4", HeldOutInjections4.Attacks, HeldOutInjections4.Benign),
            Human("batch 5", HeldOutInjections5.Attacks, HeldOutInjections5.Benign),
            Human("batch 6", HeldOutInjections6.Attacks, HeldOutInjections6.Benign),
            Human("tuning 7", TuningInjections7.Attacks, TuningInjections7.Benign),
            Human("batch 8", HeldOutInjections8.Attacks, HeldOutInjections8.Benign),
            Human("batch 9", HeldOutInjections9.Attacks, HeldOutInjections9.Benign),
            Human("batch 10", HeldOutInjections10.Attacks, HeldOutInjections10.Benign),
            Human("batch 11", HeldOutInjections11.Attacks, HeldOutInjections11.Benign),
            Human("tuning 11", TuningInjections11.Attacks, TuningInjections11.Benign),
            Human("fresh 11", FreshProbes11.Attacks, FreshProbes11.Benign),
            Human("fresh 12", FreshProbes12.Attacks, FreshProbes12.Benign),
            Human("batch 12", HeldOutInjections12.Attacks, HeldOutInjections12.Benign),
            Human("batch 13", HeldOutInjections13.Attacks, HeldOutInjections13.Benign),
            Human("batch 14", HeldOutInjections14.Attacks, HeldOutInjections14.Benign),
            Human("batch 15", HeldOutInjections15.Attacks, HeldOutInjections15.Benign),
            Human("training 16", TrainingTexts16.Attacks, TrainingTexts16.Benign),
            Human("training 16B", TrainingTexts16B.Attacks, TrainingTexts16B.Benign),
            Human("training 17", TrainingTexts17.Attacks, TrainingTexts17.Benign),
            Human("batch 16", HeldOutInjections16.Attacks, HeldOutInjections16.Benign),
            Human("batch 17", HeldOutInjections17.Attacks, HeldOutInjections17.Benign),
            Human("training 19", TrainingTexts19.Attacks, TrainingTexts19.Benign),
            Human("batch 18", HeldOutInjections18.Attacks, HeldOutInjections18.Benign),
            Human("batch 19", HeldOutInjections19.Attacks, HeldOutInjections19.Benign),
            Human("batch 20", HeldOutInjections20.Attacks, HeldOutInjections20.Benign),
            Human("batch 21", HeldOutInjections21.Attacks, HeldOutInjections21.Benign),
            Human("training 21", TrainingTexts21.Attacks, TrainingTexts21.Benign),
            Human("batch 22", HeldOutInjections22.Attacks, HeldOutInjections22.Benign),
            Human("batch 23", HeldOutInjections23.Attacks, HeldOutInjections23.Benign),
            Human("training docs 23", TrainingDocs23.Attacks, TrainingDocs23.Benign),
            Human("training 23A", TrainingTexts23A.Attacks, TrainingTexts23A.Benign),
            Human("training 23B", TrainingTexts23B.Attacks, TrainingTexts23B.Benign),
            Human("training 25A", TrainingTexts25A.Attacks, TrainingTexts25A.Benign),
            Human("training 25B", TrainingTexts25B.Attacks, TrainingTexts25B.Benign),
            Human("training 27A", TrainingTexts27A.Attacks, TrainingTexts27A.Benign),
            Human("training 27B", TrainingTexts27B.Attacks, TrainingTexts27B.Benign),
            Human("batch 24", HeldOutInjections24.Attacks, HeldOutInjections24.Benign),
            Human("batch 25", HeldOutInjections25.Attacks, HeldOutInjections25.Benign),
            Human("exfiltration", HeldOutExfiltration.Attacks, HeldOutExfiltration.Benign),
        };

        var attacks = new List<string>();
        var benign = new List<string>();
        var unlabelled = new List<string>();
        foreach (var c in EvaluationSet.Generate())
        {
            // The tax and national id snippets ("ABA 021000021", 2,400 of them) carry no wording to learn from; as
            // benign examples they only outweigh the human batches (batch thirteen with them: F1 0.754, without: 0.85).
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
                if (c.Labels.Count == 0)
                {
                    unlabelled.Add(c.Text);
                }
            }
        }

        groups.Add(new Group(Generated, [.. attacks], [.. benign], unlabelled));
        var corpus = Corpus();
        groups.Add(new Group(Code, [], corpus, corpus));
        return groups;
    }

    private static string[] Corpus()
    {
        using var stream = typeof(ClassifierData).Assembly.GetManifestResourceStream("benign-corpus.txt")
            ?? throw new InvalidOperationException("benign-corpus.txt is missing from the test assembly");
        using var reader = new StreamReader(stream);
        var pieces = reader.ReadToEnd().Split("\n\u001e\n");
        return [.. pieces.Skip(1).Where(p => p.Length > 0)];
    }

    private static Group Human(string name, string[] attacks, string[] benign) => new(name, attacks, benign, benign);

    /// <summary>A set of attacks and benign texts; <paramref name="Unlabelled"/> are the benign texts with no finding of any type expected.</summary>
    internal sealed record Group(string Name, string[] Attacks, string[] Benign, IReadOnlyList<string> Unlabelled);
}
