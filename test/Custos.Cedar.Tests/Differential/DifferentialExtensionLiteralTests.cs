using System.Diagnostics;
using System.Text.Json.Nodes;
using Custos.Cedar.Ast;
using Custos.Cedar.Authorization;
using Custos.Cedar.Entities;
using Custos.Cedar.Parsing;
using Custos.Cedar.Validation;
using Custos.Cedar.Values;
using FsCheck;
using FsCheck.Fluent;
using static Custos.Cedar.Tests.Differential.CedarGenerators;

namespace Custos.Cedar.Tests.Differential;

/// <summary>
/// Extension constructor arguments (<c>ip</c>, <c>decimal</c>, <c>datetime</c>, <c>duration</c>) near the edge of
/// their grammars: the evaluator must fail on exactly the strings cedar-wasm fails on, and strict validation (which
/// checks literal arguments) must flag exactly the policies cedar-wasm flags. The validator and the evaluator have
/// separate code for this, so each is compared on its own.
/// </summary>
[Collection(CedarWasmCollection.Name)]
public sealed class DifferentialExtensionLiteralTests(CedarWasmPeer peer, ITestOutputHelper output)
{
    private static readonly int Batches = DiffScale.Times(300);
    private const int BatchSize = 40;

    private static readonly (string Function, string Alphabet, string[] Seeds)[] Kinds =
    [
        ("ip", "0123456789abcdefABCDEF.:/%-+ x", [.. Ips, .. PolicyOnlyIps, "1.2.3.4/32", "::ffff:1.2.3.4", "fe80::1%eth0", "1::2:3:4:5:6:7", "::1.2.3.4"]),
        ("decimal", "0123456789.-+e ", [.. Decimals, "922337203685477.5808", "-922337203685477.5809", "00.1", "1.00000", "-0.0"]),
        ("datetime", "0123456789-+T:Z. ", [.. Datetimes, "2024-02-30", "2023-02-29", "2024-01-01T24:00:00Z", "2024-01-01T00:00:60Z", "2024-01-01T00:00:00.12Z", "2024-01-01T00:00:00+2400"]),
        ("duration", "0123456789dhms-+ ", [.. Durations, "1d1d", "1ms1s", "1m1ms", "-0ms", "1s1ms", "9223372036854775ms"]),
    ];

    private static Gen<string> Mutate(string seed, string alphabet) =>
        from edits in Gen.Choose(0, 3)
        from ops in Gen.Choose(0, 2).ArrayOf(edits)
        from positions in Gen.Choose(0, 1000).ArrayOf(edits)
        from chars in Gen.Elements(alphabet.ToCharArray()).ArrayOf(edits)
        select Apply(seed, ops, positions, chars);

    private static string Apply(string text, int[] ops, int[] positions, char[] chars)
    {
        var list = text.ToList();
        for (var i = 0; i < ops.Length; i++)
        {
            var at = list.Count == 0 ? 0 : positions[i] % (list.Count + (ops[i] == 1 ? 1 : 0));
            switch (ops[i])
            {
                case 0 when list.Count > 0:
                    list.RemoveAt(Math.Min(at, list.Count - 1));
                    break;
                case 1:
                    list.Insert(Math.Min(at, list.Count), chars[i]);
                    break;
                default:
                    if (list.Count > 0)
                        list[Math.Min(at, list.Count - 1)] = chars[i];
                    break;
            }
        }
        return new string([.. list]);
    }

    private static Gen<(string Function, string Text)> Literal =>
        from kind in Gen.Elements(Kinds)
        from seed in Gen.Elements(kind.Seeds)
        from text in Mutate(seed, kind.Alphabet)
        select (kind.Function, text);

    // A use of the constructed value that type-checks for each kind.
    private static Expr Use(string function, string text)
    {
        var value = Call(function, S(text));
        return function switch
        {
            "ip" => Method("isIpv4", value),
            "decimal" => Method("lessThan", value, Call("decimal", S("0.0"))),
            "datetime" => Bin(BinaryOp.Less, value, Call("datetime", S("2000-01-01"))),
            _ => Bin(BinaryOp.Less, value, Call("duration", S("1h"))),
        };
    }

