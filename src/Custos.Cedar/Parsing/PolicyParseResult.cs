using System.Collections.Immutable;
using Custos.Cedar.Ast;
using Custos.Cedar.Diagnostics;

namespace Custos.Cedar.Parsing;

/// <summary>
/// What parsing a policy file produced: the policy set when there were no errors, and every error found (the
/// parser resumes at the next <c>;</c> so one typo does not hide the next).
/// </summary>
public sealed record PolicyParseResult(PolicySet? PolicySet, ImmutableArray<CedarDiagnostic> Errors)
{
    public bool Succeeded => PolicySet is not null && Errors.IsEmpty;
}
