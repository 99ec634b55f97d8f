using System.Text.Json;

namespace Custos.Core.Policies;

/// <summary>One case of a policy test file: a request and the decision it must get.</summary>
public sealed record PolicyTestCase(
    string Name,
    string Agent,
    string Action,
    string Resource,
    JsonElement? Arguments,
    DateTimeOffset? At,
    bool ExpectAllow,
    IReadOnlyList<string> ExpectPolicies,
    int Line);
