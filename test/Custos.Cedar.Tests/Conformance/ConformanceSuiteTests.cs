using Custos.Cedar.Conformance;

namespace Custos.Cedar.Tests.Conformance;

/// <summary>Cedar's own integration suites: every decision, reason, error and validation verdict must match.</summary>
public sealed class ConformanceSuiteTests
{
    [Fact]
    public void Every_request_and_validation_verdict_of_the_cedar_suites_matches()
    {
        using var mismatches = new StringWriter();
        var summary = ConformanceRunner.Run(ConformanceData.Root, mismatches, TestContext.Current.CancellationToken);
        Assert.True(summary.Files > 6000, $"expected the corpus and the hand-written tests, found {summary.Files} test files");
        Assert.True(summary.Failed == 0, $"{summary}\n{string.Join('\n', mismatches.ToString().Split('\n').Take(30))}");
        Assert.True(summary.Passed > 50_000, summary.ToString());
    }

    [Fact]
    public void A_wrong_expectation_is_reported_as_a_mismatch()
    {
        // Copy one hand-written test and flip its expected decision: the runner must notice.
        var root = Path.Combine(Path.GetTempPath(), "custos-conformance-flip-" + Guid.NewGuid().ToString("N"));
        try
        {
            var source = Path.Combine(ConformanceData.Root, "tests", "example_use_cases", "1a.json");
            var text = File.ReadAllText(source);
            Directory.CreateDirectory(Path.Combine(root, "tests"));
            foreach (var folder in new[] { "tests/example_use_cases", "sample-data/sandbox_a" })
            {
                Directory.CreateDirectory(Path.Combine(root, folder));
                foreach (var file in Directory.EnumerateFiles(Path.Combine(ConformanceData.Root, folder)))
                    File.Copy(file, Path.Combine(root, folder, Path.GetFileName(file)));
            }
            var flipped = text.Replace("\"decision\": \"allow\"", "\"decision\": \"deny\"", StringComparison.Ordinal);
            Assert.NotEqual(text, flipped);
            foreach (var other in Directory.EnumerateFiles(Path.Combine(root, "tests", "example_use_cases"), "*.json"))
            {
                if (Path.GetFileName(other) != "1a.json")
                    File.Delete(other);
            }
            File.WriteAllText(Path.Combine(root, "tests", "example_use_cases", "1a.json"), flipped);
            using var output = new StringWriter();
            var summary = ConformanceRunner.Run(root, output, TestContext.Current.CancellationToken);
            Assert.True(summary.Failed > 0);
            Assert.Contains("expected deny", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
