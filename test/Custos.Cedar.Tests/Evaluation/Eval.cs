using Custos.Cedar.Authorization;
using Custos.Cedar.Entities;
using Custos.Cedar.Evaluation;
using Custos.Cedar.Json;
using Custos.Cedar.Parsing;
using Custos.Cedar.Values;

namespace Custos.Cedar.Tests.Evaluation;

/// <summary>Evaluates Cedar expressions in tests against a small fixed world.</summary>
internal static class Eval
{
    public const string EntitiesJson = """
        [
          {"uid": {"type": "User", "id": "alice"}, "attrs": {"age": 30, "name": "Alice", "address": {"city": "Paris"},
            "manager": {"__entity": {"type": "User", "id": "bob"}}, "tags": ["a", "b"]},
            "parents": [{"type": "Group", "id": "admins"}], "tags": {"level": 3, "team": "red"}},
          {"uid": {"type": "User", "id": "bob"}, "attrs": {}, "parents": []},
          {"uid": {"type": "Group", "id": "admins"}, "attrs": {}, "parents": [{"type": "Group", "id": "staff"}]},
          {"uid": {"type": "Group", "id": "staff"}, "attrs": {}, "parents": [{"type": "Org", "id": "ghost"}]},
          {"uid": {"type": "Action", "id": "view"}, "attrs": {}, "parents": [{"type": "Action", "id": "read"}]},
          {"uid": {"type": "Photo", "id": "p1"}, "attrs": {"owner": {"__entity": {"type": "User", "id": "alice"}}}, "parents": []}
        ]
        """;

    public static readonly EntityStore Entities = CedarJson.ParseEntities(EntitiesJson).Value!;

    public static readonly Request Request = new(
        new EntityUid("User", "alice"),
        new EntityUid("Action", "view"),
        new EntityUid("Photo", "p1"),
        RecordValue.Of([new("ip", IpAddrValue.TryParse("10.1.2.3", out var ip, out _) ? ip! : null!), new("n", LongValue.Of(5))]));

    public static EvaluationResult Run(string expression) =>
        Evaluator.Evaluate(PolicyParser.ParseExpression(expression), Request, Entities);

    public static CedarValue Value(string expression)
    {
        var result = Run(expression);
        Assert.True(result.IsSuccess, $"`{expression}` failed: {result.ErrorMessage}");
        return result.Value!;
    }

    public static void True(string expression) => Assert.Equal(BoolValue.True, Value(expression));

    public static void False(string expression) => Assert.Equal(BoolValue.False, Value(expression));

    public static void Error(string expression, EvaluationErrorKind kind)
    {
        var result = Run(expression);
        Assert.False(result.IsSuccess, $"`{expression}` should fail but gave {result.Value}");
        Assert.Equal(kind, result.ErrorKind);
    }
}
