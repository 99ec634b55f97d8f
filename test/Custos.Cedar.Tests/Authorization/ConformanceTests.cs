using Custos.Cedar.Tests.Conformance;

namespace Custos.Cedar.Tests.Authorization;

public sealed class ConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_request_of_the_conformance_suites_gets_the_expected_decision_reasons_and_errors()
    {
        var root = Root();
        var files = Directory.EnumerateFiles(Path.Combine(root, "corpus-tests"), "*.json")
            .Where(f => !f.EndsWith(".entities.json", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.json", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        var mismatches = new List<string>();
        var requests = 0;
        foreach (var file in files)
            requests += ConformanceRunner.Run(root, file, mismatches);
        output.WriteLine($"{files.Count} files, {requests} requests, {mismatches.Count} mismatches");
        var report = Environment.GetEnvironmentVariable("CEDAR_CONFORMANCE_REPORT");
        if (!string.IsNullOrEmpty(report))
            File.WriteAllLines(report, mismatches.Prepend($"{files.Count} files, {requests} requests, {mismatches.Count} mismatches"));
        Assert.True(files.Count > 6000, $"expected the corpus, found {files.Count} test files");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches in {requests} requests:\n" + string.Join("\n", mismatches.Take(30)));
    }

    // CEDAR_CONFORMANCE_ROOT, else the suites from ../shared, else an already extracted copy in /tmp/cedar.
    private static string Root()
    {
        var configured = Environment.GetEnvironmentVariable("CEDAR_CONFORMANCE_ROOT");
        if (!string.IsNullOrEmpty(configured))
            return configured;
        try
        {
            return ConformanceData.Root;
        }
        catch (DirectoryNotFoundException) when (Directory.Exists("/tmp/cedar/corpus-tests"))
        {
            return "/tmp/cedar";
        }
    }
}
