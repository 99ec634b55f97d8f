namespace Custos.Gateway.Authorize;

/// <summary>
/// The answer of <c>POST /v1/authorize</c>. <see cref="ActionId"/> finds the decision in the audit trail;
/// <see cref="Findings"/> says what screening found in the context and what it did (allow, redact, block, escalate).
/// </summary>
public sealed record AuthorizeResponse(
    string Decision,
    string ActionId,
    string Agent,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Policies,
    IReadOnlyList<string> Errors,
    IReadOnlyList<AuthorizeFinding>? Findings = null);
