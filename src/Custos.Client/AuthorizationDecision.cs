namespace Custos.Client;

/// <summary>Custos's answer to "may I": the decision, the id it was recorded under, and why.</summary>
public sealed record AuthorizationDecision(
    bool IsAllowed,
    string ActionId,
    string Agent,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Policies);
