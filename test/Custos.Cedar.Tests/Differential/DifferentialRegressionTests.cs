using Custos.Cedar.Parsing;
using Custos.Cedar.Validation;

namespace Custos.Cedar.Tests.Differential;

/// <summary>
/// Disagreements with cedar-wasm 4.13.0 found by the differential properties, minimised, each pinned to the
/// reference's answer. These run without Node.
/// </summary>
public sealed class DifferentialRegressionTests
{
    private static ValidationResult Validate(string policies) =>
        Validator.Validate(DiffSchema.Parsed.Value, PolicyParser.ParsePolicySet(policies), policies);

    [Fact]
    public void The_validator_accepts_the_smallest_duration_literal()
    {
        // cedar-wasm: valid. The validator's own copy of the duration rules refused the 19-digit millisecond count
        // of i64::MIN although the evaluator (and Cedar) accept it.
        var result = Validate("""
            permit (principal, action, resource)
            when { resource.ttl == duration("-9223372036854775808ms") };
            """);
        Assert.True(result.Passed, string.Join("; ", result.Errors));
    }

    [Fact]
    public void The_validator_still_rejects_a_duration_literal_one_past_the_smallest()
    {
        var result = Validate("""
            permit (principal, action, resource)
            when { resource.ttl == duration("-9223372036854775809ms") };
            """);
        Assert.False(result.Passed);
    }
}
