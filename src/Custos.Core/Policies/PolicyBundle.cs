using System.Collections.Frozen;
using Custos.Cedar.Ast;
using Custos.Cedar.Authorization;
using Custos.Cedar.Entities;
using Custos.Cedar.Schema;

namespace Custos.Core.Policies;

/// <summary>
/// Everything the authorize stage needs from one configuration, built once when the configuration loads: the
/// compiled Cedar policy set (grants and <c>policies/*.cedar</c>), the entities, the schema, and where each
/// policy came from. Immutable, so a reload swaps it whole.
/// </summary>
public sealed class PolicyBundle
{
    public PolicyBundle(PolicySet policies, EntityStore entities, CedarSchema? schema, string schemaText, FrozenDictionary<string, PolicyOrigin> origins)
    {
        Policies = policies;
        Compiled = new CompiledPolicySet(policies);
        Entities = entities;
        Schema = schema;
        SchemaText = schemaText;
        Origins = origins;
        Forbids = policies.Policies.Where(p => p.Effect == Effect.Forbid).Select(p => p.Id).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The ids of the forbid policies: one that fails to evaluate makes the decision deny (fail closed).</summary>
    public FrozenSet<string> Forbids { get; }

    public PolicySet Policies { get; }

    public CompiledPolicySet Compiled { get; }

    public EntityStore Entities { get; }

    /// <summary>The generated schema merged with the workspace's own; null only when it failed to build.</summary>
    public CedarSchema? Schema { get; }

    /// <summary>The schema as text (generated part, then the workspace's files).</summary>
    public string SchemaText { get; }

    public FrozenDictionary<string, PolicyOrigin> Origins { get; }

    public string Describe(string policyId) =>
        Origins.TryGetValue(policyId, out var origin) ? $"{policyId} ({origin})" : policyId;
}
