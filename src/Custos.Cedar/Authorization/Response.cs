using System.Collections.Immutable;

namespace Custos.Cedar.Authorization;

/// <summary>
/// The answer to a request. <see cref="Reasons"/> are the determining policies: the satisfied forbids when the
/// decision is Deny because of them, the satisfied permits when it is Allow, none for a default deny.
/// <see cref="Errors"/> lists every policy whose evaluation failed (those were skipped), in policy-set order.
/// </summary>
public sealed class Response
{
    internal static readonly Response DefaultDeny = new(Decision.Deny, [], []);

    public Response(Decision decision, ImmutableArray<string> reasons, ImmutableArray<AuthorizationError> errors)
    {
        Decision = decision;
        Reasons = reasons.IsDefault ? [] : reasons;
        Errors = errors.IsDefault ? [] : errors;
    }

    public Decision Decision { get; }

    public ImmutableArray<string> Reasons { get; }

    public ImmutableArray<AuthorizationError> Errors { get; }

    public bool IsAllowed => Decision == Decision.Allow;

    public override string ToString() =>
        $"{Decision} (reasons: {string.Join(", ", Reasons)}; errors: {string.Join(", ", Errors.Select(e => e.PolicyId + ": " + e.Message))})";
}