    [Fact]
    public void Extension_literals_fail_to_evaluate_and_to_validate_exactly_where_cedar_wasm_says()
    {
        var evalErrors = 0;
        var invalid = 0;
        var total = 0;
        var clock = Stopwatch.StartNew();
        var schema = DiffSchema.Parsed.Value;
        var property = Prop.ForAll(
            Arb.From(Literal.ArrayOf(BatchSize)),
            literals =>
            {
                var policies = literals.Select((l, i) => new Policy(
                    "policy" + i, Effect.Permit, ScopeConstraint.Any, ActionConstraint.Any, ScopeConstraint.Any,
                    [new Condition(ConditionKind.When, new OrExpr(Use(l.Function, l.Text), B(true)))], [])).ToArray();
                var text = Custos.Cedar.Formatting.PolicyFormatter.Format(new PolicySet([.. policies], [], []));
                var set = PolicyParser.ParsePolicySet(text);
                var request = new JsonObject
                {
                    ["principal"] = new JsonObject { ["type"] = DiffSchema.User, ["id"] = "alice" },
                    ["action"] = new JsonObject { ["type"] = DiffSchema.Action, ["id"] = "view" },
                    ["resource"] = new JsonObject { ["type"] = DiffSchema.Document, ["id"] = "d1" },
                    ["context"] = new JsonObject(),
                };
                var answer = peer.Send(new JsonObject
                {
                    ["op"] = "authorize", ["policies"] = text, ["schema"] = null, ["entities"] = new JsonArray(),
                    ["requests"] = new JsonArray(request), ["detail"] = true,
                });
                var theirErrors = answer.GetProperty("results")[0].GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
                var ours = Authorizer.IsAuthorized(
                    new Request(new EntityUid(DiffSchema.User, "alice"), new EntityUid(DiffSchema.Action, "view"), new EntityUid(DiffSchema.Document, "d1")),
                    set, EntityStore.Empty);
                var ourErrors = ours.Errors.Select(e => e.PolicyId).ToHashSet(StringComparer.Ordinal);

                var validation = peer.Send(new JsonObject { ["op"] = "validate", ["policies"] = text, ["schema"] = DiffSchema.Text });
                var theirInvalid = validation.GetProperty("errorPolicies").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
                var ourInvalid = Validator.Validate(schema, set, text).Errors.Select(e => e.PolicyId!).ToHashSet(StringComparer.Ordinal);
                for (var i = 0; i < literals.Length; i++)
                {
                    var id = "policy" + i;
                    var call = $"{literals[i].Function}({CedarStrings.Quote(literals[i].Text)})";
                    if (theirErrors.Contains(id) != ourErrors.Contains(id))
                    {
                        Assert.Fail(theirErrors.Contains(id)
                            ? $"{call}: cedar-wasm fails to evaluate it, we evaluate it"
                            : $"{call}: we fail to evaluate it ({ours.Errors.First(e => e.PolicyId == id).Message}), cedar-wasm evaluates it");
                    }
                    if (theirInvalid.Contains(id) != ourInvalid.Contains(id))
                    {
                        Assert.Fail(theirInvalid.Contains(id)
                            ? $"{call}: cedar-wasm's validator rejects it ({validation}), ours accepts it"
                            : $"{call}: our validator rejects it, cedar-wasm's accepts it");
                    }
                }
                total += literals.Length;
                evalErrors += ourErrors.Count;
                invalid += ourInvalid.Count;
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Batches), property);
        output.WriteLine($"cedar-wasm {peer.Version}: {total} literals, {evalErrors} fail to evaluate, {invalid} fail validation, in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(evalErrors > total / 10 && evalErrors < total * 9 / 10, $"one-sided mix: {evalErrors} of {total} fail");
    }
}
