namespace Custos.Core.Approvals;

/// <summary>
/// One action waiting for a person. It names what the agent asked for and why it needs a human (the policies or
/// findings), never the action's arguments.
/// </summary>
/// <param name="Id">A short id an operator types: <c>apr_</c> and 16 hex digits.</param>
/// <param name="ActionId">The action's id, as its audit record carries it.</param>
/// <param name="Why">Why a person must decide: the policies marked <c>@approval("required")</c> and the findings to escalate.</param>
public sealed record ApprovalRequest(
    string Id,
    Guid ActionId,
    string Agent,
    string Action,
    string Resource,
    IReadOnlyList<string> Why,
    DateTimeOffset RequestedAt,
    DateTimeOffset ExpiresAt,
    ApprovalStatus Status = ApprovalStatus.Pending,
    string? DecidedBy = null,
    DateTimeOffset? DecidedAt = null,
    string? Reason = null)
{
    public const string IdPrefix = "apr_";

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");

    public static string NewId() => IdPrefix + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));

    /// <summary>True for text that has the shape of an approval id (so a typo is told apart from an unknown id).</summary>
    public static bool IsWellFormedId(string id) =>
        id is { Length: 20 } && id.StartsWith(IdPrefix, StringComparison.Ordinal) && !id.AsSpan(4).ContainsAnyExcept(HexDigits);
}
