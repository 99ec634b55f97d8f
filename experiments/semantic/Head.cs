namespace Semantic;

/// <summary>A logistic regression or one-hidden-layer MLP on standardized features, class-balanced, trained with Adam.</summary>
internal sealed class Head
{
    public enum Kind { Logistic, Mlp }

    private const int Hidden = 32;
    private readonly float[] _mean;
    private readonly float[] _std;
    private readonly float[][] _w1; // Mlp: Hidden x d; Logistic: 1 x d
    private readonly float[] _b1;
    private readonly float[] _w2;
    private float _b2;
    private readonly Kind _kind;

    private Head(Kind kind, int d)
    {
        _kind = kind;
        _mean = new float[d];
        _std = new float[d];
        var rng = new Random(7);
        var rows = kind == Kind.Mlp ? Hidden : 1;
        _w1 = [.. Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, d).Select(_ => kind == Kind.Mlp ? (float)((rng.NextDouble() - 0.5) * 2 * Math.Sqrt(6.0 / d)) : 0f).ToArray())];
        _b1 = new float[rows];
        _w2 = [.. Enumerable.Range(0, rows).Select(_ => kind == Kind.Mlp ? (float)((rng.NextDouble() - 0.5) * 0.2) : 0f)];
    }

    public static Head Train(List<Group> groups, Func<string, float[]> features, Kind kind, float l2 = 1f)
    {
        var xs = new List<float[]>();
        var ys = new List<bool>();
        foreach (var g in groups)
        {
            foreach (var t in g.Attacks) { xs.Add(features(t)); ys.Add(true); }
            foreach (var t in g.Benign) { xs.Add(features(t)); ys.Add(false); }
        }

        var d = xs[0].Length;
        var h = new Head(kind, d);
        for (var k = 0; k < d; k++)
        {
            var m = xs.Average(x => x[k]);
            var v = xs.Average(x => (x[k] - m) * (x[k] - m));
            h._mean[k] = (float)m;
            h._std[k] = (float)Math.Sqrt(v + 1e-6);
        }

        var z = xs.Select(x => h.Standardize(x)).ToArray();
        var pos = ys.Count(y => y);
        var wPos = ys.Count / (2.0f * pos);
        var wNeg = ys.Count / (2.0f * (ys.Count - pos));
        h.Fit(z, [.. ys], wPos, wNeg, l2);
        return h;
    }

    public float Probability(float[] x) => Sigmoid(Forward(Standardize(x), null));

    private float[] Standardize(float[] x)
    {
        var z = new float[x.Length];
        for (var k = 0; k < x.Length; k++)
        {
            z[k] = (x[k] - _mean[k]) / _std[k];
        }

        return z;
    }

    private float Forward(float[] z, float[]? hidden)
    {
        if (_kind == Kind.Logistic)
        {
            return Dot(_w1[0], z) + _b1[0];
        }

        var s = _b2;
        for (var j = 0; j < Hidden; j++)
        {
            var a = Math.Max(0, Dot(_w1[j], z) + _b1[j]);
            if (hidden != null) hidden[j] = a;
            s += _w2[j] * a;
        }

        return s;
    }

    private void Fit(float[][] z, bool[] y, float wPos, float wNeg, float l2)
    {
        const float lr = 0.003f, b1 = 0.9f, b2 = 0.999f;
        var epochs = _kind == Kind.Logistic ? 60 : 40;
        var batch = 64;
        var d = z[0].Length;
        var rows = _w1.Length;
        var mW = new float[rows][]; var vW = new float[rows][];
        for (var j = 0; j < rows; j++) { mW[j] = new float[d]; vW[j] = new float[d]; }
        var gW = Enumerable.Range(0, rows).Select(_ => new float[d]).ToArray();
        var gB1 = new float[rows]; var mB1 = new float[rows]; var vB1 = new float[rows];
        var gW2 = new float[rows]; var mW2 = new float[rows]; var vW2 = new float[rows];
        float mB2 = 0, vB2 = 0;
        var rng = new Random(11);
        var order = Enumerable.Range(0, z.Length).ToArray();
        var hidden = new float[Hidden];
        var step = 0;
        for (var e = 0; e < epochs; e++)
        {
            rng.Shuffle(order);
            for (var s = 0; s < order.Length; s += batch)
            {
                foreach (var g in gW) Array.Clear(g);
                Array.Clear(gB1); Array.Clear(gW2);
                float gB2 = 0;
                var n = Math.Min(batch, order.Length - s);
                for (var q = s; q < s + n; q++)
                {
                    var i = order[q];
                    var p = Sigmoid(Forward(z[i], hidden));
                    var err = (p - (y[i] ? 1 : 0)) * (y[i] ? wPos : wNeg) / n;
                    if (_kind == Kind.Logistic)
                    {
                        Axpy(err, z[i], gW[0]);
                        gB1[0] += err;
                    }
                    else
                    {
                        gB2 += err;
                        for (var j = 0; j < Hidden; j++)
                        {
                            gW2[j] += err * hidden[j];
                            if (hidden[j] > 0)
                            {
                                var eh = err * _w2[j];
                                Axpy(eh, z[i], gW[j]);
                                gB1[j] += eh;
                            }
                        }
                    }
                }

                step++;
                var c1 = 1 - MathF.Pow(b1, step);
                var c2 = 1 - MathF.Pow(b2, step);
                void Adam(ref float w, float g, ref float m, ref float v)
                {
                    m = (b1 * m) + ((1 - b1) * g);
                    v = (b2 * v) + ((1 - b2) * g * g);
                    w -= lr * (m / c1) / (MathF.Sqrt(v / c2) + 1e-8f);
                }

                for (var j = 0; j < rows; j++)
                {
                    var w = _w1[j]; var g = gW[j]; var m = mW[j]; var v = vW[j];
                    for (var k = 0; k < d; k++)
                    {
                        Adam(ref w[k], g[k] + (l2 * w[k] / z.Length), ref m[k], ref v[k]);
                    }

                    Adam(ref _b1[j], gB1[j], ref mB1[j], ref vB1[j]);
                    if (_kind == Kind.Mlp)
                    {
                        Adam(ref _w2[j], gW2[j] + (l2 * _w2[j] / z.Length), ref mW2[j], ref vW2[j]);
                    }
                }

                if (_kind == Kind.Mlp)
                {
                    Adam(ref _b2, gB2, ref mB2, ref vB2);
                }
            }
        }
    }

    public static float Dot(float[] a, float[] b)
    {
        var s = 0f;
        var va = System.Numerics.Vector<float>.Count;
        var k = 0;
        var acc = System.Numerics.Vector<float>.Zero;
        for (; k <= a.Length - va; k += va)
        {
            acc += new System.Numerics.Vector<float>(a, k) * new System.Numerics.Vector<float>(b, k);
        }

        s = System.Numerics.Vector.Sum(acc);
        for (; k < a.Length; k++) s += a[k] * b[k];
        return s;
    }

    private static void Axpy(float a, float[] x, float[] y)
    {
        for (var k = 0; k < x.Length; k++) y[k] += a * x[k];
    }

    private static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));
}
