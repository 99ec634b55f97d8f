using System.Text;
using Custos.Cedar.Parsing;
using Custos.Cedar.Serialization;

namespace Custos.Cedar.Tests.Serialization;

public sealed class PolicyJsonErrorTests
{
    private const string Scope = "\"effect\":\"permit\",\"principal\":{\"op\":\"All\"},\"action\":{\"op\":\"All\"},\"resource\":{\"op\":\"All\"}";

    private static string PolicyWithBody(string body) => "{" + Scope + ",\"conditions\":[{\"kind\":\"when\",\"body\":" + body + "}]}";

    private static string SingleError(string json)
    {
        var result = PolicyJson.Read(json, "p");
        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        var error = Assert.Single(result.Errors);
        Assert.Equal("p", error.PolicyId);
        return error.Message;
    }

    [Fact]
    public void Two_keys_in_an_expression_object_name_the_path_and_the_keys()
    {
        var message = SingleError(PolicyWithBody("""{"&&":{"left":{"Var":"principal","Value":1},"right":{"Value":true}}}"""));
        Assert.StartsWith("conditions[0].body.&&.left: expected an object with one key", message, StringComparison.Ordinal);
        Assert.Contains("\"Var\", \"Value\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_set_errors_name_the_section_and_policy_and_every_bad_policy_is_reported()
    {
        var bad = PolicyWithBody("""{"&&":{"left":{},"right":{"Value":true}}}""");
        var result = PolicyJson.ReadPolicySet("{\"staticPolicies\":{\"policy3\":" + bad + ",\"ok\":" + PolicyWithBody("{\"Value\":true}") + ",\"policy4\":{\"effect\":\"allow\"}}}");
        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Errors.Length);
        Assert.StartsWith("staticPolicies.policy3.conditions[0].body.&&.left: expected an expression", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("policy3", result.Errors[0].PolicyId);
        Assert.StartsWith("staticPolicies.policy4.effect: \"allow\" is not an effect; write \"permit\" or \"forbid\"", result.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_operator_is_named_with_a_suggestion()
    {
        var message = SingleError(PolicyWithBody("""{"contain":{"left":{"Var":"context"},"right":{"Value":1}}}"""));
        Assert.StartsWith("conditions[0].body.contain: unknown operator \"contain\" (did you mean \"contains\"?)", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Var":"user"}""", "conditions[0].body.Var: \"user\" is not a variable")]
    [InlineData("""{"Var":1}""", "conditions[0].body.Var: expected a variable name (a JSON string); found a number")]
    [InlineData("""{"Value":1.5}""", "conditions[0].body.Value: 1.5 is not a Cedar long")]
    [InlineData("""{"Value":9223372036854775808}""", "conditions[0].body.Value: 9223372036854775808 is not a Cedar long")]
    [InlineData("""{"Value":null}""", "conditions[0].body.Value: null is not a Cedar value")]
    [InlineData("""{"Value":{"__expr":"1 + 1"}}""", "conditions[0].body.Value: the __expr escape was removed")]
    [InlineData("""{"Value":{"__entity":{"type":"not a type","id":"x"}}}""", "conditions[0].body.Value.__entity.type: \"not a type\" is not a valid entity type")]
    [InlineData("""{"Value":{"__extn":{"fn":"ipv6","arg":"::1"}}}""", "conditions[0].body.Value.__extn.fn: \"ipv6\" is not an extension function")]
    [InlineData("""{"!":{"argument":{"Value":true}}}""", "conditions[0].body.!.argument: unknown field \"argument\"")]
    [InlineData("""{"==":{"left":{"Value":1}}}""", "conditions[0].body.==.right: missing field \"right\"")]
    [InlineData("""{".":{"left":{"Var":"context"},"attr":5}}""", "conditions[0].body[\".\"].attr: expected an attribute name")]
    [InlineData("""{"has":{"left":{"Var":"context"},"attr":[]}}""", "conditions[0].body.has.attr: expected an attribute name (a string) or a non-empty array")]
    [InlineData("""{"like":{"left":{"Var":"context"},"pattern":["Star"]}}""", "conditions[0].body.like.pattern[0]: expected a pattern element")]
    [InlineData("""{"is":{"left":{"Var":"principal"},"entity_type":"if"}}""", "conditions[0].body.is.entity_type: \"if\" is not a valid entity type: 'if' is a reserved word")]
    [InlineData("""{"Slot":"?principal"}""", "conditions[0].body.Slot: the slot ?principal may appear only in the policy scope")]
    [InlineData("""{"lessThan":[]}""", "conditions[0].body.lessThan: \"lessThan\" is a method")]
    [InlineData("""{"Set":{"a":1}}""", "conditions[0].body.Set: expected the elements of a set (a JSON array); found an object")]
    [InlineData("""[1]""", "conditions[0].body: expected an expression, an object with one key")]
    public void Malformed_expressions_name_the_path_and_the_fix(string body, string expected)
    {
        Assert.StartsWith(expected, SingleError(PolicyWithBody(body)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[]}""", "effect: missing field \"effect\" in a policy")]
    [InlineData("""{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"}}""", "conditions: missing field \"conditions\"")]
    [InlineData("""{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[],"when":[]}""", "when: unknown field \"when\" in a policy")]
    [InlineData("""{"effect":"permit","principal":{"op":"=="},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[]}""", "principal.entity: missing field \"entity\" in the principal constraint")]
    [InlineData("""{"effect":"permit","principal":{"op":"==","slot":"?resource"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[]}""", "principal.slot: the slot ?resource cannot appear in the principal constraint")]
    [InlineData("""{"effect":"permit","principal":{"op":"like"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[]}""", "principal.op: \"like\" is not an operator of the principal constraint")]
    [InlineData("""{"effect":"permit","principal":{"op":"All"},"action":{"op":"==","entity":{"type":"User","id":"a"}},"resource":{"op":"All"},"conditions":[]}""", "action.entity: User::\"a\" is not an action")]
    [InlineData("""{"effect":"permit","principal":{"op":"All"},"action":{"op":"==","slot":"?action"},"resource":{"op":"All"},"conditions":[]}""", "action.slot: the action constraint cannot use a slot")]
    [InlineData("""{"effect":"permit","principal":{"op":"All"},"action":{"op":"in","entities":[{"type":"Action"}]},"resource":{"op":"All"},"conditions":[]}""", "action.entities[0]: expected an action, an entity reference")]
    [InlineData("""{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"is","entity_type":"Doc","in":{"slot":"?res"}},"conditions":[]}""", "resource.in.slot: \"?res\" is not a slot")]
    [InlineData("""{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[{"kind":"if","body":{"Value":true}}]}""", "conditions[0].kind: \"if\" is not a kind of condition")]
    [InlineData("""{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[],"annotations":{"a b":"x"}}""", "annotations[\"a b\"]: \"a b\" is not a valid annotation name")]
    [InlineData("""{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[],"annotations":{"a":1}}""", "annotations.a: expected the annotation's value (a JSON string); found a number")]
    [InlineData("""[]""", "at the top level: expected a policy (a JSON object); found an array")]
    public void Malformed_policies_name_the_path_and_the_fix(string json, string expected)
    {
        Assert.StartsWith(expected, SingleError(json), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "the input is not valid JSON")]
    [InlineData("{\"effect\":\"permit\",", "the input is not valid JSON")]
    [InlineData("{\"effect\":\"permit\"} x", "the input is not valid JSON")]
    [InlineData("{\"effect\":\"permit\",}", "the input is not valid JSON")]
    [InlineData("// c\n{}", "the input is not valid JSON")]
    [InlineData("{\"effect\":\"permit\",\"effect\":\"forbid\"}", "at the top level: duplicate key \"effect\"")]
    [InlineData("{\"a\":\"\\ud800\"}", "the input has a string that is not valid Unicode")]
    public void Truncated_or_invalid_json_is_an_error_with_a_position(string json, string expected)
    {
        var result = PolicyJson.Read(json, "p");
        var error = Assert.Single(result.Errors);
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 1 && error.Column >= 1);
    }

    [Fact]
    public void Errors_carry_the_line_and_column_of_the_offending_value()
    {
        var json = "{\n  \"effect\": \"permit\",\n  \"principal\": {\"op\": \"All\"},\n  \"action\": {\"op\": \"All\"},\n  \"resource\": {\"op\": \"All\"},\n  \"conditions\": [{\"kind\": \"when\", \"body\": {\"Var\": \"me\"}}]\n}";
        var error = Assert.Single(PolicyJson.Read(json, "p").Errors);
        Assert.Equal(6, error.Line);
        Assert.Equal(json.Split('\n')[5].IndexOf("\"me\"", StringComparison.Ordinal) + 1, error.Column);
    }

    [Fact]
    public void Deep_nesting_is_rejected_without_crashing()
    {
        foreach (var depth in new[] { ParseLimits.MaxDepth + 5, 100_000 })
        {
            var b = new StringBuilder();
            for (var i = 0; i < depth; i++)
                b.Append("{\"!\":{\"arg\":");
            b.Append("{\"Value\":true}");
            for (var i = 0; i < depth; i++)
                b.Append("}}");
            var message = SingleError(PolicyWithBody(b.ToString()));
            Assert.Contains("nested more than", message, StringComparison.Ordinal);
        }
        var sets = new string('[', 50_000) + new string(']', 50_000);
        Assert.Contains("nested more than", SingleError(PolicyWithBody("{\"Value\":" + sets + "}")), StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_within_the_bound_is_accepted()
    {
        var b = new StringBuilder();
        const int Depth = ParseLimits.MaxDepth - 10;
        for (var i = 0; i < Depth; i++)
            b.Append("{\"!\":{\"arg\":");
        b.Append("{\"Value\":true}");
        for (var i = 0; i < Depth; i++)
            b.Append("}}");
        var result = PolicyJson.Read(PolicyWithBody(b.ToString()), "p");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.True(PolicyJson.Read(PolicyJson.Write(result.Value!), "p").Succeeded);
    }

    [Theory]
    [InlineData("""{"staticPolicies":{"a":{"effect":"permit","principal":{"op":"==","slot":"?principal"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[]}}}""", "staticPolicies.a: a static policy cannot have slots")]
    [InlineData("""{"templateLinks":[{"templateId":"t","newId":"l","values":{}}]}""", "templateLinks[0].templateId: there is no template \"t\"")]
    [InlineData("""{"templates":{"t":{"effect":"permit","principal":{"op":"==","slot":"?principal"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[]}},"templateLinks":[{"templateId":"t","newId":"l","values":{}}]}""", "templateLinks[0].values.?principal: template \"t\" has the slot ?principal, and the link gives it no value")]
    [InlineData("""{"templates":{"t":{"effect":"permit","principal":{"op":"==","slot":"?principal"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[]}},"templateLinks":[{"templateId":"t","newId":"l","values":{"?principal":{"type":"U","id":"u"},"?resource":{"type":"R","id":"r"}}}]}""", "templateLinks[0].values.?resource: template \"t\" has no slot ?resource")]
    [InlineData("""{"templates":{"t":{"effect":"permit","principal":{"op":"==","slot":"?principal"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[]}},"templateLinks":[{"templateId":"t","newId":"t","values":{"?principal":{"type":"U","id":"u"}}}]}""", "templateLinks[0].newId: the id \"t\" is already used")]
    [InlineData("""{"staticPolicies":{},"links":[]}""", "links: unknown field \"links\" in a policy set")]
    public void Malformed_policy_sets_name_the_path_and_the_fix(string json, string expected)
    {
        var result = PolicyJson.ReadPolicySet(json);
        Assert.False(result.Succeeded);
        Assert.StartsWith(expected, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_mutations_of_valid_json_never_throw()
    {
        var json = PolicyJson.Write(PolicyParser.ParsePolicy(
            "@a(\"b\") permit(principal is User in Group::\"g\", action in [Action::\"x\"], resource) when { context.a.b like \"*x\" && [1, {c: ip(\"::1\")}].contains(-3) } unless { principal has x.y };", "p"));
        var random = new Random(1234);
        const string Alphabet = "{}[]\":,0123456789-eatrufln \\x";
        for (var i = 0; i < 5000; i++)
        {
            var chars = json.ToCharArray();
            var edits = random.Next(1, 4);
            for (var e = 0; e < edits; e++)
                chars[random.Next(chars.Length)] = Alphabet[random.Next(Alphabet.Length)];
            var mutated = new string(chars, 0, random.Next(chars.Length / 2, chars.Length + 1));
            var result = PolicyJson.Read(mutated, "p");
            Assert.True(result.Succeeded || result.Errors.Length == 1);
            if (result.Succeeded)
                Assert.True(PolicyJson.Read(PolicyJson.Write(result.Value!), "p").Succeeded);
        }
    }

    [Fact]
    public void Writing_a_tree_deeper_than_the_bound_is_a_caller_error_not_a_crash()
    {
        Ast.Expr expr = new Ast.LiteralExpr(Custos.Cedar.Values.BoolValue.True);
        for (var i = 0; i < 3 * ParseLimits.MaxDepth; i++)
            expr = new Ast.UnaryExpr(Ast.UnaryOp.Not, expr);
        Assert.Throws<ArgumentException>(() => PolicyJson.WriteExpression(expr));
    }
}
