using Custos.Detection.Injection;

namespace Custos.Detection.Tests.Classifier;

/// <summary>
/// Trains the injection classifier: logistic regression with L2, by stochastic gradient descent in a fixed order
/// (a seeded xorshift shuffle per epoch) for a fixed number of epochs, single-threaded, so the same examples give the
/// same weights bit for bit. Attacks and benign texts weigh half the total each, whatever their counts.
/// </summary>
internal static class ClassifierTrainer
{
    public const int Epochs = 100;
    public const double LearningRate = 5;
    public const double L2 = 3e-3;
    public const ulong Seed = 20261128;

    /// <summary>Trains on <paramref name="examples"/> and rounds the weights to 8 bits (one scale: the largest weight is ±127).</summary>
    public static InjectionClassifier Train(IReadOnlyList<Example> examples, float threshold)
    {
        var (weights, bias) = TrainExact(examples);
        var max = weights.Max(Math.Abs);
        var scale = max == 0 ? 1f : (float)(max / 127);
        var quantized = weights.Select(w => (sbyte)Math.Clamp(Math.Round(w / scale), -127, 127)).ToArray();
        return new InjectionClassifier(quantized, scale, (float)bias, threshold);
    }

    private static (double[] Weights, double Bias) TrainExact(IReadOnlyList<Example> examples)
    {
        var weights = new double[ClassifierFeatures.Size];
        var bias = 0.0;
        var attacks = examples.Count(e => e.Attack);
        var benign = examples.Count - attacks;
        var attackWeight = attacks == 0 ? 0 : examples.Count / (2.0 * attacks);
        var benignWeight = benign == 0 ? 0 : examples.Count / (2.0 * benign);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var state = Seed;
        var step = 0;
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            Shuffle(order, ref state);

            foreach (var index in order)
            {
                var e = examples[index];
                if (e.Buckets.Length == 0)
                {
                    continue;
                }

                var x = 1 / Math.Sqrt(e.Buckets.Length);
                var z = bias;
                foreach (var b in e.Buckets)
                {
                    z += weights[b] * x;
                }

                var p = 1 / (1 + Math.Exp(-z));
                var g = (p - (e.Attack ? 1 : 0)) * (e.Attack ? attackWeight : benignWeight);
                var rate = LearningRate / (1 + (0.0005 * step++));
                foreach (var b in e.Buckets)
                {
                    weights[b] -= rate * ((g * x) + (L2 * weights[b]));
                }

                bias -= rate * g;
            }
        }

        return (weights, bias);
    }

    /// <summary>The features of a whole text, as the classifier reads a text of one window.</summary>
    public static int[] Buckets(string text)
    {
        var words = new List<ClassifierFeatures.Word>();
        var folded = new List<char>();
        var features = new List<(int Bucket, int First, int Last)>();
        ClassifierFeatures.Words(text, words, folded);
        ClassifierFeatures.Features(words, folded, 0, words.Count, features, new ClassifierFeatures.BucketSet());
        return [.. features.Select(f => f.Bucket)];
    }

    internal sealed record Example(int[] Buckets, bool Attack);

    /// <summary>Shuffles <paramref name="order"/> in place (Fisher-Yates over xorshift64, so a training run is repeatable).</summary>
    internal static void Shuffle(int[] order, ref ulong state)
    {
        for (var k = order.Length - 1; k > 0; k--)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            var j = (int)(state % (ulong)(k + 1));
            (order[k], order[j]) = (order[j], order[k]);
        }
    }
}
