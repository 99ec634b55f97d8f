using System.Text;

namespace Custos.Benchmarks;

/// <summary>
/// The throughput inputs: 1 MiB each of English prose, C# code and JSON logs with a sprinkling of PII and
/// secret-shaped values, and a mix of the three. Deterministic, shared by the BenchmarkDotNet class and the peer
/// comparison so both measure the same text.
/// </summary>
internal static class DetectionInputs
{
    public const int Size = 1 << 20;

    public static IReadOnlyList<(string Name, string Text)> Create()
    {
        var random = new Random(7);
        var english = Fill(random, i => i % 40 == 0
            ? $"Please write to user{i}@example.org or call +44 20 7946 {i % 10000:0000} before Friday. "
            : "The committee reviewed the quarterly figures and agreed to postpone the decision until the next meeting. ");
        var code = Fill(random, i => i % 50 == 0
            ? $"    var connection = Environment.GetEnvironmentVariable(\"DB_{i}\"); // host 10.0.{i % 250}.{i % 200}\n"
            : "    for (var i = 0; i < items.Count; i++) { total += items[i].Price * items[i].Quantity; }\n");
        var json = Fill(random, i => i % 30 == 0
            ? $"{{\"ts\":\"2026-11-27T10:{i % 60:00}:00Z\",\"level\":\"info\",\"user\":\"u{i}@corp.example.com\",\"card\":\"4111 1111 1111 1111\"}}\n"
            : $"{{\"ts\":\"2026-11-27T10:{i % 60:00}:00Z\",\"level\":\"debug\",\"msg\":\"request served\",\"status\":200,\"ms\":{i % 97}}}\n");
        var mixed = english[..(Size / 3)] + code[..(Size / 3)] + json[..(Size - (2 * (Size / 3)))];
        return [("english", english), ("code", code), ("json", json), ("mixed", mixed)];
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
}
