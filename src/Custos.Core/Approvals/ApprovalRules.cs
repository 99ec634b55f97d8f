using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Custos.Core.Policies;

namespace Custos.Core.Approvals;

/// <summary>
/// Which permits make an action wait for a person: those annotated <c>@approval("required")</c> in Cedar, which
/// is what a grant with <c>approval: required</c> compiles to.
/// </summary>
public static class ApprovalRules
{
    public const string Annotation = "approval";
    public const string Required = "required";

    private static readonly ConditionalWeakTable<PolicyBundle, FrozenSet<string>> Cache = [];

    /// <summary>The ids of the bundle's policies annotated <c>@approval("required")</c>, computed once per bundle.</summary>
    public static FrozenSet<string> RequiringApproval(PolicyBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        return Cache.GetValue(bundle, static b => b.Policies.Policies
            .Where(p => p.Annotations.Any(a => a.Key == Annotation && a.Value == Required))
            .Select(p => p.Id)
            .ToFrozenSet(StringComparer.Ordinal));
    }
}
