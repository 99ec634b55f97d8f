using System.Collections.Immutable;
using Custos.Cedar.Diagnostics;

namespace Custos.Cedar.Validation;

/// <summary>
/// What strict validation found: errors (the policies can fail or misbehave at run time for some request the
/// schema allows) and warnings (for example a policy that can never apply). Each names its policy.
/// </summary>
public sealed class ValidationResult
{
    internal ValidationResult(ImmutableArray<CedarDiagnostic> errors, ImmutableArray<CedarDiagnostic> warnings)
    {
        Errors = errors;
        Warnings = warnings;
    }

    public ImmutableArray<CedarDiagnostic> Errors { get; }

    public ImmutableArray<CedarDiagnostic> Warnings { get; }

    /// <summary>Whether the policies validate (warnings do not count).</summary>
    public bool Passed => Errors.IsEmpty;
}
