using System.Collections.Immutable;
using Custos.Cedar.Ast;
using Custos.Cedar.Parsing;
using Custos.Cedar.Serialization;
using Custos.Cedar.Tests.Parsing;

namespace Custos.Cedar.Tests.Serialization;

public sealed class PolicyJsonReadTests
{
    private const string Scope = "\"effect\":\"permit\",\"principal\":{\"op\":\"All\"},\"action\":{\"op\":\"All\"},\"resource\":{\"op\":\"All\"}";

    private static Expr Condition(string body)
    {
        var result = PolicyJson.Read("{" + Scope + ",\"conditions\":[{\"kind\":\"when\",\"body\":" + body + "}]}", "p");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Value!.Conditions[0].Body;
    }

    private static string Text(string expression) => AstDump.Of(PolicyParser.ParseExpression(expression));

    [Fact]
    public void The_extended_has_form_is_desugared_as_the_text_parser_does()
    {
        var expr = Condition("""{"has":{"left":{"Var":"principal"},"attr":["a","b","c"]}}""");
        Assert.Equal(Text("principal has a.b.c"), AstDump.Of(expr));
    }

    [Fact]
    public void Is_with_in_is_desugared_and_written_back_in_cedar_form()
    {
        const string Json = """{"is":{"left":{"Var":"principal"},"entity_type":"NS::User","in":{"Value":{"__entity":{"type":"Group","id":"g"}}}}}""";
        var expr = Condition(Json);
        Assert.Equal(Text("principal is NS::User in Group::\"g\""), AstDump.Of(expr));
        Assert.True(JsonTestSupport.JsonEquals(Json, PolicyJson.WriteExpression(expr)));
    }

    [Fact]
    public void Is_and_in_written_separately_stay_separate()
    {
        var expr = PolicyParser.ParseExpression("principal is User && principal in Group::\"g\"");
        Assert.StartsWith("{\"&&\":", PolicyJson.WriteExpression(expr), StringComparison.Ordinal);
    }

    [Fact]
    public void Multi_character_literals_in_patterns_are_read()
    {
        var expr = Condition("""{"like":{"left":{"Var":"context"},"pattern":[{"Literal":"ab"},"Wildcard",{"Literal":"c*d"},{"Literal":"e"}]}}""");
        var like = Assert.IsType<LikeExpr>(expr);
        Assert.Equal(["ab", "c*de"], like.Pattern.Segments);
        Assert.Contains("{\"Literal\":\"*\"}", PolicyJson.WriteExpression(expr), StringComparison.Ordinal);
    }

    [Fact]
    public void Patterns_are_written_one_literal_per_character_including_astral_characters()
    {
        var expr = PolicyParser.ParseExpression("context.x like \"a😀*\"");
        var json = PolicyJson.WriteExpression(expr);
        Assert.Contains("\"pattern\":[{\"Literal\":\"a\"},{\"Literal\":", json, StringComparison.Ordinal);
        Assert.EndsWith(",\"Wildcard\"]}}", json, StringComparison.Ordinal);
        Assert.Equal(AstDump.Of(expr), AstDump.Of(PolicyJson.ReadExpression(json).Value!));
    }

    [Fact]
    public void Values_accept_sets_records_and_extension_escapes()
    {
        var expr = Condition("""{"==":{"left":{"Var":"context"},"right":{"Value":{"a":[1,true,"s"],"ip":{"__extn":{"fn":"ip","arg":"10.0.0.1"}},"d":{"__extn":{"fn":"lessThan","args":[{"__extn":{"fn":"decimal","arg":"1.0"}},{"__extn":{"fn":"decimal","arg":"2.0"}}]}}}}}}""");
        Assert.Equal(
            Text("context == {a: [1, true, \"s\"], ip: ip(\"10.0.0.1\"), d: decimal(\"1.0\").lessThan(decimal(\"2.0\"))}"),
            AstDump.Of(expr));
    }

    [Fact]
    public void Records_are_written_with_sorted_keys()
    {
        var json = PolicyJson.WriteExpression(PolicyParser.ParseExpression("{b: 1, a: 2, \"\u00e9\": 3, \"\ud83d\ude00\": 4, \"\uffff\": 5}"));
        Assert.Equal("{\"Record\":{\"a\":{\"Value\":2},\"b\":{\"Value\":1},\"\u00e9\":{\"Value\":3},\"\uffff\":{\"Value\":5},\"\ud83d\ude00\":{\"Value\":4}}}", json);
    }

