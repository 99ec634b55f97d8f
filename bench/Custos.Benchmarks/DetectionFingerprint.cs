using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Custos.Detection;
using Custos.Detection.Tests.Evaluation;

namespace Custos.Benchmarks;

/// <summary>
/// A digest of every finding the scanner reports on the evaluation texts (the generated set, every held-out and probe
/// batch compiled into this project) and on the throughput inputs, whole and in 4 KiB pieces, with the default
/// scanner and with the injection classifier on. Two builds that print the same lines report the same findings, to the
/// character and the score: the check that a speed change lost nothing. Prints digests and counts, never the texts.
/// <code>dotnet run -c Release --project bench/Custos.Benchmarks -- detection-fingerprint</code>
/// </summary>
internal static class DetectionFingerprint
{
    public static int Run()
    {
        var sources = new List<(string Name, string[] Texts)>
        {
            ("evaluation-set", EvaluationSet.Generate().Select(c => c.Text).ToArray()),
        };
        foreach (var type in typeof(EvaluationSet).Assembly.GetTypes().Where(t => t.Namespace == typeof(EvaluationSet).Namespace).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(string[])).OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                sources.Add(($"{type.Name}.{field.Name}", (string[])field.GetValue(null)!));
            }
        }

        foreach (var (name, text) in DetectionInputs.Create())
        {
            sources.Add((name, [text]));
            sources.Add((name + "-4k", Enumerable.Range(0, text.Length / 4096).Select(k => text.Substring(k * 4096, 4096)).ToArray()));
        }

        foreach (var (label, scanner) in new[] { ("default", new Scanner()), ("classifier", new Scanner(new ScannerOptions { UseInjectionClassifier = true })) })
        {
            foreach (var (name, texts) in sources)
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var findings = 0;
                foreach (var text in texts)
                {
                    foreach (var f in scanner.Scan(text))
                    {
                        findings++;
                        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{f.Type}|{f.Start}|{f.End}|{f.Score:R}|{f.Detector}|{f.Subtype}|{f.Explanation}\n")));
                    }

                    hash.AppendData("\u0000"u8);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-10} {name,-36} {texts.Length,6} texts {findings,7} findings {Convert.ToHexString(hash.GetHashAndReset())[..16]}"));
            }
        }

        return 0;
    }
}
