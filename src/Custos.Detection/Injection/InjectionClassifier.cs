using System.Buffers.Binary;
using System.IO.Compression;

namespace Custos.Detection.Injection;

/// <summary>
/// A linear model over <see cref="ClassifierFeatures"/>: the probability that a stretch of text is an injection or an
/// exfiltration ask is σ(bias + Σ weights / √features). Long texts are read in windows of <see cref="Window"/> words
/// (half overlapping); the text's score is its best window's. The weights are 8-bit (one scale for all), trained by
/// the test project's ClassifierTrainer and embedded as injection-classifier.bin.
/// </summary>
internal sealed class InjectionClassifier
{
    /// <summary>Words per window.</summary>
    public const int Window = 48;

    private const string ResourceName = "Custos.Detection.injection-classifier.bin";
    private static readonly byte[] Magic = "CIC1"u8.ToArray();
    private static readonly Lazy<InjectionClassifier?> EmbeddedModel = new(LoadEmbedded);

    private readonly float[] _weights;

    public InjectionClassifier(sbyte[] weights, float scale, float bias, float threshold)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != ClassifierFeatures.Size)
        {
            throw new ArgumentException($"the weight table has {weights.Length} entries; it needs {ClassifierFeatures.Size}", nameof(weights));
        }

        Quantized = weights;
        Scale = scale;
        Bias = bias;
        Threshold = threshold;
        _weights = [.. weights.Select(w => w * scale)];
    }

    /// <summary>The model shipped in the assembly, or null when it is missing or damaged (the heuristics then stand alone).</summary>
    public static InjectionClassifier? Embedded => EmbeddedModel.Value;

    public sbyte[] Quantized { get; }

    public float Scale { get; }

    public float Bias { get; }

    /// <summary>The probability from which a window is reported (chosen by validation when the model was trained).</summary>
    public float Threshold { get; }

    public float Weight(int bucket) => _weights[bucket];

    /// <summary>
    /// The best window of <paramref name="text"/>: its probability and its first and last word. The buffers are the
    /// caller's, reused between calls; on return they hold the words of the text and the features of the best window.
    /// </summary>
    public Verdict Score(string text, Scratch scratch)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(scratch);
        var words = scratch.Words;
        ClassifierFeatures.Words(text, words, scratch.Folded);
        if (words.Count == 0)
        {
            scratch.Features.Clear();
            return new Verdict(Sigmoid(Bias), 0, 0);
        }

        ClassifierFeatures.AllFeatures(words, scratch.Folded, scratch.Buckets, scratch.Firsts);
        var buckets = scratch.Buckets;
        var firsts = scratch.Firsts;
        var seen = scratch.Seen;
        var best = new Verdict(-1, 0, 0);
        for (var from = 0; ; from += Window / 2)
        {
            var to = Math.Min(words.Count, from + Window);
            seen.Clear();
            // The 8-bit weights summed as integers: a quarter of the memory to touch, and a sum in no particular order.
            var sum = 0;
            var count = 0;
            var quantized = Quantized;
            for (var k = firsts[from] + (from > 0 ? 1 : 0); k < firsts[to]; k++)
            {
                if (seen.Add(buckets[k]))
                {
                    sum += quantized[buckets[k]];
                    count++;
                }
            }

            var p = Sigmoid(Bias + (sum * (double)Scale / Math.Sqrt(count)));
            if (p > best.Probability)
            {
                best = new Verdict(p, from, to);
            }

            if (to == words.Count)
            {
                ClassifierFeatures.Features(words, scratch.Folded, best.From, best.To, scratch.Features, seen);
                return best;
            }
        }
    }

    /// <summary>The model as injection-classifier.bin holds it: magic, bits, bias, scale, threshold, then the deflated weights.</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[20];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], ClassifierFeatures.Bits);
        BinaryPrimitives.WriteSingleLittleEndian(header[8..], Bias);
        BinaryPrimitives.WriteSingleLittleEndian(header[12..], Scale);
        BinaryPrimitives.WriteSingleLittleEndian(header[16..], Threshold);
        stream.Write(header);
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        deflate.Write((ReadOnlySpan<byte>)(byte[])(Array)Quantized);
    }

    /// <summary>Reads a model <see cref="Write"/> wrote; a clear error when the stream is not one.</summary>
    public static InjectionClassifier Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[20];
        stream.ReadExactly(header);
        if (!header[..4].SequenceEqual(Magic) || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != ClassifierFeatures.Bits)
        {
            throw new InvalidDataException($"not an injection classifier of {ClassifierFeatures.Bits}-bit features; retrain it (see the README, Detection)");
        }

        var weights = new byte[ClassifierFeatures.Size];
        using (var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true))
        {
            deflate.ReadExactly(weights);
        }

        return new InjectionClassifier((sbyte[])(Array)weights, BinaryPrimitives.ReadSingleLittleEndian(header[12..]), BinaryPrimitives.ReadSingleLittleEndian(header[8..]), BinaryPrimitives.ReadSingleLittleEndian(header[16..]));
    }

    private static InjectionClassifier? LoadEmbedded()
    {
        try
        {
            using var stream = typeof(InjectionClassifier).Assembly.GetManifestResourceStream(ResourceName);
            return stream is null ? null : Read(stream);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            return null;
        }
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>Buffers one thread reuses from text to text.</summary>
    internal sealed class Scratch
    {
        public List<ClassifierFeatures.Word> Words { get; } = [];

        public List<char> Folded { get; } = [];

        public List<int> Buckets { get; } = [];

        public List<int> Firsts { get; } = [];

        /// <summary>After <see cref="Score"/>: the best window's features (bucket, first word, last word).</summary>
        public List<(int Bucket, int First, int Last)> Features { get; } = [];

        public ClassifierFeatures.BucketSet Seen { get; } = new();
    }

    /// <summary>A window's probability and its words [<paramref name="From"/>, <paramref name="To"/>).</summary>
    internal readonly record struct Verdict(double Probability, int From, int To);
}
