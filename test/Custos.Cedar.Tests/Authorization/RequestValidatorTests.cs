using Custos.Cedar.Authorization;
using Custos.Cedar.Tests.Entities;
using Custos.Cedar.Values;

namespace Custos.Cedar.Tests.Authorization;

public sealed class RequestValidatorTests
{
    private static readonly RecordValue GoodContext = RecordValue.Of([new("source", IpAddrValue.TryParse("10.0.0.1", out var ip, out _) ? ip! : null!)]);

    private static string? Validate(string principal, string action, string resource, RecordValue? context = null) =>
        RequestValidator.Validate(new Request(Uid(principal), Uid(action), Uid(resource), context ?? GoodContext), EntityJsonTests.Schema);

    private static EntityUid Uid(string text)
    {
        var parts = text.Split(':');
        return new EntityUid(parts[0], parts[1]);
    }

    [Fact]
    public void A_request_the_action_applies_to_is_valid() => Assert.Null(Validate("User:a", "Action:view", "Group:g"));

    [Theory]
    [InlineData("Robot:r", "Action:view", "Group:g", "principal type `Robot` is not declared")]
    [InlineData("User:a", "Action:delete", "Group:g", "not declared in the schema")]
    [InlineData("Group:g", "Action:view", "Group:g", "principal type `Group` is not valid")]
    [InlineData("User:a", "Action:view", "User:b", "resource type `User` is not valid")]
    [InlineData("User:a", "Action:view", "Color:blue", "not declared as a valid eid")]
    public void A_request_outside_the_schema_is_invalid(string principal, string action, string resource, string message) =>
        Assert.Contains(message, Validate(principal, action, resource), StringComparison.Ordinal);

    [Fact]
    public void A_context_of_the_wrong_type_is_invalid()
    {
        Assert.Contains("`source` is missing", Validate("User:a", "Action:view", "Group:g", RecordValue.Empty), StringComparison.Ordinal);
        var wrong = RecordValue.Of([new("source", new StringValue("10.0.0.1"))]);
        Assert.Contains("expected ipaddr, got string", Validate("User:a", "Action:view", "Group:g", wrong), StringComparison.Ordinal);
        var extra = RecordValue.Of([.. GoodContext.Attributes, new("extra", LongValue.Of(1))]);
        Assert.Contains("`extra`", Validate("User:a", "Action:view", "Group:g", extra), StringComparison.Ordinal);
    }
}
