using Custos.Cedar.Evaluation;
using Custos.Cedar.Tests.Evaluation;
using Custos.Cedar.Values;

namespace Custos.Cedar.Tests.Extensions;

public sealed class ExtensionFunctionTests
{
    [Theory]
    [InlineData("ip(\"10.0.0.1\").isIpv4()")]
    [InlineData("ip(\"::1\").isIpv6()")]
    [InlineData("ip(\"127.0.0.2\").isLoopback()")]
    [InlineData("ip(\"239.1.1.1\").isMulticast()")]
    [InlineData("context.ip.isInRange(ip(\"10.0.0.0/8\"))")]
    [InlineData("!ip(\"10.0.0.1\").isInRange(ip(\"::/0\"))")]
    public void Ipaddr_methods(string expression) => Eval.True(expression);

    [Theory]
    [InlineData("decimal(\"1.5\").lessThan(decimal(\"1.51\"))")]
    [InlineData("decimal(\"1.5\").lessThanOrEqual(decimal(\"1.5000\"))")]
    [InlineData("decimal(\"-0.1\").greaterThan(decimal(\"-0.2\"))")]
    [InlineData("decimal(\"2.0\").greaterThanOrEqual(decimal(\"2.0\"))")]
    public void Decimal_methods(string expression) => Eval.True(expression);

    [Theory]
    [InlineData("datetime(\"2024-10-15\").offset(duration(\"1d\")) == datetime(\"2024-10-16\")")]
    [InlineData("datetime(\"2024-10-16\").durationSince(datetime(\"2024-10-15T12:00:00Z\")) == duration(\"12h\")")]
    [InlineData("datetime(\"2024-10-15T11:35:00Z\").toDate() == datetime(\"2024-10-15\")")]
    [InlineData("datetime(\"2024-10-15T11:35:00Z\").toTime() == duration(\"11h35m\")")]
    [InlineData("duration(\"1d2h\").toDays() == 1")]
    [InlineData("duration(\"1d2h\").toHours() == 26")]
    [InlineData("duration(\"-90s\").toMinutes() == -1")]
    [InlineData("duration(\"1m1500ms\").toSeconds() == 61")]
    [InlineData("duration(\"2s\").toMilliseconds() == 2000")]
    public void Datetime_and_duration_methods(string expression) => Eval.True(expression);

    [Theory]
    [InlineData("ip(\"10.0.0.256\")")]
    [InlineData("decimal(\"1.23456\")")]
    [InlineData("datetime(\"2024-02-30\")")]
    [InlineData("duration(\"1x\")")]
    [InlineData("datetime(\"1970-01-01\").offset(duration(\"9223372036854775807ms\")).offset(duration(\"1ms\"))")]
    [InlineData("datetime(\"1970-01-01\").offset(duration(\"-9223372036854775808ms\")).durationSince(datetime(\"1970-01-02\"))")]
    [InlineData("datetime(\"1970-01-01\").offset(duration(\"-9223372036854775808ms\")).toDate()")]
    public void Malformed_arguments_and_overflow_are_extension_errors(string expression) =>
        Eval.Error(expression, EvaluationErrorKind.ExtensionError);

    [Theory]
    [InlineData("ip(1)")]
    [InlineData("decimal(\"1.0\").lessThan(1)")]
    [InlineData("\"10.0.0.1\".isIpv4()")]
    [InlineData("ip(\"10.0.0.1\").isInRange(\"10.0.0.0/8\")")]
    [InlineData("duration(\"1s\").toDays() == datetime(\"1970-01-01\").toDays()")]
    [InlineData("datetime(\"1970-01-01\").offset(datetime(\"1970-01-01\"))")]
    [InlineData("decimal(\"1.0\").isIpv4()")]
    public void Arguments_of_the_wrong_type_are_type_errors(string expression) =>
        Eval.Error(expression, EvaluationErrorKind.TypeError);

    [Fact]
    public void Is_in_range_takes_exactly_one_range() =>
        Eval.Error("ip(\"10.0.0.1\").isInRange(ip(\"10.0.0.0/8\"), ip(\"::/0\"))", EvaluationErrorKind.UnknownFunction);

    [Fact]
    public void A_constant_extension_call_is_evaluated_once_at_compile_time()
    {
        var value = Eval.Value("ip(\"10.0.0.0/8\")");
        Assert.IsType<IpAddrValue>(value);
        Assert.Equal("ip(\"10.0.0.0/8\")", value.ToString());
    }
}
