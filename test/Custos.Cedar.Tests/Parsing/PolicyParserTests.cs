using Custos.Cedar.Ast;
using Custos.Cedar.Parsing;
using Custos.Cedar.Values;
using FsCheck;
using FsCheck.Fluent;

namespace Custos.Cedar.Tests.Parsing;

public sealed class PolicyParserTests
{
    private static string Dump(string expression) => AstDump.Of(PolicyParser.ParseExpression(expression));

    [Fact]
    public void Policies_are_numbered_in_file_order_including_templates()
    {
        var set = PolicyParser.ParsePolicySet("""
            permit(principal, action, resource);
            permit(principal == ?principal, action, resource);
            forbid(principal, action, resource);
            """);
        Assert.Equal(["policy0", "policy2"], set.StaticPolicies.Select(p => p.Id));
        Assert.Equal("policy1", Assert.Single(set.Templates).Id);
    }

    [Fact]
    public void Scope_constraints_of_every_form_parse()
    {
        var p = PolicyParser.ParsePolicy("""
            permit(principal is NS::User in Group::"admins", action in [Action::"a", NS::Action::"b"], resource == Doc::"x\"y");
            """, "p");
        Assert.Equal(ScopeOp.IsIn, p.Principal.Op);
        Assert.Equal("NS::User", p.Principal.EntityType);
        Assert.Equal(new EntityUid("Group", "admins"), p.Principal.Entity);
        Assert.Equal(ActionScopeOp.InSet, p.Action.Op);
        Assert.Equal(new EntityUid("NS::Action", "b"), p.Action.Entities[1]);
        Assert.Equal(new EntityUid("Doc", "x\"y"), p.Resource.Entity);
    }

    [Fact]
    public void Annotations_keep_their_values_and_a_bare_annotation_is_empty()
    {
        var p = PolicyParser.ParsePolicy("@id(\"a\") @advice permit(principal, action, resource);", "p");
        Assert.Equal("a", p.GetAnnotation("id"));
        Assert.Equal(string.Empty, p.GetAnnotation("advice"));
    }

    [Theory]
    [InlineData("-9223372036854775808", "lit(Long -9223372036854775808)")]
    [InlineData("--1", "Neg(lit(Long -1))")]
    [InlineData("-(1)", "Neg(lit(Long 1))")]
    [InlineData("!!true", "Not(Not(lit(Bool true)))")]
    [InlineData("1 + 2 * 3", "Add(lit(Long 1),Mul(lit(Long 2),lit(Long 3)))")]
    [InlineData("a has b.c", null)]
    [InlineData("context has a.b", "and(has(Context,a),has(get(Context,a),b))")]
    [InlineData("principal is User in Group::\"g\"", "and(is(Principal,User),In(Principal,lit(Entity Group::\"g\")))")]
    [InlineData("context.s like \"a\\*b*c\"", "like(get(Context,s),[a*b|c])")]
    [InlineData("ip(\"10.0.0.1\").isInRange(ip(\"10.0.0.0/8\"))", "call isInRangem(call ip(lit(String \"10.0.0.1\"),),call ip(lit(String \"10.0.0.0/8\"),),)")]
    [InlineData("context[\"a b\"].isEmpty()", "IsEmpty(get(Context,a b))")]
    [InlineData("if true then 1 else 2", "if(lit(Bool true),lit(Long 1),lit(Long 2))")]
    [InlineData("{a: 1, \"b c\": [2,],}", "rec(a:lit(Long 1),b c:set(lit(Long 2),),)")]
    public void Expressions_parse_to_cedars_tree(string text, string? expected)
    {
        if (expected is null)
        {
            Assert.Throws<CedarParseException>(() => PolicyParser.ParseExpression(text));
            return;
        }
        Assert.Equal(expected, Dump(text));
    }

