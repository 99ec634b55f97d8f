using System.Collections.Immutable;
using Custos.Cedar.Validation.Types;

namespace Custos.Cedar.Validation;

/// <summary>
/// The result of type-checking an expression (Cedar's <c>TypecheckAnswer</c>): its type (possibly a recovery type
/// when it failed), whether it type-checked, and the capabilities it establishes when true (attributes and tags
/// proven present).
/// </summary>
internal readonly record struct TypeAnswer(VType? Type, bool Ok, ImmutableHashSet<string> Capabilities)
{
    public static readonly ImmutableHashSet<string> NoCapabilities = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    public static TypeAnswer Success(VType type) => new(type, true, NoCapabilities);

    public static TypeAnswer Success(VType type, ImmutableHashSet<string> capabilities) => new(type, true, capabilities);

    public static TypeAnswer Fail(VType? type) => new(type, false, NoCapabilities);

    public TypeAnswer AsFail() => Ok ? Fail(Type) : this;

    /// <summary>Cedar's <c>then_typecheck</c>: continue with the type; a failure stays a failure (with no capabilities).</summary>
    public TypeAnswer Then(Func<VType?, ImmutableHashSet<string>, TypeAnswer> next) =>
        Ok ? next(Type, Capabilities) : next(Type, NoCapabilities).AsFail();
}
