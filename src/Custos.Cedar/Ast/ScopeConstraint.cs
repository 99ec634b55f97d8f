using Custos.Cedar.Values;

namespace Custos.Cedar.Ast;

/// <summary>
/// A principal or resource constraint in a policy head. <see cref="Entity"/> is set for Eq, In and IsIn unless the
/// constraint names a slot (<see cref="Slot"/>, templates only); <see cref="EntityType"/> is set for Is and IsIn.
/// </summary>
public sealed record ScopeConstraint(ScopeOp Op, EntityUid? Entity = null, SlotId? Slot = null, string? EntityType = null)
{
    public static readonly ScopeConstraint Any = new(ScopeOp.Any);

    public bool HasSlot => Slot is not null;

    public SourceSpan Span { get; init; }
}
