using Custos.Cedar.Schema;
using Custos.Cedar.Values;

namespace Custos.Cedar.Tests.Schema;

public sealed class CedarSchemaParserTests
{
    private const string PhotoApp = """
        // A photo sharing app.
        namespace PhotoApp {
          type Address = { street: String, zip?: String };
          @doc("a user")
          entity User in [Group] = {
            name: String,
            age?: Long,
            address: Address,
            friends: Set<User>,
            ip: ipaddr,
            "quoted name": Bool,
          } tags String;
          entity Group;
          entity Photo in Album { owner: User, size: __cedar::Long };
          entity Album;
          entity Color enum ["red", "green"];
          action view, "edit" in [readOnly] appliesTo {
            principal: [User, Group],
            resource: Photo,
            context: { authenticated: Bool, when?: datetime }
          };
          action readOnly;
          action share in PhotoApp::Action::"readOnly" appliesTo { principal: User, resource: [Photo, Album], context: Address };
        }
        """;

    private static CedarSchema ParseOk(string text)
    {
        var result = CedarSchemaParser.Parse(text);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Schema!;
    }

    private static Custos.Cedar.Diagnostics.CedarDiagnostic ParseError(string text)
    {
        var result = CedarSchemaParser.Parse(text);
        Assert.False(result.Success);
        Assert.NotEmpty(result.Diagnostics);
        return result.Diagnostics[0];
    }

    [Fact]
    public void Entity_types_get_qualified_names_parents_attributes_and_tags()
    {
        var schema = ParseOk(PhotoApp);
        var user = schema.EntityTypes["PhotoApp::User"];
        Assert.Equal(["PhotoApp::Group"], user.MemberOfTypes);
        Assert.Equal(StringSchemaType.Instance, user.Attributes.Attributes["name"].Type);
        Assert.False(user.Attributes.Attributes["age"].Required);
        Assert.Equal(new SetSchemaType(new EntitySchemaType("PhotoApp::User")), user.Attributes.Attributes["friends"].Type);
        Assert.Equal(new ExtensionSchemaType("ipaddr"), user.Attributes.Attributes["ip"].Type);
        Assert.True(user.Attributes.Attributes.ContainsKey("quoted name"));
        Assert.Equal(StringSchemaType.Instance, user.Tags);
        Assert.Equal(LongSchemaType.Instance, schema.EntityTypes["PhotoApp::Photo"].Attributes.Attributes["size"].Type);
        Assert.Equal(["red", "green"], schema.EntityTypes["PhotoApp::Color"].EnumIds!.Value);
    }

    [Fact]
    public void Common_types_are_inlined_where_they_are_used()
    {
        var schema = ParseOk(PhotoApp);
        var address = Assert.IsType<RecordSchemaType>(schema.EntityTypes["PhotoApp::User"].Attributes.Attributes["address"].Type);
        Assert.False(address.Attributes["zip"].Required);
        var share = schema.Actions[new EntityUid("PhotoApp::Action", "share")];
        Assert.Equal(address, share.Context);
    }

    [Fact]
    public void Actions_declared_together_share_parents_and_applies_to()
    {
        var schema = ParseOk(PhotoApp);
        var view = schema.Actions[new EntityUid("PhotoApp::Action", "view")];
        var edit = schema.Actions[new EntityUid("PhotoApp::Action", "edit")];
        Assert.Equal([new EntityUid("PhotoApp::Action", "readOnly")], view.MemberOf);
        Assert.Equal(view.PrincipalTypes, edit.PrincipalTypes);
        Assert.Equal(["PhotoApp::User", "PhotoApp::Group"], view.PrincipalTypes);
        Assert.Equal(["PhotoApp::Photo"], view.ResourceTypes);
        Assert.False(view.Context.Attributes["when"].Required);
        Assert.False(schema.Actions[new EntityUid("PhotoApp::Action", "readOnly")].AppliesTo);
    }

    [Fact]
    public void An_unqualified_name_resolves_in_the_current_namespace_before_the_empty_namespace()
    {
        var schema = ParseOk("""
            entity Shared;
            namespace A { entity Local; entity E { x: Local, y: Shared }; }
            """);
        var attrs = schema.EntityTypes["A::E"].Attributes.Attributes;
        Assert.Equal(new EntitySchemaType("A::Local"), attrs["x"].Type);
        Assert.Equal(new EntitySchemaType("Shared"), attrs["y"].Type);
    }

    [Fact]
    public void A_common_type_takes_priority_over_an_entity_type_of_the_same_name()
    {
        var schema = ParseOk("""
            namespace A { type T = Long; entity T; entity E { x: T }; }
            """);
        Assert.Equal(LongSchemaType.Instance, schema.EntityTypes["A::E"].Attributes.Attributes["x"].Type);
    }

