using Custos.Cedar.Schema;
using Custos.Cedar.Values;

namespace Custos.Cedar.Tests.Schema;

public sealed class SchemaJsonParserTests
{
    private const string PhotoAppJson = """
        {
          "PhotoApp": {
            "commonTypes": {
              "Address": { "type": "Record", "attributes": {
                "street": { "type": "String" },
                "zip": { "type": "String", "required": false } } }
            },
            "entityTypes": {
              "User": {
                "memberOfTypes": ["Group"],
                "shape": { "type": "Record", "attributes": {
                  "name": { "type": "String" },
                  "age": { "type": "Long", "required": false },
                  "address": { "type": "Address" },
                  "friends": { "type": "Set", "element": { "type": "Entity", "name": "User" } },
                  "ip": { "type": "Extension", "name": "ipaddr" },
                  "boss": { "type": "EntityOrCommon", "name": "User" },
                  "flag": { "type": "Boolean", "annotations": { "doc": "a flag" } }
                } },
                "tags": { "type": "String" },
                "annotations": { "doc": "a user" }
              },
              "Group": {},
              "Photo": { "memberOfTypes": ["Album"] },
              "Album": {},
              "Color": { "enum": ["red", "green"] }
            },
            "actions": {
              "readOnly": {},
              "view": {
                "memberOf": [{ "id": "readOnly" }],
                "appliesTo": {
                  "principalTypes": ["User", "Group"],
                  "resourceTypes": ["Photo"],
                  "context": { "type": "Record", "attributes": { "authenticated": { "type": "Boolean" } } }
                }
              },
              "share": {
                "memberOf": [{ "id": "readOnly", "type": "PhotoApp::Action" }],
                "appliesTo": { "principalTypes": ["User"], "resourceTypes": ["Photo", "Album"], "context": { "type": "Address" } }
              }
            }
          }
        }
        """;

    private static CedarSchema ParseOk(string json)
    {
        var result = SchemaJsonParser.Parse(json);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Schema!;
    }

    [Fact]
    public void The_json_format_gives_qualified_types_resolved_common_types_and_actions()
    {
        var schema = ParseOk(PhotoAppJson);
        var user = schema.EntityTypes["PhotoApp::User"];
        Assert.Equal(["PhotoApp::Group"], user.MemberOfTypes);
        Assert.False(user.Attributes.Attributes["age"].Required);
        Assert.Equal(new SetSchemaType(new EntitySchemaType("PhotoApp::User")), user.Attributes.Attributes["friends"].Type);
        Assert.Equal(new EntitySchemaType("PhotoApp::User"), user.Attributes.Attributes["boss"].Type);
        Assert.Equal(BoolSchemaType.Instance, user.Attributes.Attributes["flag"].Type);
        var address = Assert.IsType<RecordSchemaType>(user.Attributes.Attributes["address"].Type);
        Assert.False(address.Attributes["zip"].Required);
        Assert.Equal(StringSchemaType.Instance, user.Tags);
        Assert.Equal(["red", "green"], schema.EntityTypes["PhotoApp::Color"].EnumIds!.Value);
        var share = schema.Actions[new EntityUid("PhotoApp::Action", "share")];
        Assert.Equal(address, share.Context);
        Assert.Equal([new EntityUid("PhotoApp::Action", "readOnly")], share.MemberOf);
        Assert.False(schema.Actions[new EntityUid("PhotoApp::Action", "readOnly")].AppliesTo);
    }

    [Fact]
    public void The_json_and_human_readable_formats_give_the_same_schema()
    {
        var json = ParseOk(PhotoAppJson);
        var text = CedarSchemaParser.Parse(CedarSchemaPrinter.Print(json));
        Assert.True(text.Success, string.Join("\n", text.Diagnostics));
        Assert.Equal(CedarSchemaPrinter.Print(json), CedarSchemaPrinter.Print(text.Schema!));
    }

