using Custos.Cedar.Parsing;
using Custos.Cedar.Serialization;

namespace Custos.Cedar.Tests.Serialization;

/// <summary>
/// Hand-written policies and the JSON Cedar writes for them (golden/*.json, from the Cedar documentation and the
/// expectations in cedar-policy-core's est.rs tests; template_is_in_slot.json follows the same rules).
/// </summary>
public sealed class PolicyJsonGoldenTests
{
    public static TheoryData<string> Names => [.. JsonTestSupport.GoldenNames];

    [Theory]
    [MemberData(nameof(Names))]
    public void Text_is_written_as_the_golden_json(string name)
    {
        var text = File.ReadAllText(Path.Combine(JsonTestSupport.GoldenFolder, name + ".cedar"));
        var expected = File.ReadAllText(Path.Combine(JsonTestSupport.GoldenFolder, name + ".json"));
        var actual = PolicyJson.Write(PolicyParser.ParsePolicy(text, "policy0"), indented: true);
        Assert.True(JsonTestSupport.JsonEquals(expected, actual), $"expected:\n{expected}\nactual:\n{actual}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Golden_json_reads_as_the_tree_of_the_text(string name)
    {
        var text = File.ReadAllText(Path.Combine(JsonTestSupport.GoldenFolder, name + ".cedar"));
        var json = File.ReadAllText(Path.Combine(JsonTestSupport.GoldenFolder, name + ".json"));
        var result = PolicyJson.Read(json, "policy0");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(JsonTestSupport.Dump(PolicyParser.ParsePolicy(text, "policy0")), JsonTestSupport.Dump(result.Value!));
    }

    [Fact]
    public void A_policy_set_is_written_byte_for_byte_as_the_cedar_cli_translates_it()
    {
        // cedar-policy-cli/sample-data/tiny_sandboxes/translate-policy: policy.cedar and policy.cedar.json.
        const string Text = """
            permit (
              principal == User::"alice",
              action == Action::"update",
              resource == Photo::"VacationPhoto94.jpg"
            );
            """;
        const string Expected = """{"templates":{},"staticPolicies":{"policy0":{"effect":"permit","principal":{"op":"==","entity":{"type":"User","id":"alice"}},"action":{"op":"==","entity":{"type":"Action","id":"update"}},"resource":{"op":"==","entity":{"type":"Photo","id":"VacationPhoto94.jpg"}},"conditions":[]}},"templateLinks":[]}""";
        Assert.Equal(Expected, PolicyJson.WritePolicySet(PolicyParser.ParsePolicySet(Text)));
        var fromText = PolicyJson.FromText(Text);
        Assert.Equal(Expected, fromText.Value);
    }

    [Fact]
    public void Entity_literals_are_written_with_the_entity_escape_and_scope_entities_without_it()
    {
        var policy = PolicyParser.ParsePolicy("forbid(principal, action == Action::\"a\", resource) when { resource in Folder::\"f\" };", "p");
        Assert.Equal(
            """{"effect":"forbid","principal":{"op":"All"},"action":{"op":"==","entity":{"type":"Action","id":"a"}},"resource":{"op":"All"},"conditions":[{"kind":"when","body":{"in":{"left":{"Var":"resource"},"right":{"Value":{"__entity":{"type":"Folder","id":"f"}}}}}}]}""",
            PolicyJson.Write(policy));
    }
}
