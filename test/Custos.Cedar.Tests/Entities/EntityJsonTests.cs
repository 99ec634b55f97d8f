using System.Collections.Immutable;
using System.Text.Json;
using Custos.Cedar.Json;
using Custos.Cedar.Schema;
using Custos.Cedar.Values;

namespace Custos.Cedar.Tests.Entities;

public sealed class EntityJsonTests
{
    private static RecordSchemaType Record(params (string Name, SchemaType Type, bool Required)[] attributes) =>
        new(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            attributes.Select(a => new KeyValuePair<string, AttributeSchema>(a.Name, new AttributeSchema(a.Type, a.Required)))));

    internal static readonly CedarSchema Schema = new(
        [
            new EntityTypeSchema("User", ["Group"], Record(
                ("ip", new ExtensionSchemaType("ipaddr"), true),
                ("score", new ExtensionSchemaType("decimal"), false),
                ("since", new ExtensionSchemaType("datetime"), false),
                ("ttl", new ExtensionSchemaType("duration"), false),
                ("manager", new EntitySchemaType("User"), false),
                ("friends", new SetSchemaType(new EntitySchemaType("User")), false),
                ("age", LongSchemaType.Instance, false),
                ("address", Record(("city", StringSchemaType.Instance, true)), false)), Tags: StringSchemaType.Instance),
            new EntityTypeSchema("Group", ["Org"], RecordSchemaType.Empty),
            new EntityTypeSchema("Org", [], RecordSchemaType.Empty),
            new EntityTypeSchema("Color", [], RecordSchemaType.Empty, EnumIds: ["red", "green"]),
        ],
        [
            new ActionSchema(new EntityUid("Action", "read"), [], true, ["User"], ["Group"], RecordSchemaType.Empty),
            new ActionSchema(new EntityUid("Action", "view"), [new EntityUid("Action", "read")], true, ["User"], ["Group"],
                Record(("source", new ExtensionSchemaType("ipaddr"), true), ("who", new EntitySchemaType("User"), false))),
        ]);

    [Fact]
    public void Parses_entities_with_escapes_and_without_a_schema()
    {
        var result = CedarJson.ParseEntities("""
            [{"uid": {"__entity": {"type": "User", "id": "a"}}, "parents": [{"type": "Group", "id": "g"}],
              "attrs": {"m": {"__entity": {"type": "User", "id": "b"}}, "ip": {"__extn": {"fn": "ip", "arg": "10.0.0.1"}},
                        "t": {"__extn": {"fn": "offset", "args": [{"__extn": {"fn": "datetime", "arg": "1970-01-01"}}, {"__extn": {"fn": "duration", "arg": "1s"}}]}},
                        "set": [1, 1, "x"], "rec": {"type": "User", "id": "c"}},
              "tags": {"k": "v"}}]
            """);
        Assert.True(result.IsSuccess, result.Error);
        var entity = result.Value!.Get(new EntityUid("User", "a"))!;
        Assert.IsType<EntityValue>(entity.Attributes.Attributes["m"]);
        Assert.IsType<IpAddrValue>(entity.Attributes.Attributes["ip"]);
        Assert.Equal(1000, ((DatetimeValue)entity.Attributes.Attributes["t"]).EpochMilliseconds);
        Assert.Equal(2, ((SetValue)entity.Attributes.Attributes["set"]).Count);
        Assert.IsType<RecordValue>(entity.Attributes.Attributes["rec"]);
        Assert.Equal(new StringValue("v"), entity.Tags.Attributes["k"]);
        Assert.True(result.Value.IsIn(entity.Uid, new EntityUid("Group", "g")));
    }

    [Fact]
    public void With_a_schema_strings_become_extension_values_and_type_and_id_become_entities()
    {
        var result = CedarJson.ParseEntities("""
            [{"uid": {"type": "User", "id": "a"}, "parents": [],
              "attrs": {"ip": "10.0.0.1/8", "score": "0.5", "since": "2024-01-01", "ttl": "1h",
                        "manager": {"type": "User", "id": "b"}, "friends": [{"type": "User", "id": "c"}], "address": {"city": "Oslo"}}}]
            """, Schema);
        Assert.True(result.IsSuccess, result.Error);
        var attrs = result.Value!.Get(new EntityUid("User", "a"))!.Attributes.Attributes;
        Assert.IsType<IpAddrValue>(attrs["ip"]);
        Assert.Equal(5000, ((DecimalValue)attrs["score"]).Scaled);
        Assert.IsType<DatetimeValue>(attrs["since"]);
        Assert.Equal(3_600_000, ((DurationValue)attrs["ttl"]).Milliseconds);
        Assert.Equal(new EntityValue(new EntityUid("User", "b")), attrs["manager"]);
        Assert.Equal(new EntityValue(new EntityUid("User", "c")), ((SetValue)attrs["friends"]).Elements[0]);
    }

    [Fact]
    public void With_a_schema_a_parent_may_be_of_any_type_the_entity_may_be_in_transitively()
    {
        var result = CedarJson.ParseEntities("""[{"uid": {"type": "User", "id": "a"}, "attrs": {"ip": "10.0.0.1"}, "parents": [{"type": "Org", "id": "o"}]}]""", Schema);
        Assert.True(result.IsSuccess, result.Error);
    }

    [Fact]
    public void With_a_schema_actions_in_the_entity_json_must_match_their_declaration()
    {
        Assert.True(CedarJson.ParseEntities("""[{"uid": {"type": "Action", "id": "view"}, "attrs": {}, "parents": [{"type": "Action", "id": "read"}]}]""", Schema).IsSuccess);
        var result = CedarJson.ParseEntities("""[{"uid": {"type": "Action", "id": "view"}, "attrs": {}, "parents": []}]""", Schema);
        Assert.False(result.IsSuccess);
        Assert.Contains("does not match its schema declaration", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_schema_its_actions_join_the_store_with_their_groups()
    {
        var store = CedarJson.ParseEntities("[]", Schema).Value!;
        Assert.True(store.IsIn(new EntityUid("Action", "view"), new EntityUid("Action", "read")));
    }

    [Theory]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "parents": [], "attrs": {}}]""", "`ip`")]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "parents": [], "attrs": {"ip": "10.0.0.1", "extra": 1}}]""", "`extra`")]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "parents": [], "attrs": {"ip": "10.0.0.300"}}]""", "attribute `ip` of entity `User::\"a\"`")]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "parents": [], "attrs": {"ip": "10.0.0.1", "age": "3"}}]""", "expected to have type long")]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "parents": [], "attrs": {"ip": "10.0.0.1", "manager": {"type": "Group", "id": "g"}}}]""", "expected to have type `User`")]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "parents": [], "attrs": {"ip": "10.0.0.1", "address": {}}}]""", "`city`")]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "parents": [], "attrs": {"ip": "10.0.0.1", "score": {"__extn": {"fn": "ip", "arg": "1.2.3.4"}}}}]""", "expected to have type decimal")]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "attrs": {"ip": "10.0.0.1"}, "parents": [{"type": "User", "id": "b"}]}]""", "ancestor of type `User`")]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "parents": [], "attrs": {"ip": "10.0.0.1"}, "tags": {"t": 1}}]""", "expected to have type string")]
    [InlineData("""[{"uid": {"type": "Group", "id": "g"}, "parents": [], "attrs": {}, "tags": {"t": "x"}}]""", "no tags")]
    [InlineData("""[{"uid": {"type": "Robot", "id": "r"}, "parents": [], "attrs": {}}]""", "not declared in the schema")]
    [InlineData("""[{"uid": {"type": "Color", "id": "blue"}, "parents": [], "attrs": {}}]""", "not declared as a valid eid")]
    [InlineData("""[{"uid": {"type": "Action", "id": "write"}, "parents": [], "attrs": {}}]""", "not declared as an action")]
    public void With_a_schema_errors_name_the_entity_and_what_was_expected(string json, string message)
    {
        var result = CedarJson.ParseEntities(json, Schema);
        Assert.False(result.IsSuccess);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "attrs": {}, "parents": []}, {"uid": {"type": "User", "id": "a"}, "parents": [], "attrs": {"x": 1}}]""", "duplicate")]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "parents": [], "attrs": {"x": 1.5}}]""", "long")]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "parents": [], "attrs": {"x": null}}]""", "null")]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "parents": [], "attrs": {"x": {"__extn": {"fn": "nope", "arg": "1"}}}}]""", "`nope`")]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "parents": [], "attrs": {"x": {"__extn": {"fn": "ip", "arg": "bad"}}}}]""", "ip")]
    [InlineData("""[{"uid": {"type": "Action", "id": "a"}, "attrs": {}, "parents": [{"type": "User", "id": "b"}]}]""", "non-action parent")]
    [InlineData("""[{"uid": {"type": "1User", "id": "a"}}]""", "not a valid entity type name")]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "parents": []}]""", "must have `attrs` and `parents`")]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "attrs": {}}]""", "must have `attrs` and `parents`")]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "attrs": {"x": 1, "x": 2}, "parents": []}]""", "duplicate")]
    [InlineData("""[{"uid": {"type": "User", "id": "a"}, "attrs": {}, "parents": [], "tags": {"t": 1, "t": 2}}]""", "duplicate")]
    [InlineData("""{"uid": {"type": "User", "id": "a"}}""", "array")]
    [InlineData("""[{"uid": """, "invalid JSON")]
    public void Malformed_entities_are_errors_not_exceptions(string json, string message)
    {
        var result = CedarJson.ParseEntities(json);
        Assert.False(result.IsSuccess);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_context_is_typed_by_the_action()
    {
        var result = CedarJson.ParseRequest("""
            {"principal": {"type": "User", "id": "a"}, "action": {"type": "Action", "id": "view"},
             "resource": {"type": "Group", "id": "g"}, "context": {"source": "10.0.0.1", "who": {"type": "User", "id": "b"}}}
            """, Schema);
        Assert.True(result.IsSuccess, result.Error);
        Assert.IsType<IpAddrValue>(result.Value!.Context.Attributes["source"]);
        Assert.IsType<EntityValue>(result.Value.Context.Attributes["who"]);
        var untyped = CedarJson.ParseRequest("""
            {"principal": {"type": "User", "id": "a"}, "action": {"type": "Action", "id": "view"},
             "resource": {"type": "Group", "id": "g"}, "context": {"source": "10.0.0.1"}}
            """);
        Assert.IsType<StringValue>(untyped.Value!.Context.Attributes["source"]);
    }

    [Fact]
    public void A_context_missing_a_required_attribute_is_an_error()
    {
        var result = CedarJson.ParseRequest("""
            {"principal": {"type": "User", "id": "a"}, "action": {"type": "Action", "id": "view"},
             "resource": {"type": "Group", "id": "g"}, "context": {}}
            """, Schema);
        Assert.False(result.IsSuccess);
        Assert.Contains("`source`", result.Error, StringComparison.Ordinal);
    }

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public bool Damaged_entity_json_is_an_error_or_a_store_never_an_exception(int position, char replacement, bool withSchema)
    {
        var json = Evaluation.Eval.EntitiesJson;
        var at = (int)((uint)position % (uint)json.Length);
        var damaged = string.Concat(json.AsSpan(0, at), replacement.ToString(), json.AsSpan(at + 1));
        var result = CedarJson.ParseEntities(damaged, withSchema ? Schema : null);
        return result.IsSuccess != (result.Error is not null);
    }

    [Fact]
    public void A_missing_context_is_the_empty_record()
    {
        const string json = """{"principal": {"type": "User", "id": "a"}, "action": {"type": "Action", "id": "read"}, "resource": {"type": "Group", "id": "g"}}""";
        Assert.Equal(0, CedarJson.ParseRequest(json).Value!.Context.Count);
        Assert.Equal(0, CedarJson.ParseRequest(json, Schema).Value!.Context.Count);
        Assert.False(CedarJson.ParseRequest(json.Replace("read", "view", StringComparison.Ordinal), Schema).IsSuccess);
    }

    [Fact]
    public void With_a_schema_a_request_for_an_undeclared_action_is_an_error()
    {
        var result = CedarJson.ParseRequest("""
            {"principal": {"type": "User", "id": "a"}, "action": {"type": "Action", "id": "delete"},
             "resource": {"type": "Group", "id": "g"}, "context": {}}
            """, Schema);
        Assert.False(result.IsSuccess);
        Assert.Contains("Action::\"delete\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_is_typed_by_the_expected_type()
    {
        using var doc = JsonDocument.Parse("\"2024-01-01T00:00:00Z\"");
        Assert.IsType<DatetimeValue>(CedarJson.ParseValue(doc.RootElement, new ExtensionSchemaType("datetime")).Value);
        Assert.IsType<StringValue>(CedarJson.ParseValue(doc.RootElement).Value);
    }
}
