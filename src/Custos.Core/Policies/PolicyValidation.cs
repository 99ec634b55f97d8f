using Custos.Cedar.Ast;
using Custos.Cedar.Diagnostics;
using Custos.Cedar.Schema;
using Custos.Cedar.Validation;
using Custos.Core.Configuration;

namespace Custos.Core.Policies;

/// <summary>
/// Runs Cedar's strict validator over a workspace's policies and reports each problem where the user can fix
/// it: a policy file's line and column, or the grant's line in custos.yaml.
/// </summary>
internal static class PolicyValidation
{
    public static void Validate(
        CedarSchema schema,
        PolicySet policies,
        IReadOnlyDictionary<string, PolicyOrigin> origins,
        IReadOnlyDictionary<string, (string Display, SourceText Source)> sources,
        List<Diagnostic> diagnostics)
    {
        var result = Validator.Validate(schema, policies);
        foreach (var problem in result.Errors.Concat(result.Warnings))
        {
            var severity = PolicyBundleLoader.SeverityOf(problem);
            var id = problem.PolicyId ?? "?";
            if (sources.TryGetValue(id, out var source))
            {
                var (line, column) = source.Source.LineColumn(problem.Offset);
                var hint = source.Source.Text.AsSpan(Math.Min(problem.Offset, source.Source.Text.Length)).StartsWith("context.arguments", StringComparison.Ordinal)
                    ? "; declare the arguments policies read in policies/*.cedarschema, as in `namespace Custos { type Arguments = { amount?: Long }; }`"
                    : string.Empty;
                diagnostics.Add(new Diagnostic(source.Display, line, column, severity, $"policy {id}: {problem.Message}{hint}"));
            }
            else if (origins.TryGetValue(id, out var origin))
            {
                // A grant: its Cedar has no text of its own, so point at the grant.
                diagnostics.Add(new Diagnostic(origin.File, origin.Line, 1, severity, $"grant {id} compiles to a Cedar policy that does not validate: {problem.Message}"));
            }
            else
            {
                diagnostics.Add(new Diagnostic("policies", 1, 1, severity, $"policy {id}: {problem.Message}"));
            }
        }
    }
}
