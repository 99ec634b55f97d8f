using System.Collections.Immutable;
using Custos.Cedar.Ast;
using Custos.Cedar.Authorization;
using Custos.Cedar.Formatting;
using Custos.Core.Authorization;
using Custos.Core.Configuration;

namespace Custos.Core.Policies;

/// <summary>
/// <c>custos policy explain</c>: decides a request like the authorize stage, then evaluates each policy on its own
/// to show which ones applied, which held, which did not, and which failed. Offline tooling, not the hot path.
/// </summary>
public static class PolicyExplainer
{
    public static PolicyExplanation Explain(AuthorizationRequest request, CustosConfig config)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(config);
        request = CedarAuthorizer.WithFindings(request, config);
        var decision = new CedarAuthorizer().Authorize(request, config);
        var cedarRequest = CedarAuthorizer.BuildRequest(request, out _, config.Screening);
        if (cedarRequest is null)
            return new PolicyExplanation(decision, [], 0);
        var bundle = config.Policies;
        var entities = CedarAuthorizer.EntitiesFor(request, bundle);
        var considered = new List<PolicyTrace>();
        var notApplicable = 0;
        foreach (var policy in bundle.Policies.Policies)
        {
            var scopeOnly = policy with { Conditions = [] };
            var scope = Authorizer.IsAuthorized(cedarRequest, new PolicySet([AsPermit(scopeOnly)], [], []), entities);
            if (!scope.IsAllowed)
            {
                notApplicable++;
                continue;
            }
            var alone = Authorizer.IsAuthorized(cedarRequest, new PolicySet([AsPermit(policy)], [], []), entities);
            var verdict = !alone.Errors.IsEmpty ? PolicyVerdict.Error : alone.IsAllowed ? PolicyVerdict.Satisfied : PolicyVerdict.ConditionFalse;
            var origin = bundle.Origins.TryGetValue(policy.Id, out var o) ? o.ToString() : "policy set";
            considered.Add(new PolicyTrace(policy.Id, policy.Effect, verdict, origin, PolicyFormatter.Format(policy),
                alone.Errors.IsEmpty ? null : alone.Errors[0].Message));
        }
        return new PolicyExplanation(decision, considered, notApplicable);
    }

    // Evaluated on its own as a permit, a policy's "allow" means "its scope and conditions hold".
    private static Policy AsPermit(Policy policy) => policy with { Effect = Effect.Permit, Annotations = ImmutableArray<Annotation>.Empty };
}