    [Fact]
    public void Every_operator_round_trips()
    {
        const string Source = """
            if !(principal == action) && -context.n < 1 || resource != 2 then
              [1 <= 2, 3 > 4, 5 >= 6, 7 + 8 - 9 * 10, principal in [Group::"a"], context.s.contains(1),
               context.s.containsAll([1]), context.s.containsAny([2]), context.s.isEmpty(), principal.getTag("t"),
               principal.hasTag("u"), context["a b"], context has "c d", principal is A::B,
               datetime("2024-01-01").offset(duration("1h")).toDate(), ip("::1").isLoopback()]
            else { "": false }
            """;
        var expr = PolicyParser.ParseExpression(Source);
        var json = PolicyJson.WriteExpression(expr);
        var back = PolicyJson.ReadExpression(json);
        Assert.True(back.Succeeded, string.Join("\n", back.Errors));
        Assert.Equal(AstDump.Of(JsonTestSupport.Normalize(expr)), AstDump.Of(JsonTestSupport.Normalize(back.Value!)));
        Assert.Equal(json, PolicyJson.WriteExpression(back.Value!));
    }

    [Fact]
    public void Annotations_with_null_values_read_as_empty_and_scope_forms_are_accepted()
    {
        const string Json = """
            {"effect":"forbid",
             "principal":{"op":"all"},
             "action":{"op":"in","entity":{"__entity":{"type":"NS::Action","id":"a"}}},
             "resource":{"op":"==","entity":{"type":"Doc","id":"d","extra":1}},
             "conditions":[],
             "annotations":{"flag":null,"id":"x"}}
            """;
        var result = PolicyJson.Read(Json, "p1");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var policy = result.Value!;
        Assert.Equal("p1", policy.Id);
        Assert.Equal(Effect.Forbid, policy.Effect);
        Assert.Equal(ScopeOp.Any, policy.Principal.Op);
        Assert.Equal(ActionScopeOp.In, policy.Action.Op);
        Assert.Equal("NS::Action", policy.Action.Entities[0].Type);
        Assert.Equal("", policy.GetAnnotation("flag"));
        Assert.Equal("x", policy.GetAnnotation("id"));
    }

    [Fact]
    public void A_policy_set_with_templates_and_links_round_trips()
    {
        const string Text = """
            permit(principal == User::"a", action, resource);
            @id("t")
            permit(principal in ?principal, action, resource == ?resource) when { context.x };
            forbid(principal is User in ?principal, action, resource);
            """;
        var parsed = PolicyParser.ParsePolicySet(Text);
        var set = new PolicySet(parsed.StaticPolicies, parsed.Templates,
        [
            new TemplateLink("policy1", "link1", new Dictionary<SlotId, Custos.Cedar.Values.EntityUid>
            {
                [SlotId.Principal] = new("Group", "g"),
                [SlotId.Resource] = new("Doc", "d"),
            }.ToImmutableDictionary()),
            new TemplateLink("policy2", "link2", new Dictionary<SlotId, Custos.Cedar.Values.EntityUid> { [SlotId.Principal] = new("Group", "h") }.ToImmutableDictionary()),
        ]);
        var json = PolicyJson.WritePolicySet(set);
        Assert.Contains("\"templateLinks\":[{\"templateId\":\"policy1\",\"newId\":\"link1\",\"values\":{\"?principal\":{\"__entity\":{\"type\":\"Group\",\"id\":\"g\"}},\"?resource\":{\"__entity\":{\"type\":\"Doc\",\"id\":\"d\"}}}}", json, StringComparison.Ordinal);
        var back = PolicyJson.ReadPolicySet(json);
        Assert.True(back.Succeeded, string.Join("\n", back.Errors));
        Assert.Equal(set.Policies.Select(JsonTestSupport.Dump), back.Value!.Policies.Select(JsonTestSupport.Dump));
        Assert.Equal(["policy0", "link1", "link2"], back.Value.Policies.Select(p => p.Id));
        Assert.Equal(json, PolicyJson.WritePolicySet(back.Value));
    }

    [Fact]
    public void Text_and_json_convert_both_ways()
    {
        const string Text = "permit(principal, action, resource) when { context.a like \"x*\" };";
        var json = PolicyJson.FromText(Text, indented: true);
        Assert.True(json.Succeeded);
        var text = PolicyJson.ToText(json.Value!);
        Assert.True(text.Succeeded, string.Join("\n", text.Errors));
        Assert.Equal(
            JsonTestSupport.Dump(PolicyParser.ParsePolicySet(Text).StaticPolicies[0]),
            JsonTestSupport.Dump(PolicyParser.ParsePolicySet(text.Value!).StaticPolicies[0]));
        Assert.False(PolicyJson.FromText("permit(").Succeeded);
        Assert.False(PolicyJson.ToText("{").Succeeded);
    }

    [Fact]
    public void Strings_are_escaped_as_serde_json_escapes_them()
    {
        var json = PolicyJson.WriteExpression(PolicyParser.ParseExpression("\"a\\\"b\\\\c\\n\\u{1}\\u{7f}<&>\u00e9\ud83d\ude00\""));
        Assert.Equal("{\"Value\":\"a\\\"b\\\\c\\n\\u0001\u007f<&>\u00e9\ud83d\ude00\"}", json);
        Assert.True(PolicyJson.ReadExpression(json).Succeeded);
    }
}
