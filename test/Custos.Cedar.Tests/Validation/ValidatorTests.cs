using Custos.Cedar.Parsing;
using Custos.Cedar.Schema;
using Custos.Cedar.Validation;

namespace Custos.Cedar.Tests.Validation;

public sealed class ValidatorTests
{
    private const string Schema = """
        entity Group;
        entity User in [Group] {
          name: String,
          age: Long,
          nickname?: String,
          manager?: User,
          profile: { level: Long, email?: String },
          roles: Set<String>,
        } tags String;
        entity Photo { owner: User, size: Long, taken: datetime };
        entity Color enum ["red", "green"];
        entity Doc tags Long;
        action view appliesTo {
          principal: [User], resource: [Photo],
          context: { ip: ipaddr, authenticated: Bool, token?: String }
        };
        action edit in [view] appliesTo { principal: User, resource: [Photo, Doc] };
        action admin;
        """;

    private static ValidationResult Validate(string policies, string schema = Schema)
    {
        var parsedSchema = CedarSchemaParser.Parse(schema);
        Assert.True(parsedSchema.Success, string.Join("\n", parsedSchema.Diagnostics));
        var parsed = PolicyParser.Parse(policies);
        Assert.True(parsed.Succeeded, string.Join("\n", parsed.Errors));
        return Validator.Validate(parsedSchema.Schema!, parsed.PolicySet!, policies);
    }

    private static void Valid(string policy)
    {
        var result = Validate(policy);
        Assert.True(result.Passed, string.Join("\n", result.Errors));
    }

    private static string Invalid(string policy)
    {
        var result = Validate(policy);
        Assert.False(result.Passed, "expected a validation error");
        return string.Join("\n", result.Errors.Select(e => e.Message));
    }

    [Theory]
    [InlineData("""permit(principal, action == Action::"view", resource) when { principal.name == "alice" && resource.owner == principal };""")]
    [InlineData("""permit(principal in Group::"admins", action in [Action::"view", Action::"edit"], resource is Photo);""")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { principal has nickname && principal.nickname like "a*" };""")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { if principal has manager then principal.manager.age > 3 else false };""")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { principal.profile has email && principal.profile.email == "x" };""")]
    [InlineData("""permit(principal, action == Action::"view", resource) unless { context has token && context.token == "t" };""")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { context.ip.isInRange(ip("10.0.0.0/8")) && context.authenticated };""")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { resource.taken < datetime("2024-01-01") && resource.taken.offset(duration("1h")) > datetime("2023-12-31T00:00:00Z") };""")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { principal.hasTag("team") && principal.getTag("team") == "blue" };""")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { principal.roles.contains("admin") && [1, 2].containsAll([1]) };""")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { principal == Photo::"x" };""")]
    [InlineData("""permit(principal, action, resource) when { { a: 1, b: "x" }.a == 1 };""")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { 1 == "a" || resource.hasTag("t") && resource.getTag("t") == "x" };""")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { decimal("1.5").lessThan(decimal("2.25")) };""")]
    public void Well_typed_policies_validate(string policy) => Valid(policy);

    [Theory]
    [InlineData("""permit(principal, action == Action::"view", resource) when { principal.nickname == "a" };""", "optional")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { principal has nickname || principal.nickname == "a" };""", "optional")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { principal.missing == 1 };""", "no attribute 'missing'")]
    [InlineData("""permit(principal, action == Action::"view", resource == Phot::"a");""", "unrecognized entity type 'Phot'")]
    [InlineData("""permit(principal, action == Action::"veiw", resource);""", "unrecognized action")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { [1, "a"].contains(1) };""", "not compatible")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { [].isEmpty() };""", "empty set")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { principal.age == "a" };""", "not compatible")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { principal.age like "1*" };""", "expected String")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { ip("not an ip").isIpv4() };""", "not a valid ipaddr")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { decimal(principal.name).lessThan(decimal("1.0")) };""", "must be a literal")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { principal.getTag("team") == "blue" };""", "hasTag")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { Color::"blue" == Color::"red" };""", "enumerated")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { (if context.authenticated then principal else resource) == principal };""", "not compatible")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { principal.age + "1" == 2 };""", "expected Long")]
    [InlineData("""permit(principal is Photo, action == Action::"view", resource);""", "applicable action")]
    [InlineData("""permit(principal, action == Action::"admin", resource);""", "applicable action")]
    [InlineData("""permit(principal, action, resource) when { resource.size > 1 };""", "no attribute 'size'")]
    [InlineData("""permit(principal, action == Action::"view", resource) when { resource.taken < 3 };""", "expected")]
    public void Ill_typed_policies_do_not_validate_and_say_why(string policy, string message) =>
        Assert.Contains(message, Invalid(policy), StringComparison.Ordinal);

    [Fact]
    public void An_operand_that_short_circuiting_never_evaluates_is_not_type_checked()
    {
        var result = Validate("""permit(principal, action == Action::"view", resource) when { false && principal.missing };""");
        Assert.True(result.Passed);
        Assert.Contains(result.Warnings, w => w.Message.Contains("impossible policy", StringComparison.Ordinal));
        Valid("""permit(principal, action == Action::"view", resource) when { true || principal.missing };""");
        Valid("""permit(principal, action == Action::"view", resource) when { if true then principal.age > 1 else principal.missing };""");
    }

    [Fact]
    public void A_scope_that_rules_out_an_environment_makes_its_conditions_irrelevant_there()
    {
        // resource.size exists on Photo only; edit also applies to Doc, where the scope makes the policy false.
        Valid("""permit(principal, action == Action::"edit", resource is Photo) when { resource.size > 1 };""");
        Assert.Contains("no attribute 'size'", Invalid("""permit(principal, action == Action::"edit", resource) when { resource.size > 1 };"""), StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_false_in_every_environment_is_a_warning_not_an_error()
    {
        var result = Validate("""permit(principal, action == Action::"view", resource) when { principal in Photo::"p" };""");
        Assert.True(result.Passed, string.Join("\n", result.Errors));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("policy0", warning.PolicyId);
    }

    [Fact]
    public void Diagnostics_name_the_policy_and_point_at_the_line_and_column()
    {
        var result = Validate("""
            permit(principal, action, resource);
            permit(principal, action == Action::"view", resource)
            when { principal.nickname == "a" };
            """);
        var error = Assert.Single(result.Errors);
        Assert.Equal("policy1", error.PolicyId);
        Assert.Equal(3, error.Line);
        Assert.Equal(8, error.Column);
    }

    [Fact]
    public void Templates_are_checked_for_every_type_a_slot_could_hold()
    {
        Valid("""permit(principal in ?principal, action == Action::"view", resource) when { principal.age > 1 };""");
        Assert.Contains("no attribute", Invalid("""permit(principal == ?principal, action == Action::"view", resource) when { principal.missing > 1 };"""), StringComparison.Ordinal);
    }

    [Fact]
    public void Action_in_action_groups_is_typed_from_the_schema_hierarchy()
    {
        var result = Validate("""permit(principal, action in Action::"view", resource) when { action in Action::"edit" && resource has size };""");
        Assert.True(result.Passed, string.Join("\n", result.Errors));
    }
}
