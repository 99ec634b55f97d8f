using Custos.Cedar.Ast;
using Custos.Cedar.Diagnostics;
using Custos.Cedar.Schema;
using Custos.Core.Configuration;

namespace Custos.Core.Policies;

/// <summary>Runs Cedar's strict validator over the bundle's policies and reports in the workspace's terms.</summary>
internal static class PolicyValidation
{
    public static void Validate(
        CedarSchema schema,
        PolicySet policies,
        IReadOnlyDictionary<string, PolicyOrigin> origins,
        IReadOnlyDictionary<string, (string Display, SourceText Source)> sources,
        List<Diagnostic> diagnostics)
    {
        // Wired to the strict validator when it lands (see Custos.Cedar.Validation).
        _ = schema;
        _ = policies;
        _ = origins;
        _ = sources;
        _ = diagnostics;
    }
}
