using Custos.Cedar.Schema;
using Custos.Cedar.Tests.Conformance;

namespace Custos.Cedar.Tests.Schema;

public sealed class SchemaFuzzTests
{
    private const string Alphabet = "{}[]<>:;,?@()=\"\\/ \nentity action type namespace appliesTo principal resource context Set Long String in enum tags __cedar:: A B";

    private static string Mutate(Random random, string text)
    {
        var chars = text.ToList();
        for (var edits = random.Next(1, 6); edits > 0; edits--)
        {
            var at = chars.Count == 0 ? 0 : random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0 when chars.Count > 0:
                    chars.RemoveRange(at, Math.Min(chars.Count - at, random.Next(1, 8)));
                    break;
                case 1:
                    var start = random.Next(Alphabet.Length);
                    chars.InsertRange(at, Alphabet.Substring(start, Math.Min(Alphabet.Length - start, random.Next(1, 10))));
                    break;
                default:
                    if (chars.Count > 0)
                        chars[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
            }
        }
        return new string([.. chars]);
    }

    /// <summary>Random edits of real schemas in both formats give a schema or located errors, never an exception.</summary>
    [Fact]
    public void Mutated_conformance_schemas_give_results_not_exceptions()
    {
        var random = new Random(20240611);
        var files = Directory.EnumerateFiles(ConformanceData.Root, "*.cedarschema", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Where((_, i) => i % 40 == 0).ToList();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var json = SchemaJsonPrinter.Print(CedarSchemaParser.Parse(text).Schema!);
            for (var round = 0; round < 10; round++)
            {
                var mutated = CedarSchemaParser.Parse(Mutate(random, text));
                Assert.True(mutated.Success || !mutated.Diagnostics.IsEmpty);
                Assert.All(mutated.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1));
                var mutatedJson = SchemaJsonParser.Parse(Mutate(random, json));
                Assert.True(mutatedJson.Success || !mutatedJson.Diagnostics.IsEmpty);
            }
        }
    }
}
