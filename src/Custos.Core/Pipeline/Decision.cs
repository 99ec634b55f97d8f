namespace Custos.Core.Pipeline;

public enum Effect
{
    Deny,
    Allow,
}

/// <summary>
/// A policy engine's answer. <see cref="Policies"/> are the ids of the policies (or grants) that determined it;
/// <see cref="Reasons"/> explain it to a person; <see cref="Errors"/> name policies that failed to evaluate and
/// were skipped.
/// </summary>
public sealed record Decision(Effect Effect, IReadOnlyList<string> Policies, IReadOnlyList<string> Reasons, IReadOnlyList<string> Errors)
{
    public bool IsAllowed => Effect == Effect.Allow;

    public static Decision Deny(string reason) => new(Effect.Deny, [], [reason], []);
}