    [Theory]
    [InlineData("""{"": {"entityTypes": {"A": {"shape": {"type": "Record", "attributes": {"x": {"type": "Nope"}}}}}, "actions": {}}}""", "$[\"\"].entityTypes.A.shape.attributes.x", "undeclared common type")]
    [InlineData("""{"N": {"entityTypes": {"A": {"memberOf": []}}, "actions": {}}}""", "$.N.entityTypes.A", "unknown field \"memberOf\"")]
    [InlineData("""{"N": {"entityTypes": {}, "actions": {"a": {"appliesTo": {"principalTypes": []}}}}}""", "$.N.actions.a.appliesTo", "resourceTypes")]
    [InlineData("""{"N": {"entityTypes": {}}}""", "$.N", "actions")]
    [InlineData("""{"N": {"entityTypes": {"A": {"shape": {"type": "Set"}}}, "actions": {}}}""", "$.N.entityTypes.A.shape", "element")]
    [InlineData("""{"N": {"entityTypes": {"A": {"shape": {"type": "Record", "attributes": {"x": {"type": "Long", "required": "yes"}}}}}, "actions": {}}}""", "$.N.entityTypes.A.shape.attributes.x.required", "boolean")]
    [InlineData("""{"N": {"entityTypes": {"A": {"shape": {"type": "Extension", "name": "money"}}}, "actions": {}}}""", "$.N.entityTypes.A.shape", "unknown extension type")]
    [InlineData("""{"N": {"entityTypes": {"A": {"shape": {"type": "Long"}}}, "actions": {}}}""", "$.N.entityTypes.A.shape", "record")]
    [InlineData("""{"N": {"entityTypes": {}, "actions": {"a": {"memberOf": [{"id": "b"}]}}}}""", "$.N.actions.a.memberOf[0]", "undeclared action")]
    public void Errors_name_the_json_path_and_what_was_expected(string json, string path, string message)
    {
        var result = SchemaJsonParser.Parse(json);
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains(path + ":", StringComparison.Ordinal) && d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"N": {"entityTypes": {}, "entityTypes": {}, "actions": {}}}""", 1, 27, "duplicate key")]
    [InlineData("""{"N": {"entityTypes": {}, "actions": {}}""", 1, 41, "expected ',' or '}'")]
    [InlineData("""{"N": {"entityTypes": {}, "actions": {},}}""", 1, 41, "string key")]
    [InlineData("[1, 2", 1, 6, "',' or ']'")]
    [InlineData("", 1, 1, "a JSON value")]
    public void Malformed_json_is_an_error_with_line_and_column(string json, int line, int column, string message)
    {
        var result = SchemaJsonParser.Parse(json);
        Assert.False(result.Success);
        var error = result.Diagnostics[0];
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_truncation_of_a_valid_json_schema_is_a_result_never_an_exception()
    {
        for (var length = 0; length < PhotoAppJson.Length; length++)
        {
            var result = SchemaJsonParser.Parse(PhotoAppJson[..length]);
            Assert.False(result.Success);
            Assert.NotEmpty(result.Diagnostics);
        }
    }

    [Fact]
    public void Hostile_deep_nesting_is_a_parse_error_not_a_crash()
    {
        const int depth = 100_000;
        var arrays = new string('[', depth) + new string(']', depth);
        Assert.Contains("nested", SchemaJsonParser.Parse(arrays).Diagnostics[0].Message, StringComparison.Ordinal);
        var sets = """{"N": {"entityTypes": {"A": {"shape": {"type": "Record", "attributes": {"x": """ +
            string.Concat(Enumerable.Repeat("""{"type": "Set", "element": """, 100)) + """{"type": "Long"}""" + new string('}', 100) +
            "}}}}, \"actions\": {}}}";
        Assert.Contains("nested", SchemaJsonParser.Parse(sets).Diagnostics[0].Message, StringComparison.Ordinal);
    }
}
