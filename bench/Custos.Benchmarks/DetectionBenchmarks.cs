using BenchmarkDotNet.Attributes;
using Custos.Detection;

namespace Custos.Benchmarks;

/// <summary>
/// The one-pass scanner with every detector on, over 1 MiB of mixed English prose, C# code and JSON logs with a
/// sprinkling of PII and secret-shaped values. Throughput is 1 MiB divided by the mean (the report's
/// "MB/s" column is computed from it by hand in README.md).
/// </summary>
[MemoryDiagnoser]
public class DetectionBenchmarks
{
    private Scanner scanner = null!;
    private string english = null!;
    private string code = null!;
    private string json = null!;
    private string mixed = null!;

    [GlobalSetup]
    public void Setup()
    {
        scanner = new Scanner();
        var inputs = DetectionInputs.Create().ToDictionary(i => i.Name, i => i.Text);
        english = inputs["english"];
        code = inputs["code"];
        json = inputs["json"];
        mixed = inputs["mixed"];
    }

    [Benchmark(Description = "1 MiB English")]
    public int English() => scanner.Scan(english).Count;

    [Benchmark(Description = "1 MiB C# code")]
    public int Code() => scanner.Scan(code).Count;

    [Benchmark(Description = "1 MiB JSON logs")]
    public int Json() => scanner.Scan(json).Count;

    [Benchmark(Description = "1 MiB mixed", Baseline = true)]
    public int Mixed() => scanner.Scan(mixed).Count;
}
