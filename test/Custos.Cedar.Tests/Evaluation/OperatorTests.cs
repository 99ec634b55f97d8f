using Custos.Cedar.Ast;
using Custos.Cedar.Evaluation;
using Custos.Cedar.Values;

namespace Custos.Cedar.Tests.Evaluation;

public sealed class OperatorTests
{
    [Theory]
    [InlineData("true && true")]
    [InlineData("false || true")]
    [InlineData("!false")]
    [InlineData("!(false && (1 + true))")]
    [InlineData("true || (1 + true)")]
    [InlineData("if true then true else 1 + true")]
    [InlineData("if false then 1 + true else true")]
    public void Boolean_operators_short_circuit(string expression) => Eval.True(expression);

    [Theory]
    [InlineData("1 && true")]
    [InlineData("true && 1")]
    [InlineData("false || \"x\"")]
    [InlineData("!1")]
    [InlineData("if 1 then true else false")]
    public void Boolean_operators_require_booleans(string expression) => Eval.Error(expression, EvaluationErrorKind.TypeError);

    [Theory]
    [InlineData("1 == 1")]
    [InlineData("\"a\" == \"a\"")]
    [InlineData("[1, 2] == [2, 1, 1]")]
    [InlineData("{a: 1, b: [true]} == {b: [true], a: 1}")]
    [InlineData("User::\"alice\" == principal")]
    [InlineData("1 != \"1\"")]
    [InlineData("ip(\"10.0.0.1\") == ip(\"10.0.0.1/32\")")]
    [InlineData("decimal(\"1.0\") == decimal(\"1.0000\")")]
    [InlineData("ip(\"10.0.0.1/24\") != ip(\"10.0.0.0/24\")")]
    [InlineData("datetime(\"1970-01-01\") != duration(\"0ms\")")]
    public void Equality_is_structural_and_never_fails(string expression) => Eval.True(expression);

    [Theory]
    [InlineData("1 < 2")]
    [InlineData("2 <= 2")]
    [InlineData("3 > 2")]
    [InlineData("3 >= 3")]
    [InlineData("-9223372036854775808 < 9223372036854775807")]
    [InlineData("datetime(\"2024-01-01\") < datetime(\"2024-01-02\")")]
    [InlineData("datetime(\"2024-01-01T00:00:00+0100\") < datetime(\"2024-01-01\")")]
    [InlineData("duration(\"1h\") > duration(\"59m\")")]
    [InlineData("duration(\"-1ms\") <= duration(\"0ms\")")]
    public void Comparisons_order_longs_datetimes_and_durations(string expression) => Eval.True(expression);

    [Theory]
    [InlineData("1 < \"2\"")]
    [InlineData("\"a\" < \"b\"")]
    [InlineData("decimal(\"1.0\") < decimal(\"2.0\")")]
    [InlineData("datetime(\"2024-01-01\") < duration(\"1d\")")]
    [InlineData("ip(\"10.0.0.1\") < ip(\"10.0.0.2\")")]
    [InlineData("true >= false")]
    public void Comparisons_of_other_types_are_type_errors(string expression) => Eval.Error(expression, EvaluationErrorKind.TypeError);

    [Theory]
    [InlineData("1 + 2", 3)]
    [InlineData("1 - 2", -1)]
    [InlineData("-3 * 4", -12)]
    [InlineData("-(-5)", 5)]
    [InlineData("9223372036854775807 - 1 + 1", long.MaxValue)]
    [InlineData("context.n * 2", 10)]
    public void Arithmetic_on_longs(string expression, long expected) => Assert.Equal(LongValue.Of(expected), Eval.Value(expression));

    [Theory]
    [InlineData("9223372036854775807 + 1")]
    [InlineData("-9223372036854775808 - 1")]
    [InlineData("9223372036854775807 * 2")]
    [InlineData("-9223372036854775808 * -1")]
    [InlineData("-(-9223372036854775808)")]
    [InlineData("4611686018427387904 * 2")]
    public void Arithmetic_overflow_is_an_error(string expression) => Eval.Error(expression, EvaluationErrorKind.IntegerOverflow);

