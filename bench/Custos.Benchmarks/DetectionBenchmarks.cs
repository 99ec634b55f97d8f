using System.Text;
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
    private const int Size = 1 << 20;

    private Scanner scanner = null!;
    private string english = null!;
    private string code = null!;
    private string json = null!;
    private string mixed = null!;

    [GlobalSetup]
    public void Setup()
    {
        scanner = new Scanner();
        var random = new Random(7);
        english = Fill(random, i => i % 40 == 0
            ? $"Please write to user{i}@example.org or call +44 20 7946 {i % 10000:0000} before Friday. "
            : "The committee reviewed the quarterly figures and agreed to postpone the decision until the next meeting. ");
        code = Fill(random, i => i % 50 == 0
            ? $"    var connection = Environment.GetEnvironmentVariable(\"DB_{i}\"); // host 10.0.{i % 250}.{i % 200}\n"
            : "    for (var i = 0; i < items.Count; i++) { total += items[i].Price * items[i].Quantity; }\n");
        json = Fill(random, i => i % 30 == 0
            ? $"{{\"ts\":\"2026-11-27T10:{i % 60:00}:00Z\",\"level\":\"info\",\"user\":\"u{i}@corp.example.com\",\"card\":\"4111 1111 1111 1111\"}}\n"
            : $"{{\"ts\":\"2026-11-27T10:{i % 60:00}:00Z\",\"level\":\"debug\",\"msg\":\"request served\",\"status\":200,\"ms\":{i % 97}}}\n");
        mixed = english[..(Size / 3)] + code[..(Size / 3)] + json[..(Size - (2 * (Size / 3)))];
    }

    private static string Fill(Random random, Func<int, string> line)
    {
        var sb = new StringBuilder(Size + 256);
        for (var i = 0; sb.Length < Size; i++)
        {
            sb.Append(line(i + random.Next(3)));
        }

        return sb.ToString(0, Size);
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
