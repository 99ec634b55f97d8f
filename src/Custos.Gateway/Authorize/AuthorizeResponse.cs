namespace Custos.Gateway.Authorize;

/// <summary>The answer of <c>POST /v1/authorize</c>. <see cref="ActionId"/> finds the decision in the audit trail.</summary>
public sealed record AuthorizeResponse(
    string Decision,
    string ActionId,
    string Agent,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Policies,
    IReadOnlyList<string> Errors);
