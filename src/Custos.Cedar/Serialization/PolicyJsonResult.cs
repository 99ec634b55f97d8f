using System.Collections.Immutable;
using Custos.Cedar.Diagnostics;

namespace Custos.Cedar.Serialization;

/// <summary>
/// What reading Cedar JSON produced: <see cref="Value"/> when there were no errors, otherwise every error found (one
/// per policy or link at most), each naming the JSON path, as in
/// <c>staticPolicies.policy3.conditions[0].body.&amp;&amp;.left: expected an object with one key …</c>.
/// </summary>
public sealed record PolicyJsonResult<T>(T? Value, ImmutableArray<CedarDiagnostic> Errors)
    where T : class
{
    public bool Succeeded => Value is not null && Errors.IsEmpty;
}
