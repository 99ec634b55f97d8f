using System.Text.Json;
using System.Text.Json.Nodes;
using Custos.Cedar.Ast;
using Custos.Cedar.Formatting;
using Custos.Cedar.Parsing;
using Custos.Cedar.Serialization;
using FsCheck;
using FsCheck.Fluent;

namespace Custos.Cedar.Tests.Differential;

/// <summary>
/// Cedar's JSON policy format: for random policies our writer gives the JSON cedar-wasm's <c>policyToJson</c> gives
/// (as JSON values: key order aside), and our reader turns cedar-wasm's JSON back into the same policy.
/// </summary>
[Collection(CedarWasmCollection.Name)]
public sealed class DifferentialPolicyJsonTests(CedarWasmPeer peer, ITestOutputHelper output)
{
    private static readonly int Cases = DiffScale.Times(500);
    private const double Exact = 9007199254740992; // 2^53: cedar-wasm's JSON numbers are JS doubles

    [Fact]
    public void Our_policy_json_equals_cedar_wasm_policy_to_json_and_reads_back_to_the_same_policy()
    {
        var policies = 0;
        var property = Prop.ForAll(
            Arb.From(Gen.Choose(1, 4)
                .SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n).Select(i => CedarGenerators.Policy(3, i % 3 == 2))))
                .Select(generated => PolicyFormatter.Format(new PolicySet([.. generated.Select((p, i) => p with { Id = "policy" + i })], [], [])))),
            text =>
            {
                var set = PolicyParser.ParsePolicySet(text);
                var answer = peer.Send(new JsonObject { ["op"] = "policyJson", ["policies"] = text });
                Assert.True(answer.GetProperty("ok").GetBoolean(), $"cedar-wasm: {answer}\n{text}");
                var theirs = answer.GetProperty("json");
                Assert.Equal(set.StaticPolicies.Length, theirs.GetArrayLength());
                for (var i = 0; i < set.StaticPolicies.Length; i++)
                {
                    var policy = set.StaticPolicies[i];
                    var their = JsonNode.Parse(theirs[i].GetRawText());
                    var ours = JsonNode.Parse(PolicyJson.Write(policy));
                    if (Difference(ours, their, "$") is { } where)
                        Assert.Fail($"policy JSON differs at {where}\npolicy:\n{PolicyFormatter.Format(policy)}\nours:   {ours!.ToJsonString()}\ntheirs: {their!.ToJsonString()}");
                    if (!HasInexactNumber(their))
                    {
                        var read = PolicyJson.Read(theirs[i].GetRawText(), policy.Id);
                        Assert.True(read.Value is not null, $"we cannot read cedar-wasm's JSON: {string.Join("; ", read.Errors)}\n{their!.ToJsonString()}");
                        // Cedar's JSON keeps record literals as maps (keys sorted), so compare as JSON, not as text.
                        var again = JsonNode.Parse(PolicyJson.Write(read.Value!));
                        if (Difference(again, their, "$") is { } readWhere)
                            Assert.Fail($"reading cedar-wasm's JSON gives another policy (at {readWhere}):\n{PolicyFormatter.Format(read.Value!)}\nexpected:\n{PolicyFormatter.Format(policy)}");
                    }
                    policies++;
                }
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), property);
        output.WriteLine($"cedar-wasm {peer.Version}: {policies} policies compared as JSON");
    }

    /// <summary>Where two JSON values differ (numbers compared as doubles, as cedar-wasm sends them), or null.</summary>
    private static string? Difference(JsonNode? ours, JsonNode? theirs, string path)
    {
        switch (ours, theirs)
        {
            case (null, null):
                return null;
            case (JsonObject a, JsonObject b):
                foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
                {
                    if (!a.ContainsKey(key) || !b.ContainsKey(key))
                        return $"{path}.{key} (only in {(a.ContainsKey(key) ? "ours" : "theirs")})";
                    if (Difference(a[key], b[key], $"{path}.{key}") is { } inner)
                        return inner;
                }
                return null;
            case (JsonArray a, JsonArray b):
                if (a.Count != b.Count)
                    return $"{path} (length {a.Count} vs {b.Count})";
                for (var i = 0; i < a.Count; i++)
                {
                    if (Difference(a[i], b[i], $"{path}[{i}]") is { } inner)
                        return inner;
                }
                return null;
            case (JsonValue a, JsonValue b) when a.GetValueKind() == JsonValueKind.Number && b.GetValueKind() == JsonValueKind.Number:
                return (double)a.GetValue<decimal>() == b.GetValue<double>() ? null : path;
            default:
                return JsonNode.DeepEquals(ours, theirs) ? null : path;
        }
    }

    private static bool HasInexactNumber(JsonNode? node) => node switch
    {
        JsonObject o => o.Any(p => HasInexactNumber(p.Value)),
        JsonArray a => a.Any(HasInexactNumber),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => Math.Abs(v.GetValue<double>()) >= Exact,
        _ => false,
    };
}