    [Theory]
    [InlineData("1 + \"1\"")]
    [InlineData("true * 2")]
    [InlineData("-\"x\"")]
    public void Arithmetic_requires_longs(string expression) => Eval.Error(expression, EvaluationErrorKind.TypeError);

    [Theory]
    [InlineData("principal in principal")]
    [InlineData("principal in Group::\"admins\"")]
    [InlineData("principal in Group::\"staff\"")]
    [InlineData("principal in Org::\"ghost\"")]
    [InlineData("principal in [User::\"bob\", Group::\"staff\"]")]
    [InlineData("action in Action::\"read\"")]
    [InlineData("User::\"nobody\" in User::\"nobody\"")]
    [InlineData("!(User::\"nobody\" in Group::\"admins\")")]
    [InlineData("!(Group::\"admins\" in principal)")]
    [InlineData("!(principal in [])")]
    public void In_follows_the_hierarchy_transitively(string expression) => Eval.True(expression);

    [Theory]
    [InlineData("1 in Group::\"admins\"")]
    [InlineData("principal in 1")]
    [InlineData("principal in [principal, 1]")]
    [InlineData("principal in {a: principal}")]
    public void In_requires_entities(string expression) => Eval.Error(expression, EvaluationErrorKind.TypeError);

    [Theory]
    [InlineData("principal.age == 30")]
    [InlineData("principal[\"name\"] == \"Alice\"")]
    [InlineData("principal.address.city == \"Paris\"")]
    [InlineData("principal.manager == User::\"bob\"")]
    [InlineData("resource.owner.name == \"Alice\"")]
    [InlineData("principal has age")]
    [InlineData("principal has address && principal.address has city")]
    [InlineData("!(principal has missing)")]
    [InlineData("!(User::\"nobody\" has age)")]
    [InlineData("{a: 1} has a")]
    [InlineData("!({a: 1} has b)")]
    [InlineData("context has ip")]
    public void Attributes_of_records_and_entities(string expression) => Eval.True(expression);

    [Fact]
    public void Reading_an_attribute_of_a_missing_entity_is_an_error() =>
        Eval.Error("User::\"nobody\".age", EvaluationErrorKind.EntityDoesNotExist);

    [Theory]
    [InlineData("principal.missing")]
    [InlineData("{a: 1}.b")]
    [InlineData("context.missing")]
    public void Reading_a_missing_attribute_is_an_error(string expression) => Eval.Error(expression, EvaluationErrorKind.AttributeDoesNotExist);

    [Theory]
    [InlineData("1.a")]
    [InlineData("\"s\" has a")]
    [InlineData("[1] has a")]
    public void Attributes_require_records_or_entities(string expression) => Eval.Error(expression, EvaluationErrorKind.TypeError);

    [Theory]
    [InlineData("\"abc\" like \"a*\"")]
    [InlineData("\"abc\" like \"*c\"")]
    [InlineData("\"abc\" like \"a*b*c\"")]
    [InlineData("\"a*c\" like \"a\\*c\"")]
    [InlineData("!(\"abc\" like \"a\\*c\")")]
    [InlineData("\"\" like \"*\"")]
    [InlineData("principal is User")]
    [InlineData("!(principal is Group)")]
    [InlineData("principal is User in Group::\"staff\"")]
    public void Like_and_is(string expression) => Eval.True(expression);

    [Theory]
    [InlineData("1 like \"*\"")]
    [InlineData("\"x\" is User")]
    public void Like_and_is_require_strings_and_entities(string expression) => Eval.Error(expression, EvaluationErrorKind.TypeError);

    [Theory]
    [InlineData("[1, 2, 3].contains(2)")]
    [InlineData("![1, 2, 3].contains(\"2\")")]
    [InlineData("[1, 2, 3].containsAll([3, 1])")]
    [InlineData("[1, 2].containsAll([])")]
    [InlineData("![1, 2].containsAll([1, 4])")]
    [InlineData("[1, 2].containsAny([4, 2])")]
    [InlineData("![1, 2].containsAny([])")]
    [InlineData("[].isEmpty()")]
    [InlineData("![[]].isEmpty()")]
    [InlineData("principal.tags.contains(\"a\")")]
    [InlineData("[ip(\"10.0.0.1\")].contains(ip(\"10.0.0.1/32\"))")]
    public void Set_operations(string expression) => Eval.True(expression);

