using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.InteropServices;

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
    private const int HeaderLength = 28;
    private static readonly byte[] Magic = "CIC2"u8.ToArray();
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
    /// The least sum of a window's word and word-pair weights (8-bit units, the largest weight ±127) for the window
    /// to be scored. Two table reads a word tell which windows could be an instruction: attacks name what they want
    /// read, sent, ignored or kept secret, and those words and pairs weigh most, while a window of ordinary code,
    /// prose or JSON sums well below zero. Skipping those skips most of the classifier's work. Chosen on the
    /// labelled sets and left one batch out (README, Detection); lowered from 0 to -25 when the model learned training
    /// writers 27A and 27B (2026-11-29, seventh session), since at 0 the gate skipped the only window of one base64 attack.
    /// </summary>
    public const int GateSum = -25;

    /// <summary>
    /// The best window of <paramref name="text"/> among those that pass the gate (<see cref="GateSum"/>): its
    /// probability and its first and last word; probability 0 and no words when none passes. The buffers are the
    /// caller's, reused between calls; on return they hold the words of the text (<see cref="Explain"/> then gives
    /// the features of the window).
    /// </summary>
    public Verdict Score(string text, Scratch scratch) => Score(text, scratch, GateSum);

    /// <summary><see cref="Score(string, Scratch)"/> with another gate (<see cref="int.MinValue"/>: every window is scored).</summary>
    internal Verdict Score(string text, Scratch scratch, int gateSum)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(scratch);
        var words = scratch.Words;
        ClassifierFeatures.Words(text, words, scratch.Folded);
        var count = words.Count;
        if (count == 0)
        {
            return new Verdict(Sigmoid(Bias), 0, 0);
        }

        // singles[w], pairs[w]: the weights of the words before w and of the pairs they make (pairs[w + 1] includes the
        // pair ending at word w, whose bucket is pairBuckets[w]), so a window's sum is two subtractions; the pair its
        // first word makes with the word before is left out, as in the window's features.
        var quantized = Quantized;
        var occurrences = CollectionsMarshal.AsSpan(words);
        var pairBuckets = scratch.PairBuckets(count);
        var singles = scratch.Singles(count + 1);
        var pairs = scratch.Pairs(count + 1);
        singles[0] = pairs[0] = pairs[1] = 0;
        singles[1] = quantized[ClassifierFeatures.WordBucket(occurrences[0].Hash)];
        for (var w = 1; w < count; w++)
        {
            var hash = occurrences[w].Hash;
            singles[w + 1] = singles[w] + quantized[ClassifierFeatures.WordBucket(hash)];
            var pair = ClassifierFeatures.PairBucket(occurrences[w - 1].Hash, hash);
            pairBuckets[w] = pair;
            pairs[w + 1] = pairs[w] + quantized[pair];
        }

        // The words of the windows scored are given ids in the lexicon, each once (windows overlap by half), so that
        // each distinct word's features are hashed once: ids[w] is word w's, for w below internedTo.
        var ids = scratch.Ids(count);
        var internedTo = 0;
        var best = new Verdict(-1, 0, 0);
        for (var from = 0; ; from += Window / 2)
        {
            var to = Math.Min(count, from + Window);
            if (gateSum == int.MinValue || singles[to] - singles[from] + pairs[to] - pairs[from + 1] >= gateSum)
            {
                if (internedTo == 0)
                {
                    scratch.Lexicon.Reset(count);
                }

                var folded = CollectionsMarshal.AsSpan(scratch.Folded);
                for (var w = Math.Max(internedTo, from); w < to; w++)
                {
                    ids[w] = scratch.Lexicon.Intern(occurrences[w], folded);
                }

                internedTo = Math.Max(internedTo, to);
                var (sum, features) = WindowSum(scratch, ids, pairBuckets, from, to);
                var p = Sigmoid(Bias + (sum * (double)Scale / Math.Sqrt(features)));
                if (p > best.Probability)
                {
                    best = new Verdict(p, from, to);
                }
            }

            if (to == count)
            {
                return best.Probability < 0 ? new Verdict(0, 0, 0) : best;
            }
        }
    }

    /// <summary>
    /// The sum of the 8-bit weights of the distinct features of words [<paramref name="from"/>, <paramref name="to"/>)
    /// and their count, summed as integers (a quarter of the memory to touch, a sum in no particular order). A word
    /// met again in the window adds only its pair: its own features are in the set already.
    /// </summary>
    private (int Sum, int Features) WindowSum(Scratch scratch, int[] ids, int[] pairBuckets, int from, int to)
    {
        var quantized = Quantized;
        var lexicon = scratch.Lexicon;
        var folded = CollectionsMarshal.AsSpan(scratch.Folded);
        var seen = scratch.Seen;
        seen.Clear();
        var window = lexicon.NextWindow();
        var sum = 0;
        var features = 0;
        for (var w = from; w < to; w++)
        {
            int bucket;
            if (w > from && seen.Add(bucket = pairBuckets[w]))
            {
                sum += quantized[bucket];
                features++;
            }

            var id = ids[w];
            if (!lexicon.FirstIn(id, window))
            {
                continue;
            }

            if (seen.Add(bucket = lexicon.WordBucket(id)))
            {
                sum += quantized[bucket];
                features++;
            }

            foreach (var gram in lexicon.Grams(id, folded))
            {
                if (seen.Add(gram))
                {
                    sum += quantized[gram];
                    features++;
                }
            }
        }

        return seen.IsFull ? WindowSumOfEveryFeature(scratch, from, to) : (sum, features);
    }

    /// <summary>
    /// <see cref="WindowSum"/> feature after feature, as the trainer reads a window: for the rare window of more than
    /// half the set's slots of distinct features, from which every feature added counts (and the order of adding matters).
    /// </summary>
    private (int Sum, int Features) WindowSumOfEveryFeature(Scratch scratch, int from, int to)
    {
        var quantized = Quantized;
        var seen = scratch.Seen;
        seen.Clear();
        Span<int> buckets = stackalloc int[ClassifierFeatures.MaxPerWord];
        var sum = 0;
        var features = 0;
        for (var w = from; w < to; w++)
        {
            var n = ClassifierFeatures.WordFeatures(scratch.Words, scratch.Folded, w, w > from, buckets);
            for (var k = 0; k < n; k++)
            {
                if (seen.Add(buckets[k]))
                {
                    sum += quantized[buckets[k]];
                    features++;
                }
            }
        }

        return (sum, features);
    }

    /// <summary>
    /// After <see cref="Score(string, Scratch)"/> on the same buffers: the features of <paramref name="verdict"/>'s window
    /// into <see cref="Scratch.Features"/> (bucket, first word, last word), for an explanation to quote.
    /// </summary>
    public static void Explain(Verdict verdict, Scratch scratch)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        ClassifierFeatures.Features(scratch.Words, scratch.Folded, verdict.From, verdict.To, scratch.Features, scratch.Seen);
    }

    /// <summary>
    /// The model as injection-classifier.bin holds it: the magic "CIC2", the bits of the feature index, the version of
    /// the features (<see cref="ClassifierFeatures.Version"/>), bias, scale, threshold, the CRC-32 of the weights, then
    /// the deflated weights.
    /// </summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[HeaderLength];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], ClassifierFeatures.Bits);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], ClassifierFeatures.Version);
        BinaryPrimitives.WriteSingleLittleEndian(header[12..], Bias);
        BinaryPrimitives.WriteSingleLittleEndian(header[16..], Scale);
        BinaryPrimitives.WriteSingleLittleEndian(header[20..], Threshold);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], Crc32.HashToUInt32((byte[])(Array)Quantized));
        stream.Write(header);
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        deflate.Write((ReadOnlySpan<byte>)(byte[])(Array)Quantized);
    }

    /// <summary>
    /// Reads a model <see cref="Write"/> wrote. A file that is not one, one of an older format or of other features
    /// (weights trained for other buckets would score at random), a truncated or damaged one: each a clear
    /// <see cref="InvalidDataException"/> that says to retrain.
    /// </summary>
    public static InjectionClassifier Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[HeaderLength];
        if (stream.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false) < HeaderLength)
        {
            throw new InvalidDataException("not an injection classifier (too short for its header); retrain it (see the README, Detection)");
        }

        if (header[..4].SequenceEqual("CIC1"u8))
        {
            throw new InvalidDataException("an injection classifier of the first format (CIC1: words, pairs and four-grams, no checksum), which this build no longer reads; retrain it (see the README, Detection)");
        }

        if (!header[..4].SequenceEqual(Magic))
        {
            throw new InvalidDataException("not an injection classifier (no CIC2 magic); retrain it (see the README, Detection)");
        }

        var bits = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        var version = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        if (bits != ClassifierFeatures.Bits || version != ClassifierFeatures.Version)
        {
            throw new InvalidDataException($"an injection classifier of {bits}-bit features, version {version}; this build reads {ClassifierFeatures.Bits}-bit features, version {ClassifierFeatures.Version}; retrain it (see the README, Detection)");
        }

        var weights = new byte[ClassifierFeatures.Size];
        try
        {
            using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
            deflate.ReadExactly(weights);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("the injection classifier's weights are truncated; retrain it (see the README, Detection)");
        }

        if (Crc32.HashToUInt32(weights) != BinaryPrimitives.ReadUInt32LittleEndian(header[24..]))
        {
            throw new InvalidDataException("the injection classifier's weights are damaged (their checksum does not match); retrain it (see the README, Detection)");
        }

        var bias = BinaryPrimitives.ReadSingleLittleEndian(header[12..]);
        var scale = BinaryPrimitives.ReadSingleLittleEndian(header[16..]);
        var threshold = BinaryPrimitives.ReadSingleLittleEndian(header[20..]);
        if (!float.IsFinite(bias) || !float.IsFinite(scale) || scale <= 0 || !(threshold is > 0 and <= 1))
        {
            throw new InvalidDataException("the injection classifier's header is damaged (bias, scale or threshold out of range); retrain it (see the README, Detection)");
        }

        return new InjectionClassifier((sbyte[])(Array)weights, scale, bias, threshold);
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
        private int[] _singles = new int[256];
        private int[] _pairs = new int[256];
        private int[] _ids = new int[256];
        private int[] _pairBuckets = new int[256];

        public List<ClassifierFeatures.Word> Words { get; } = [];

        public List<char> Folded { get; } = [];

        /// <summary>The distinct words of the text scored.</summary>
        public ClassifierLexicon Lexicon { get; } = new();

        /// <summary>After <see cref="Explain"/>: the window's features (bucket, first word, last word).</summary>
        public List<(int Bucket, int First, int Last)> Features { get; } = [];

        public ClassifierFeatures.BucketSet Seen { get; } = new();

        public int[] Singles(int length) => _singles.Length >= length ? _singles : _singles = new int[Math.Max(length, _singles.Length * 2)];

        public int[] Pairs(int length) => _pairs.Length >= length ? _pairs : _pairs = new int[Math.Max(length, _pairs.Length * 2)];

        public int[] Ids(int length) => _ids.Length >= length ? _ids : _ids = new int[Math.Max(length, _ids.Length * 2)];

        public int[] PairBuckets(int length) => _pairBuckets.Length >= length ? _pairBuckets : _pairBuckets = new int[Math.Max(length, _pairBuckets.Length * 2)];
    }

    /// <summary>A window's probability and its words [<paramref name="From"/>, <paramref name="To"/>).</summary>
    internal readonly record struct Verdict(double Probability, int From, int To);
}