    [Theory]
    [InlineData("permit(principal, action, resource)", 1, 36, "';'")]
    [InlineData("permit(principal, action, resource) when { 1 + };", 1, 48, "expected an expression")]
    [InlineData("permit(principal, action)\n;", 1, 25, "','")]
    [InlineData("allow(principal, action, resource);", 1, 1, "'permit' or 'forbid'")]
    [InlineData("permit(principal, action, resource) when { a < b < c };", 1, 44, "unknown identifier")]
    [InlineData("permit(principal, action, resource) when { 1 < 2 < 3 };", 1, 50, "do not chain")]
    [InlineData("permit(principal, action, resource) when { 9223372036854775808 };", 1, 44, "too large")]
    [InlineData("permit(principal, action, resource) when { !!!!!true };", 1, 44, "at most four")]
    [InlineData("permit(principal, action, resource) when { 1 / 2 };", 1, 46, "division")]
    [InlineData("permit(principal, action, resource) when { context.foo() };", 1, 52, "not a method")]
    [InlineData("permit(principal, action, resource) when { lessThan(1, 2) };", 1, 44, "is a method")]
    [InlineData("permit(principal, action, resource) when { \"\\q\" };", 1, 45, "escape")]
    [InlineData("permit(principal, action, resource) when { {a: 1, a: 2} };", 1, 51, "duplicate key")]
    [InlineData("permit(principal == ?resource, action, resource);", 1, 21, "?resource")]
    [InlineData("permit(principal in [User::\"a\"], action, resource);", 1, 21, "not a set")]
    [InlineData("@a(\"1\") @a(\"2\") permit(principal, action, resource);", 1, 9, "duplicate annotation")]
    [InlineData("permit(principal, action, resource) when { \"abc };", 1, 44, "unterminated")]
    [InlineData("permit(principal, action, resource) when { context.if };", 1, 52, "reserved")]
    [InlineData("permit(principal, action, resource) when { principal.x = 1 };", 1, 56, "'=='")]
    [InlineData("permit(principal, action, resource) when { ?principal };", 1, 44, "only in the policy scope")]
    [InlineData("permit(principal, action, resource) when {};", 1, 43, "empty")]
    [InlineData("permit(principal, action == User::\"a\", resource);", 1, 29, "type Action")]
    [InlineData("permit(principal, action in [NS::Action::\"a\", Photo::\"b\"], resource);", 1, 47, "type Action")]
    public void Errors_name_line_column_and_what_was_expected(string text, int line, int column, string message)
    {
        var result = PolicyParser.Parse(text);
        Assert.False(result.Succeeded);
        var error = result.Errors[0];
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void An_error_in_one_policy_does_not_hide_an_error_in_the_next()
    {
        var result = PolicyParser.Parse("permit(principal, action, resource) when { 1 + };\npermit(principal, action, resource) when { ) };\npermit(principal, action, resource);");
        Assert.Equal(2, result.Errors.Length);
        Assert.Equal(["policy0", "policy1"], result.Errors.Select(e => e.PolicyId));
        Assert.Equal(2, result.Errors[1].Line);
    }

    [Fact]
    public void Deep_nesting_is_a_parse_error_not_a_crash()
    {
        var deep = "permit(principal, action, resource) when { " + new string('(', 100_000) + "1" + new string(')', 100_000) + " };";
        var result = PolicyParser.Parse(deep);
        Assert.Contains("nested more than", Assert.Single(result.Errors).Message, StringComparison.Ordinal);

        var longHas = "permit(principal, action, resource) when { context has " + string.Join(".", Enumerable.Repeat("a", 5_000)) + " };";
        Assert.Contains("nested more than", Assert.Single(PolicyParser.Parse(longHas).Errors).Message, StringComparison.Ordinal);

        var longChain = "permit(principal, action, resource) when { " + string.Join(" && ", Enumerable.Repeat("true", 50_000)) + " };";
        Assert.Contains("nested more than", Assert.Single(PolicyParser.Parse(longChain).Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_input_is_refused()
    {
        var result = PolicyParser.Parse(new string(' ', ParseLimits.MaxSourceLength + 1));
        Assert.Contains("limit", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arbitrary_text_never_throws()
    {
        var alphabet = "permit forbid when unless principal action resource context in is has like if then else true false ( ) { } [ ] , ; : :: . @ ? == != < <= > >= && || ! - + * \" \\ 0 1 9 User::\"a\" \n".Split(' ');
        var tokens = Gen.Elements(alphabet).ArrayOf().Select(parts => string.Join(" ", parts));
        var raw = ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty);
        Prop.ForAll(Gen.OneOf(tokens, raw).ToArbitrary(), text =>
        {
            var result = PolicyParser.Parse(text);
            return result.Succeeded || !result.Errors.IsEmpty;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Arbitrary_bytes_never_throw()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes ?? []);
            var result = PolicyParser.Parse(text);
            var expression = Record.Exception(() => PolicyParser.ParseExpression(text));
            return (result.Succeeded || !result.Errors.IsEmpty) && (expression is null or CedarParseException);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Truncating_a_valid_policy_anywhere_gives_an_error_not_a_crash()
    {
        const string policy = """@id("x") permit(principal is User in Group::"g", action in [Action::"a"], resource) when { context.x like "a*" && ip("1.2.3.4").isInRange(ip("1.0.0.0/8")) && {a: [1, -2]}.a.contains(1) } unless { principal has "b" };""";
        Assert.True(PolicyParser.Parse(policy).Succeeded);
        for (var i = 1; i < policy.Length - 1; i++)
        {
            var result = PolicyParser.Parse(policy[..i]);
            Assert.False(result.Succeeded, $"a policy cut at {i} parsed");
            Assert.All(result.Errors, e => Assert.InRange(e.Offset, 0, i));
        }
    }
}