    [Fact]
    public void An_entity_type_named_like_a_primitive_shadows_it_and_cedar_prefix_still_reaches_the_primitive()
    {
        var schema = ParseOk("entity String; entity E { a: String, b: __cedar::String };");
        var attrs = schema.EntityTypes["E"].Attributes.Attributes;
        Assert.Equal(new EntitySchemaType("String"), attrs["a"].Type);
        Assert.Equal(StringSchemaType.Instance, attrs["b"].Type);
    }

    [Fact]
    public void Action_entity_types_can_be_used_as_attribute_types()
    {
        var schema = ParseOk("action a; entity E { act: Action };");
        Assert.Equal(new EntitySchemaType("Action"), schema.EntityTypes["E"].Attributes.Attributes["act"].Type);
    }

    [Theory]
    [InlineData("entity A", 1, 9, "expected")]
    [InlineData("entity A {", 1, 11, "attribute name")]
    [InlineData("entity A { x: };", 1, 15, "a type")]
    [InlineData("namespace N { entity A; ", 1, 25, "'}'")]
    [InlineData("entity A { x: Long }\nentity B;", 2, 1, "';'")]
    [InlineData("entity in;", 1, 8, "reserved")]
    [InlineData("action a appliesTo { principal: [], resource: [A] };", 1, 22, "at least one")]
    [InlineData("entity A; action a appliesTo { resource: [A] };", 1, 18, "principal")]
    [InlineData("entity A { x: \"unterminated };", 1, 15, "string")]
    [InlineData("entity A; #", 1, 11, "unexpected character")]
    public void Syntax_errors_give_the_line_column_and_what_was_expected(string text, int line, int column, string expected)
    {
        var error = ParseError(text);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("entity A { x: Missing };", "undeclared type 'Missing'")]
    [InlineData("entity A in [Missing];", "undeclared entity type 'Missing'")]
    [InlineData("entity A; entity A;", "declared twice")]
    [InlineData("type T = Long; type T = String;", "declared twice")]
    [InlineData("action a; action a;", "declared twice")]
    [InlineData("action a in [b];", "undeclared action")]
    [InlineData("action a in [b]; action b in [a];", "cycles")]
    [InlineData("type A = B; type B = A; entity E { x: A };", "in terms of itself")]
    [InlineData("type Long = String;", "reserved type name")]
    [InlineData("entity User; namespace N { entity User; }", "shadows")]
    [InlineData("type T = Long; entity E in [T];", "undeclared entity type 'T'")]
    [InlineData("type C = Long; entity E = C;", "expected")]
    [InlineData("entity E { a: Long, a: String };", "declared twice")]
    [InlineData("entity E tags Missing;", "undeclared type")]
    [InlineData("entity E; action a appliesTo { principal: E, resource: E, context: Long };", "must be a record")]
    public void Schema_errors_say_what_is_wrong(string text, string message)
    {
        var result = CedarSchemaParser.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_truncation_of_a_valid_schema_is_a_result_never_an_exception()
    {
        for (var length = 0; length < PhotoApp.Length; length++)
        {
            var result = CedarSchemaParser.Parse(PhotoApp[..length]);
            Assert.True(result.Success || !result.Diagnostics.IsEmpty);
        }
    }

    [Theory]
    [InlineData(100_000)]
    public void Hostile_deep_nesting_is_a_parse_error_not_a_crash(int depth)
    {
        var sets = "entity E { x: " + string.Concat(Enumerable.Repeat("Set<", depth)) + "Long" + new string('>', depth) + " };";
        Assert.Contains("nested", ParseError(sets).Message, StringComparison.Ordinal);
        var records = "entity E " + string.Concat(Enumerable.Repeat("{ a: ", depth)) + "Long" + string.Concat(Enumerable.Repeat(" }", depth)) + ";";
        Assert.Contains("nested", ParseError(records).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_annotations_are_errors()
    {
        Assert.Contains("duplicate annotation", ParseError("@doc(\"a\") @doc(\"b\") entity A;").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Printing_then_parsing_gives_the_same_schema()
    {
        var schema = ParseOk(PhotoApp);
        var printed = CedarSchemaPrinter.Print(schema);
        var reparsed = ParseOk(printed);
        Assert.Equal(printed, CedarSchemaPrinter.Print(reparsed));
        Assert.Equal(schema.EntityTypes.Count, reparsed.EntityTypes.Count);
        foreach (var (name, entity) in schema.EntityTypes)
            Assert.Equal(entity.Attributes, reparsed.EntityTypes[name].Attributes);
    }
}
