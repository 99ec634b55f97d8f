using Custos.Cedar.Entities;
using Custos.Cedar.Schema;
using Custos.Cedar.Validation;
using Custos.Cedar.Values;

namespace Custos.Cedar.Tests.Validation;

public sealed class SchemaConformanceTests
{
    private static readonly CedarSchema Schema = CedarSchemaParser.Parse("""
        entity Group;
        entity User in [Group] { name: String, age?: Long, tags: Set<String> } tags Long;
        entity Photo;
        entity Color enum ["red"];
        action view appliesTo { principal: User, resource: [Photo, Color], context: { mfa: Bool } };
        action all;
        action edit in [all];
        """).Schema!;

    private static EntityUid Uid(string type, string id) => new(type, id);

    private static RecordValue Record(params (string Key, CedarValue Value)[] fields) =>
        RecordValue.Of(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));

    [Fact]
    public void A_request_the_schema_allows_conforms()
    {
        Assert.Empty(SchemaConformance.ValidateRequest(Schema, Uid("User", "a"), Uid("Action", "view"), Uid("Photo", "p"),
            Record(("mfa", BoolValue.True))));
    }

    [Theory]
    [InlineData("Photo", "view", "Photo", "is not valid for `Action::\"view\"`; valid principal types")]
    [InlineData("User", "nope", "Photo", "not declared in the schema")]
    [InlineData("Unknown", "view", "Photo", "type `Unknown` is not declared")]
    [InlineData("User", "view", "Group", "valid resource types")]
    public void A_request_outside_the_schema_says_why(string principal, string action, string resource, string message)
    {
        var errors = SchemaConformance.ValidateRequest(Schema, Uid(principal, "x"), Uid("Action", action), Uid(resource, "x"), Record(("mfa", BoolValue.True)));
        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_context_must_match_the_action_context_type_and_enum_ids_must_be_declared()
    {
        Assert.Contains(SchemaConformance.ValidateRequest(Schema, Uid("User", "a"), Uid("Action", "view"), Uid("Photo", "p"), RecordValue.Empty),
            e => e.Contains("`mfa` is missing", StringComparison.Ordinal));
        Assert.Contains(SchemaConformance.ValidateRequest(Schema, Uid("User", "a"), Uid("Action", "view"), Uid("Photo", "p"),
            Record(("mfa", LongValue.Of(1)))), e => e.Contains("expected bool", StringComparison.Ordinal));
        Assert.Contains(SchemaConformance.ValidateRequest(Schema, Uid("User", "a"), Uid("Action", "view"), Uid("Color", "blue"),
            Record(("mfa", BoolValue.True))), e => e.Contains("enumerated", StringComparison.Ordinal));
    }

    [Fact]
    public void Entities_must_have_declared_types_parents_attributes_and_tags()
    {
        var good = new Entity(Uid("User", "a"),
            Record(("name", new StringValue("A")), ("tags", SetValue.Of([new StringValue("x")]))),
            [Uid("Group", "g")], Record(("level", LongValue.Of(3))));
        Assert.Empty(SchemaConformance.ValidateEntities(Schema, [good, new Entity(Uid("Action", "edit"), null, [Uid("Action", "all")])]));

        var errors = SchemaConformance.ValidateEntities(Schema, [
            new Entity(Uid("User", "b"), Record(("name", LongValue.Of(1)), ("tags", SetValue.Empty))),
            new Entity(Uid("User", "c"), Record(("name", new StringValue("C")), ("tags", SetValue.Empty), ("extra", BoolValue.True))),
            new Entity(Uid("User", "d"), Record(("name", new StringValue("D")), ("tags", SetValue.Empty)), [Uid("Photo", "p")]),
            new Entity(Uid("User", "e"), Record(("name", new StringValue("E")), ("tags", SetValue.Empty)), null, Record(("t", new StringValue("s")))),
            new Entity(Uid("Photo", "p"), null, null, Record(("t", LongValue.Of(1)))),
            new Entity(Uid("Nope", "n")),
            new Entity(Uid("Action", "edit"), null, [Uid("Action", "view")]),
        ]);
        Assert.Collection(errors,
            e => Assert.Contains("expected string", e, StringComparison.Ordinal),
            e => Assert.Contains("`extra` should not exist", e, StringComparison.Ordinal),
            e => Assert.Contains("does not allow User in Photo", e, StringComparison.Ordinal),
            e => Assert.Contains("tag \"t\"", e, StringComparison.Ordinal),
            e => Assert.Contains("declares none", e, StringComparison.Ordinal),
            e => Assert.Contains("Nope", e, StringComparison.Ordinal),
            e => Assert.Contains("does not declare that", e, StringComparison.Ordinal));
    }
}