    [Theory]
    [InlineData("1.contains(1)")]
    [InlineData("[1].containsAll(1)")]
    [InlineData("[1].containsAny(\"1\")")]
    [InlineData("{}.isEmpty()")]
    public void Set_operations_require_sets(string expression) => Eval.Error(expression, EvaluationErrorKind.TypeError);

    [Theory]
    [InlineData("principal.hasTag(\"level\")")]
    [InlineData("!principal.hasTag(\"age\")")]
    [InlineData("principal.getTag(\"level\") == 3")]
    [InlineData("!User::\"nobody\".hasTag(\"level\")")]
    public void Tags(string expression) => Eval.True(expression);

    [Fact]
    public void A_missing_tag_is_an_error() => Eval.Error("principal.getTag(\"age\")", EvaluationErrorKind.TagDoesNotExist);

    [Fact]
    public void A_tag_of_a_missing_entity_is_an_error() => Eval.Error("User::\"nobody\".getTag(\"level\")", EvaluationErrorKind.EntityDoesNotExist);

    [Theory]
    [InlineData("principal.getTag(1)")]
    [InlineData("\"x\".hasTag(\"a\")")]
    public void Tags_require_an_entity_and_a_string(string expression) => Eval.Error(expression, EvaluationErrorKind.TypeError);

    [Fact]
    public void Sets_drop_duplicates() => Assert.Equal(2, ((SetValue)Eval.Value("[1, 1, 2, context.n - 4]")).Count);

    [Fact]
    public void An_error_inside_a_set_or_record_literal_fails_it()
    {
        Eval.Error("[1, 1 + true]", EvaluationErrorKind.TypeError);
        Eval.Error("{a: 1, b: principal.missing}", EvaluationErrorKind.AttributeDoesNotExist);
    }

    [Fact]
    public void Both_operands_of_a_binary_operator_are_evaluated() =>
        Eval.Error("principal.missing == 1", EvaluationErrorKind.AttributeDoesNotExist);

    [Fact]
    public void An_unknown_extension_function_is_an_error_after_its_arguments_are_evaluated()
    {
        var call = new ExtensionCallExpr("frobnicate", [new LiteralExpr(new StringValue("x"))], IsMethod: false);
        Assert.Equal(EvaluationErrorKind.UnknownFunction, Evaluator.Evaluate(call, Eval.Request, Eval.Entities).ErrorKind);
        var failingArgument = new ExtensionCallExpr("frobnicate", [new GetAttrExpr(new VariableExpr(Variable.Principal), "missing")], IsMethod: false);
        Assert.Equal(EvaluationErrorKind.AttributeDoesNotExist, Evaluator.Evaluate(failingArgument, Eval.Request, Eval.Entities).ErrorKind);
    }

    [Fact]
    public void An_extension_function_with_the_wrong_number_of_arguments_is_an_error()
    {
        var call = new ExtensionCallExpr("ip", [new LiteralExpr(new StringValue("10.0.0.1")), new LiteralExpr(new StringValue("x"))], IsMethod: false);
        Assert.Equal(EvaluationErrorKind.UnknownFunction, Evaluator.Evaluate(call, Eval.Request, Eval.Entities).ErrorKind);
    }

    [Fact]
    public void An_unlinked_slot_is_an_error() =>
        Assert.Equal(EvaluationErrorKind.UnlinkedSlot, Evaluator.Evaluate(new SlotExpr(SlotId.Principal), Eval.Request, Eval.Entities).ErrorKind);

    [Fact]
    public void Record_literals_evaluate_to_records()
    {
        var record = (RecordValue)Eval.Value("{b: context.n, a: principal.age, \"c d\": [1]}");
        Assert.Equal(LongValue.Of(5), record.Attributes["b"]);
        Assert.Equal(LongValue.Of(30), record.Attributes["a"]);
        Assert.Equal(3, record.Count);
    }

    [Fact]
    public void Variables_are_the_request()
    {
        Eval.True("principal == User::\"alice\" && action == Action::\"view\" && resource == Photo::\"p1\"");
        Eval.True("context.n == 5");
    }
}
