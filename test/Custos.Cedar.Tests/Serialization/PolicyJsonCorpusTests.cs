using System.Text.Json;
using Custos.Cedar.Parsing;
using Custos.Cedar.Serialization;
using Custos.Cedar.Tests.Conformance;

namespace Custos.Cedar.Tests.Serialization;

public sealed class PolicyJsonCorpusTests
{
    [Fact]
    public void Every_conformance_policy_round_trips_text_to_json_to_the_same_tree()
    {
        var files = Directory.EnumerateFiles(ConformanceData.Root, "*.cedar", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count > 6000, $"expected the corpus, found {files.Count} policy files");
        var failures = new List<string>();
        var policies = 0;
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var set = PolicyParser.ParsePolicySet(File.ReadAllText(file));
            var json = PolicyJson.WritePolicySet(set);
            using (JsonDocument.Parse(json))
            {
            }
            var read = PolicyJson.ReadPolicySet(json);
            if (!read.Succeeded)
            {
                failures.Add($"{name}: {read.Errors[0].Message}");
                continue;
            }
            var back = read.Value!;
            var before = set.StaticPolicies.Concat(set.Templates).ToList();
            var after = back.StaticPolicies.Concat(back.Templates).ToList();
            if (before.Count != after.Count)
            {
                failures.Add($"{name}: {before.Count} policies became {after.Count}");
                continue;
            }
            for (var i = 0; i < before.Count; i++)
            {
                policies++;
                if (before[i].Id != after[i].Id || JsonTestSupport.Dump(before[i]) != JsonTestSupport.Dump(after[i]))
                {
                    failures.Add($"{name} {before[i].Id}:\n  {JsonTestSupport.Dump(before[i])}\n  {JsonTestSupport.Dump(after[i])}");
                    break;
                }
            }
            // Writing what was read gives the same JSON: the format is stable under a round trip.
            var again = PolicyJson.WritePolicySet(back);
            if (again != json)
                failures.Add($"{name}: the JSON changed on the second write");
        }
        Assert.True(policies > 6000, $"expected many policies, compared {policies}");
        Assert.True(failures.Count == 0, $"{failures.Count} files failed:\n" + string.Join("\n", failures.Take(10)));
    }
}
