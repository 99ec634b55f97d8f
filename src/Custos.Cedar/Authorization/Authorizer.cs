using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Custos.Cedar.Ast;
using Custos.Cedar.Entities;
using Custos.Cedar.Evaluation;

namespace Custos.Cedar.Authorization;

/// <summary>
/// Cedar's authorization: deny by default; any satisfied forbid denies; otherwise any satisfied permit allows. A
/// policy whose evaluation fails is skipped and reported in <see cref="Response.Errors"/>; nothing is thrown for it.
/// </summary>
public static class Authorizer
{
    /// <summary>
    /// Decides <paramref name="request"/>. Evaluating allocates nothing beyond the response (a default deny without
    /// errors allocates nothing at all), except where policies build sets or records from request data.
    /// </summary>
    public static Response IsAuthorized(Request request, CompiledPolicySet policies, EntityStore entities)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(entities);
        var candidates = policies.Candidates(request.Principal, request.Action);
        var total = candidates.Count;
        if (total == 0)
            return Response.DefaultDeny;
        var satisfied = ArrayPool<CompiledPolicy>.Shared.Rent(total);
        var failed = ArrayPool<CompiledPolicy>.Shared.Rent(total);
        var messages = ArrayPool<string>.Shared.Rent(total);
        int satisfiedCount = 0, failedCount = 0, forbids = 0;
        try
        {
            // Candidates come in policy-set order, so reasons and errors do too.
            while (candidates.Next() is { } policy)
            {
                var env = new EvaluationEnvironment(request.PrincipalValue, request.ActionValue, request.ResourceValue, request.Context, entities);
                switch (policy.Evaluate(ref env))
                {
                    case PolicyOutcome.Satisfied:
                        satisfied[satisfiedCount++] = policy;
                        if (policy.Effect == Effect.Forbid)
                            forbids++;
                        break;
                    case PolicyOutcome.Error:
                        messages[failedCount] = env.ErrorMessage ?? "evaluation error";
                        failed[failedCount++] = policy;
                        break;
                }
            }
            if (satisfiedCount == 0 && failedCount == 0)
                return Response.DefaultDeny;
            var decision = forbids > 0 ? Decision.Deny : satisfiedCount > 0 ? Decision.Allow : Decision.Deny;
            var wanted = forbids > 0 ? Effect.Forbid : Effect.Permit;
            var reasonCount = forbids > 0 ? forbids : satisfiedCount;
            var reasons = reasonCount == 0 ? [] : new string[reasonCount];
            var r = 0;
            for (var i = 0; i < satisfiedCount && r < reasons.Length; i++)
            {
                if (satisfied[i].Effect == wanted)
                    reasons[r++] = satisfied[i].Id;
            }
            var errors = failedCount == 0 ? [] : new AuthorizationError[failedCount];
            for (var i = 0; i < failedCount; i++)
                errors[i] = new AuthorizationError(failed[i].Id, messages[i]);
            return new Response(decision, ImmutableCollectionsMarshal.AsImmutableArray(reasons), ImmutableCollectionsMarshal.AsImmutableArray(errors));
        }
        finally
        {
            Array.Clear(satisfied, 0, satisfiedCount);
            Array.Clear(failed, 0, failedCount);
            Array.Clear(messages, 0, failedCount);
            ArrayPool<CompiledPolicy>.Shared.Return(satisfied);
            ArrayPool<CompiledPolicy>.Shared.Return(failed);
            ArrayPool<string>.Shared.Return(messages);
        }
    }

    /// <summary>Compiles <paramref name="policies"/> and decides; compile once with <see cref="CompiledPolicySet"/> when deciding many requests.</summary>
    public static Response IsAuthorized(Request request, PolicySet policies, EntityStore entities) =>
        IsAuthorized(request, new CompiledPolicySet(policies), entities);
}
