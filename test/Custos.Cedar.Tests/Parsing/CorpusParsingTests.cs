using Custos.Cedar.Parsing;
using Custos.Cedar.Tests.Conformance;

namespace Custos.Cedar.Tests.Parsing;

public sealed class CorpusParsingTests
{
    [Fact]
    public void Every_policy_file_in_the_conformance_suites_parses()
    {
        var files = Directory.EnumerateFiles(ConformanceData.Root, "*.cedar", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count > 6000, $"expected the corpus, found {files.Count} policy files");
        var failures = new List<string>();
        foreach (var file in files)
        {
            var result = PolicyParser.Parse(File.ReadAllText(file));
            if (!result.Succeeded)
                failures.Add(result.Errors[0].Format(Path.GetFileName(file)));
        }
        Assert.True(failures.Count == 0, $"{failures.Count} files failed:\n" + string.Join("\n", failures.Take(20)));
    }
}
