using System.Globalization;
using System.Text;
using Custos.Detection.Injection;

namespace Custos.Detection;

/// <summary>
/// The heuristics, and beside them a small trained classifier for wording they have no phrase for: a linear model
/// over hashed words, word pairs and four-letter pieces of the folded text, embedded in the assembly (see the README,
/// Detection, for how it was measured and how to retrain it). When the heuristics report nothing, the classifier reads
/// the text (up to <see cref="MaxTextLength"/>) in windows of 48 words; a window at or above its threshold becomes one PROMPT_INJECTION finding
/// (detector "classifier") whose explanation quotes the wording that weighed most. Deterministic and never throwing,
/// like every detector.
/// </summary>
public sealed class ClassifierInjectionDetector : IPromptInjectionDetector
{
    /// <summary>
    /// The longest text the classifier reads (in UTF-16 code units): messages, tool results and most documents. Longer
    /// texts are left to the heuristics, which keeps the scanner's speed on large inputs (per megabyte the classifier
    /// costs about as much as the heuristic pass).
    /// </summary>
    public const int MaxTextLength = 16 * 1024;

    private const int Reasons = 3;
    private const int QuoteLength = 40;

    [ThreadStatic]
    private static Buffers? _buffers;

    private readonly IPromptInjectionDetector _heuristics;
    private readonly InjectionClassifier? _model;

    /// <summary>The heuristics (<paramref name="heuristics"/>, by default <see cref="HeuristicInjectionDetector"/>) with the embedded classifier beside them.</summary>
    public ClassifierInjectionDetector(IPromptInjectionDetector? heuristics = null)
        : this(heuristics, InjectionClassifier.Embedded)
    {
    }

    internal ClassifierInjectionDetector(IPromptInjectionDetector? heuristics, InjectionClassifier? model)
    {
        _heuristics = heuristics ?? HeuristicInjectionDetector.Instance;
        _model = model;
    }

    /// <summary>The heuristics with the embedded classifier beside them.</summary>
    public static ClassifierInjectionDetector Instance { get; } = new();

    /// <summary>False when the assembly carries no usable model: the detector is then the heuristics alone.</summary>
    public bool HasModel => _model is not null;

    public IReadOnlyList<Finding> Detect(string text, IReadOnlyList<InjectionSignal> signals, double threshold)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(signals);
        var found = _heuristics.Detect(text, signals, threshold);
        if (_model is null || found.Count > 0 || text.Length == 0 || text.Length > MaxTextLength)
        {
            return found;
        }

        var b = _buffers ??= new Buffers();
        var verdict = _model.Score(text, b.Scratch);
        var score = Math.Round(verdict.Probability, 2);
        if (verdict.Probability < _model.Threshold || score < threshold || verdict.To <= verdict.From)
        {
            return found;
        }

        InjectionClassifier.Explain(verdict, b.Scratch);
        var start = b.Scratch.Words[verdict.From].Start;
        var end = b.Scratch.Words[verdict.To - 1].End;
        return [new Finding(EntityTypes.PromptInjection, start, end, score, "classifier", "classifier", Explain(text, score, b))];
    }

    /// <summary>"classifier 0.93: wording 'ignore your', 'the rules', 'reveal'": the plain words that weighed most, as written.</summary>
    private string Explain(string text, double score, Buffers b)
    {
        b.Reasons.Clear();
        foreach (var f in b.Scratch.Features)
        {
            var w = _model!.Weight(f.Bucket);
            if (w > 0)
            {
                b.Reasons.Add((w, f.First, f.Last));
            }
        }

        b.Reasons.Sort(static (x, y) => y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight) : x.First != y.First ? x.First.CompareTo(y.First) : x.Last.CompareTo(y.Last));
        var sb = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"classifier {score:0.00}"));
        var quoted = new HashSet<(int, int)>();
        foreach (var (_, first, last) in b.Reasons)
        {
            if (quoted.Count == Reasons)
            {
                break;
            }

            var s = b.Scratch.Words[first].Start;
            var e = b.Scratch.Words[last].End;
            if (!Quotable(text.AsSpan(s, e - s)) || !quoted.Add((first, last)))
            {
                continue;
            }

            sb.Append(quoted.Count == 1 ? ": wording '" : ", '").Append(text.AsSpan(s, e - s)).Append('\'');
        }

        return sb.ToString();
    }

    /// <summary>
    /// Only plain words are quoted (letters, spaces, apostrophes and hyphens, short): never digits or symbols, so that
    /// an explanation does not carry a key, a number or an address out of the text it describes.
    /// </summary>
    private static bool Quotable(ReadOnlySpan<char> wording)
    {
        if (wording.Length is 0 or > QuoteLength)
        {
            return false;
        }

        foreach (var c in wording)
        {
            if (!char.IsLetter(c) && c is not (' ' or '\'' or '\u2019' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Buffers
    {
        public InjectionClassifier.Scratch Scratch { get; } = new();

        public List<(float Weight, int First, int Last)> Reasons { get; } = [];
    }
}
