using System.Text.Json;
using Custos.Cedar.Evaluation;
using Custos.Cedar.Json;
using Custos.Cedar.Parsing;

namespace Custos.Cedar.Tests.Authorization;

public sealed class ScratchTests
{
    [Fact]
    public void Scratch()
    {
        var file = Environment.GetEnvironmentVariable("SCRATCH_TEST") ?? "/dev/null";
        var index = int.Parse(Environment.GetEnvironmentVariable("SCRATCH_REQUEST") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var root = "/tmp/cedar";
        var set = PolicyParser.ParsePolicySet(File.ReadAllText(Path.Combine(root, doc.RootElement.GetProperty("policies").GetString()!)));
        var entities = CedarJson.ParseEntities(File.ReadAllText(Path.Combine(root, doc.RootElement.GetProperty("entities").GetString()!))).Value!;
        var request = CedarJson.ParseRequest(doc.RootElement.GetProperty("requests")[index]).Value!;
        var sb = new System.Text.StringBuilder();
        sb.AppendLine(request.ToString());
        foreach (var e in entities.All)
            sb.AppendLine($"{e.Uid} attrs {e.Attributes} parents [{string.Join(",", e.Parents)}] ancestors [{string.Join(",", e.Ancestors)}]");
        foreach (var p in set.Policies)
        {
            sb.AppendLine(Custos.Cedar.Tests.Parsing.AstDump.Of(p));
            foreach (var c in p.Conditions)
            {
                var r = Evaluator.Evaluate(c.Body, request, entities);
                sb.AppendLine($"  {c.Kind}: {r.Value} {r.ErrorMessage}");
            }
        }
        foreach (var x in (Environment.GetEnvironmentVariable("SCRATCH_EXPRS") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var r = Evaluator.Evaluate(PolicyParser.ParseExpression(x), request, entities);
            sb.AppendLine($"  {x} => {r.Value} {r.ErrorMessage}");
        }
        Assert.Fail(sb.ToString());
    }
}
